// The whole 2024-02 issue printed by Chromium as the compilation is printed
// (issue-pdf.mjs: text flowing over ~25 A5 pages, paragraphs cut wherever the
// engine breaks them, articles starting mid-page), imported back: the text
// must be the curated text exactly, and every printed body page must get its
// page-list entry at the character where pdftotext (poppler, another engine)
// says that page begins.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue as buildBook } from '../../../src/build.js';
import { runImport } from '../../../src/import/command.js';
import { entryText, openEpub } from '../../helpers/book.js';
import { CHROMIUM, runEpubcheck, toolAvailable } from '../../helpers/tools.js';
import { readArticle, readIssueFolder, type ArticleParts } from '../article-parts.js';
// @ts-expect-error a plain JavaScript module (npm run bench uses it too)
import { FRONT_PAGES, pdfPageText, printIssue } from './issue-pdf.mjs';
import { fontFaces } from './print-pdf.js';

const CURATED = path.resolve(import.meta.dirname, '../../../issues/2024-02');
const ready = toolAvailable('chromium') && toolAvailable('pdftotext');

let work: string;
let browser: Browser | undefined;
let printed: { pdf: string; pages: number[]; count: number };
let result: Awaited<ReturnType<typeof runImport>>;
let imported: ArticleParts[];
let curated: ArticleParts[];

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'qikan-pdf-issue-'));
  if (!ready) return;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  // Every character of the issue and its front pages, in Noto Serif SC cut for the page.
  const text = (await Promise.all((await readdir(CURATED)).map((name) => readFile(path.join(CURATED, name), 'utf8')))).join('') + (await readFile(path.join(CURATED, '..', 'series.yaml'), 'utf8')) + '〇一二三四五六七八九年月第次目录—·0123456789.';
  printed = await printIssue(browser, CURATED, path.join(work, '2024-02.pdf'), { fontFaces: await fontFaces(text, work, 'Issue Serif') });
  const into = path.join(work, 'issues');
  await cp(path.join(CURATED, '..', 'series.yaml'), path.join(into, 'series.yaml'));
  result = await runImport({ input: printed.pdf, into, force: false });
  imported = await readIssueFolder(result.issueDir);
  curated = await readIssueFolder(CURATED);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

const MARKER = /<!-- page \d+ -->/g;
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** pdftotext names some characters by a CJK radical (⼤ for 大): NFKC folds the Kangxi ones; a radical left over matches any character. */
function startsLike(text: string, oracle: string): boolean {
  const want = [...oracle].map((c) => (/[\u2f00-\u2fdf]/u.test(c) ? c.normalize('NFKC') : c));
  const have = [...text];
  return want.every((c, i) => /[\u2e80-\u2eff]/u.test(c) || have[i] === c);
}

describe.skipIf(!ready)('a printed 2024-02 imported from its PDF', () => {
  it('has the curated articles: titles, contents entries, bylines, and every paragraph exactly', () => {
    expect(imported.map(({ meta: { toc_page: _, ...meta } }) => meta)).toEqual(curated.map(({ meta: { toc_page: _, ...meta } }) => meta));
    for (const [i, article] of imported.entries()) {
      const paragraphs = article.paragraphs.map((p) => p.replace(MARKER, '')).filter((p) => p !== '');
      expect(paragraphs, article.fileName).toEqual(curated[i]!.paragraphs);
    }
  });

  it("writes each article's toc_page: the page its headline is printed on", () => {
    expect(imported.map((a) => a.meta.toc_page)).toEqual(printed.pages);
    expect(result.notes).toEqual([]);
  });

  it('marks every printed body page once, in order, at the character where pdftotext says it begins', async () => {
    const bodyPages = printed.count - FRONT_PAGES - 1; // the closing page has no folio
    // The text from each page's start: an article's start for its toc_page, a marker otherwise.
    const starts = new Map<number, string>();
    for (const article of imported) {
      const file = await readArticle(path.join(result.issueDir, article.fileName));
      const body = file.paragraphs.join('');
      // An article starting mid-page: its page began in the article before, at a marker.
      if (!starts.has(Number(file.meta.toc_page))) starts.set(Number(file.meta.toc_page), `${file.meta.title}${file.meta.byline ?? ''}${body}`);
      for (const match of body.matchAll(MARKER)) starts.set(Number(/\d+/.exec(match[0])![0]), body.slice(match.index + match[0].length));
    }
    expect([...starts.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: bodyPages }, (_, i) => i + 1));
    for (const [page, text] of starts) {
      const lines = pdfPageText(printed.pdf, page + FRONT_PAGES).split('\n').filter((l: string) => l.trim() !== '');
      // Without the running header (first line) and the folio (last line).
      const first = squeeze(lines.slice(1, -1).join('')).slice(0, 8);
      expect(startsLike(squeeze(text.replace(MARKER, '')), first), `page ${page}: "${first}"`).toBe(true);
    }
  });

  it('builds EPUBCheck-clean, with one page-list entry per printed body page', async () => {
    const { epubPath } = await buildBook(result.issueDir, { outDir: path.join(work, 'dist') });
    const nav = await entryText(await openEpub(epubPath), 'OEBPS/toc.xhtml');
    const labels = [...nav.matchAll(/#page-\d+">(\d+)<\/a>/g)].map((m) => Number(m[1]));
    expect(labels).toEqual(Array.from({ length: printed.count - FRONT_PAGES - 1 }, (_, i) => i + 1));
    if (toolAvailable('epubcheck')) {
      const check = runEpubcheck(epubPath);
      expect(check, check.output).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
    }
  }, 120_000);
});
