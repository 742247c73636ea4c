// Printed page markers through Calibre: the AZW3 of a book with page breaks
// keeps each marker where its page begins (its id, which the page list links
// to, so Calibre's page mapping and tools reading the KF8 can use it), and
// the marker adds no text: the sentence around an inline marker reads on.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareIssueBook } from '../../src/build.js';
import { issueKindleBook } from '../../src/kindle/expected.js';
import { writeBooks } from '../../src/kindle/kindle-books.js';
import { readText, readToc } from '../../src/kindle/read-back.js';
import { tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';
import { issue202402 } from './issue-fixture.js';

const ready = toolAvailable('calibre') && toolAvailable('epubcheck');

describe.skipIf(!ready)('page markers in the Kindle book', () => {
  let azw3: string;
  beforeAll(async () => {
    const dir = await issue202402();
    const file = path.join(dir, '01-xi-tuanbai.md');
    const source = await readFile(file, 'utf8');
    // Printed page 2 begins inside a sentence, page 3 with a paragraph (toc_page: 1, the next article 4).
    await writeFile(file, source.replace('新一轮党和国家', '新一<!-- page 2 -->轮党和国家').replace('\n\n2024年是新中国成立75周年', '\n\n<!-- page 3 -->\n\n2024年是新中国成立75周年'));
    // With the margin numbers on: a number must not become text of the Kindle book either.
    const series = path.join(dir, '..', 'series.yaml');
    await writeFile(series, `${await readFile(series, 'utf8')}margin_page_numbers: true\n`);
    const { issue, epubPath, epub } = await prepareIssueBook(dir, { outDir: await tempDir() });
    // writeBooks verifies the AZW3's text against the sources: the markers must not change it.
    ({ azw3 } = await writeBooks(epubPath, epub, issueKindleBook(issue)));
  }, 240_000);

  it('keeps every page break at its place, with its id and label', async () => {
    const work = await tempDir();
    await readToc(azw3, work, 'azw3'); // writes the book out as an OEB folder (oeb-…)
    const folder = (await readdir(work)).find((name) => name.startsWith('oeb'))!;
    const html = await Promise.all((await readdir(path.join(work, folder), { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => readFile(path.join(work, folder, f), 'utf8')));
    const all = html.join('\n');
    expect(all).toMatch(/新一<span[^>]*id="page-2"[^>]*><\/span>轮党和国家/);
    expect(all).toMatch(/id="page-3"[^>]*><\/span>\s*<p[^>]*>2024年是新中国成立75周年/);
    expect([...all.matchAll(/id="page-(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 8, 13, 17, 22]);
  }, 120_000);

  it('adds no text: no marker in the reading text, the cut sentence whole', async () => {
    const text = await readText(azw3, await tempDir(), 'azw3');
    expect(text).toContain('新一轮党和国家机构改革基本完成');
    expect(text).not.toMatch(/<!--|page \d/);
  }, 120_000);
});
