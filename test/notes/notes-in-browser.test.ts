// The notes of the test issue in Chromium: in the book's own XHTML, each mark
// leads to its note and the note's back-link to the mark, and a line with a
// mark is no taller than one without; in the web edition, with JavaScript
// off, a tapped mark shows its note over the text at the foot of the screen
// without moving the page, the back-link closes it, and axe-core finds nothing.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareIssueBook } from '../../src/build.js';
import { buildSite } from '../../src/site/build-site.js';
import { ROOT, tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';
import { AXE_TAGS, launchChromium, serveSite, type Served } from '../site/web-edition/serve-site.js';
import { notesIssueCopy, sourceNotes } from './fixture.js';

const available = toolAvailable('chromium') && toolAvailable('unzip');
let book: Served;
let site: Served;
let browser: Browser;

beforeAll(async () => {
  if (!available) return;
  const dir = await notesIssueCopy();
  const { epub, epubPath } = await prepareIssueBook(dir, { outDir: await tempDir() });
  const unzipped = await tempDir('qikan-notes-book-');
  await writeFile(epubPath, epub);
  execFileSync('unzip', ['-q', epubPath, '-d', unzipped]);
  book = await serveSite(path.join(unzipped, 'OEBPS'));
  const siteDir = path.join(await tempDir('qikan-notes-site-'), 'site');
  await buildSite({ issuesRoot: path.dirname(dir), outDir: siteDir, repository: 'example/qikan', search: false });
  site = await serveSite(siteDir);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await book?.close();
  await site?.close();
});

async function open(url: string, javaScript = true): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { page, close: () => context.close() };
}

/** The element the URL's fragment names, as the browser resolves it (:target). */
const targetOf = (page: Page) =>
  page.evaluate(() => {
    const t = document.querySelector(':target');
    return t ? { id: t.id, role: t.getAttribute('role'), text: t.textContent!.trim() } : null;
  });

describe.skipIf(!available)('notes in Chromium', () => {
  it.each([
    ['article-01.xhtml', '01-xuexi.md'],
    ['article-02.xhtml', '02-diaoyan.md'],
  ])('%s: each mark opens its note, and the note leads back to the mark', async (file, source) => {
    const notes = await sourceNotes(source);
    const { page, close } = await open(`${book.origin}/${file}`);
    const marks = await page.locator('[role="doc-noteref"]').all();
    // The test issue marks each note once, in the order its notes are written.
    expect(marks).toHaveLength(notes.length);
    for (const [i, mark] of marks.entries()) {
      await mark.click();
      const note = await targetOf(page);
      expect(note?.role, `mark ${i + 1}`).toBe('doc-footnote');
      expect(note?.text.endsWith(notes[i]!.text), `mark ${i + 1}`).toBe(true);
      await page.locator(`[id="${note!.id}"] [role="doc-backlink"]`).click();
      const back = await targetOf(page);
      expect(back?.role).toBe('doc-noteref');
      expect(await mark.getAttribute('id')).toBe(back?.id);
    }
    await close();
  });

  it('a line with a note mark is as tall as a line without', async () => {
    const { page, close } = await open(`${book.origin}/article-01.xhtml`);
    // The first paragraph has two marks; the pitch of its lines is measured
    // from the tops of their characters, as the typography harness does.
    const pitches = await page.evaluate(() => {
      // The bottom of each line of the paragraph's own text (not the marks'), top to bottom.
      const pitchOf = (p: Element) => {
        const bottoms = new Set<number>();
        for (const node of p.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) bottoms.add(Math.round(rect.bottom));
        }
        const lines = [...bottoms].sort((a, b) => a - b);
        return lines.slice(1).map((bottom, i) => bottom - lines[i]!);
      };
      const paragraphs = [...document.querySelectorAll('section.article > p')];
      const marked = paragraphs.find((p) => p.querySelector('[role="doc-noteref"]'))!;
      const plain = paragraphs.find((p) => !p.querySelector('[role="doc-noteref"]') && !p.className && p.textContent!.length > 40)!;
      return { marked: pitchOf(marked), plain: pitchOf(plain) };
    });
    expect(pitches.marked.length, JSON.stringify(pitches)).toBeGreaterThan(2);
    const plain = pitches.plain[0]!;
    for (const pitch of pitches.marked) expect(Math.abs(pitch - plain)).toBeLessThanOrEqual(1);
    await close();
  });

  it('the web edition, JavaScript off: the note pops over the foot of the screen where the reader is, the back-link closes it', async () => {
    const { page, close } = await open(`${site.origin}/read/2099-03/01-xuexi.html`, false);
    const mark = page.locator('[role="doc-noteref"]').nth(2);
    await mark.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await mark.click();
    const shown = await page.evaluate(() => {
      const note = document.querySelector<HTMLElement>(':target')!;
      const box = note.getBoundingClientRect();
      return { role: note.getAttribute('role'), position: getComputedStyle(note).position, top: box.top, bottom: box.bottom, height: window.innerHeight, scrollY: window.scrollY };
    });
    expect(shown.role).toBe('doc-footnote');
    expect(shown.position).toBe('fixed');
    expect(Math.round(shown.bottom)).toBe(shown.height);
    expect(shown.top).toBeGreaterThan(shown.height / 2);
    expect(Math.abs(shown.scrollY - before)).toBeLessThanOrEqual(2);
    await page.locator(':target [role="doc-backlink"]').click();
    const after = await page.evaluate(() => {
      const target = document.querySelector(':target')!;
      const note = document.querySelector<HTMLElement>('aside[role="doc-footnote"]')!;
      return { role: target.getAttribute('role'), notePosition: getComputedStyle(note).position };
    });
    expect(after).toEqual({ role: 'doc-noteref', notePosition: 'static' });
    await close();
  });

  it('the web edition with a note open: axe-core finds no violation', async () => {
    const { page, close } = await open(`${site.origin}/read/2099-03/02-diaoyan.html#note-2`);
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
    const violations = await page.evaluate(async (tags) => {
      const result = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    }, AXE_TAGS);
    expect(violations).toEqual([]);
    await close();
  });
});
