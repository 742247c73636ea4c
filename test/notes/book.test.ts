// The notes test issue as a book, built by the CLI as a member would: it
// passes EPUBCheck and Ace, each article carries its notes after its text,
// every note once, and `qikan check` finds nothing to say about the notes.
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { aceProblems } from '../../src/kindle/ace.js';
import { entryText, openEpub, runCli, tempDir } from '../helpers/book.js';
import { runEpubcheck, toolAvailable } from '../helpers/tools.js';
import { NOTES_ARTICLES, notesIssueCopy, sourceNotes } from './fixture.js';

let epub: string;
let dir: string;

beforeAll(async () => {
  dir = await notesIssueCopy();
  const out = await tempDir();
  const result = await runCli(['build', dir, '--out', out]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  epub = path.join(out, '2099-03', 'zhushi-2099-03.epub');
}, 120_000);

describe('the notes test issue', () => {
  it('checks clean', async () => {
    const result = await runCli(['check', dir]);
    expect(result.stdout).toContain('0 errors, 0 warnings');
  });

  it.each(NOTES_ARTICLES.map((name, i) => [name, `OEBPS/article-0${i + 1}.xhtml`] as const))('%s: every note once, after the text, in the order of its marks, each mark ① ② ③ …', async (source, entry) => {
    const $ = cheerio.load(await entryText(await openEpub(epub), entry), { xml: true });
    const notes = await sourceNotes(source);
    // In the source the notes are written in the order of their marks: so in the book.
    const shown = $('section.notes > aside[role="doc-footnote"]').toArray().map((note) => $(note).text().trim());
    expect(shown).toEqual(notes.map((note, i) => `${'①②③④⑤⑥⑦'[i]}${note.text}`));
    $('section.notes').remove();
    for (const note of notes) expect($('body').text()).not.toContain(note.text);
    expect($('[role="doc-noteref"]').toArray().map((mark) => $(mark).text())).toEqual(notes.map((_, i) => '①②③④⑤⑥⑦'[i]));
  });

  it.skipIf(!toolAvailable('epubcheck'))('passes EPUBCheck without a warning', () => {
    const result = runEpubcheck(epub);
    expect(result, result.output).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
  }, 120_000);

  it.skipIf(!toolAvailable('chromium'))('passes Ace by DAISY', async () => {
    expect(await aceProblems(epub)).toEqual([]);
  }, 240_000);
});
