// The lead span of a paragraph's kept last characters (显<wbr/><span
// class="nowrap"><span class="lead">成</span>效。</span>) is for MuPDF, which
// reads no @media rule and lets the span wrap (mupdf-paragraph-ends.test.ts).
// The browsers read book.css's @media all, which gives it back no-wrap: they
// decide a break by the character before it, and with the lead wrapping
// Chromium broke between the two (如 | 下。); with keep-all instead, WebKit split
// a number before the pair (增长了2 | 024亿元). So in Chromium and WebKit every
// paragraph must be set exactly as it is without the span: the paragraphs of
// 2024-02 and paragraphs made to end in numbers, Latin words, dashes, quotes
// and astral ideographs, at many widths, with the book's stylesheet and fonts.
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIssue } from '../../src/issue/load.js';
import { renderArticle } from '../../src/render/article.js';
import { typesetText } from '../../src/render/typeset-text.js';
import { ROOT } from '../helpers/book.js';
import { CHROMIUM, toolAvailable } from '../helpers/tools.js';
import { serveBook, type BookServer } from './engines/book-server.js';
import { startWebKit } from './engines/webdriver.js';

// Endings that put something other than two ideographs right before the kept pair, or an astral ideograph in it.
const ENDINGS = ['增长了2024亿元。', '使用了AI技术。', '我们的——初心。', '领会吉𠮷。', '领会𠮷𠮷。', '吉𠮷好。', '“十四五”规划。', '（见附件）。', '2.5亿元。', 'e时代。', 'GDP增长。', '百分之50左右。', '“两个确立”。', '发展——成效”。', '……如下：', 'v2版本。'];
const LEADS = ['这是一段用于测试的中文文字，', '理论学习中心组学习资料，'];
const WIDTHS = Array.from({ length: 38 }, (_, k) => 200 + 6 * k);

/** In the page: each paragraph's lines at each width, as its characters joined, lines split by |. */
const MEASURE = `return (async (widths) => {
  await document.fonts.ready;
  const column = document.getElementById('column');
  const layouts = [];
  for (const width of widths) {
    column.style.width = width + 'px';
    const row = [];
    for (const p of column.querySelectorAll('p')) {
      const lines = [];
      let top = null;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.data;
        for (let i = 0; i < text.length; ) {
          const length = text.codePointAt(i) > 0xffff ? 2 : 1;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + length);
          // A character at a break may have an empty box at the end of the line before: its widest box is where it is drawn.
          const box = [...range.getClientRects()].sort((a, b) => b.width - a.width)[0];
          if (box && box.width > 0) {
            if (top === null || Math.abs(box.top - top) > 4) { lines.push(''); top = box.top; }
            lines[lines.length - 1] += text.slice(i, i + length);
          }
          i += length;
        }
      }
      row.push(lines.join('|'));
    }
    layouts.push(row);
  }
  return layouts;
})(arguments[0]);`;

const page = (paragraphs: readonly string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN" xml:lang="zh-CN"><head><title>lead</title><link rel="stylesheet" type="text/css" href="style.css"/></head><body lang="zh-CN" xml:lang="zh-CN" style="margin: 0"><div id="column">${paragraphs.join('\n')}</div></body></html>`;

describe.skipIf(!toolAvailable('chromium') || !toolAvailable('webkit') || !toolAvailable('unzip'))('the lead span changes nothing in the browsers', () => {
  let server: BookServer;
  let paragraphs: string[];

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'qikan-lead-'));
    // The built book's stylesheet and embedded fonts, as a reader gets them.
    execFileSync(process.execPath, [path.join(ROOT, 'dist-js', 'cli.js'), 'build', '2024-02', '--out', dir], { cwd: ROOT, stdio: 'ignore' });
    execFileSync('unzip', ['-q', path.join(dir, '2024-02', 'llxx-2024-02.epub'), '-d', path.join(dir, 'book')]);
    const issue = await loadIssue(path.join(ROOT, 'issues', '2024-02'));
    paragraphs = issue.articles.flatMap((article) => renderArticle(article).body.match(/<p>.*?<\/p>/g) ?? []);
    for (const lead of LEADS) for (let n = 1; n <= 3; n++) for (const ending of ENDINGS) paragraphs.push(`<p>${typesetText(lead.repeat(n) + ending, { lastLine: true })}</p>`);
    const withoutLead = paragraphs.map((p) => p.replace(/<span class="lead">([^<]*)<\/span>/g, '$1'));
    const oebps = path.join(dir, 'book', 'OEBPS');
    await writeFile(path.join(oebps, 'with.xhtml'), page(paragraphs));
    await writeFile(path.join(oebps, 'without.xhtml'), page(withoutLead));
    server = await serveBook(oebps);
  }, 120_000);
  afterAll(async () => server?.close());

  it('the paragraphs have the span: 2024-02’s and the made ones, astral leads included', () => {
    const leads = paragraphs.map((p) => /<span class="lead">([^<]*)<\/span>/.exec(p)?.[1]);
    expect(leads.filter(Boolean).length).toBeGreaterThan(60 + 80);
    expect(leads).toContain('𠮷');
    expect(leads).toContain('亿');
  });

  it('Chromium sets every paragraph as without it, and keeps the pair together', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const tab = await browser.newPage();
      const measured: string[][][] = [];
      for (const name of ['with.xhtml', 'without.xhtml']) {
        await tab.goto(server.url(name));
        // The same function body as WebKit runs, its argument named instead of arguments[0].
        const measure = new Function('widths', MEASURE.replace('(arguments[0])', '(widths)')) as (widths: number[]) => Promise<string[][]>;
        measured.push(await tab.evaluate(measure, WIDTHS));
      }
      expect(measured[0]).toEqual(measured[1]);
      expectPairsKept(measured[0]!);
    } finally {
      await browser.close();
    }
  }, 300_000);

  it('WebKit sets every paragraph as without it, and keeps the pair together', async () => {
    const webkit = await startWebKit();
    try {
      await webkit.setWindowSize(800, 800);
      const measured: string[][][] = [];
      for (const name of ['with.xhtml', 'without.xhtml']) {
        await webkit.navigate(server.url(name));
        measured.push(await webkit.execute<string[][]>(MEASURE, [WIDTHS]));
      }
      expect(measured[0]).toEqual(measured[1]);
      expectPairsKept(measured[0]!);
    } finally {
      await webkit.quit();
    }
  }, 300_000);

  /** Each paragraph with a kept pair, at each width: both of its characters on its last line. */
  function expectPairsKept(layouts: string[][]): void {
    const split: string[] = [];
    layouts.forEach((row, w) =>
      row.forEach((lines, k) => {
        const pair = /<span class="nowrap"><span class="lead">([^<]*)<\/span>([^<]*)<\/span><\/p>$/.exec(paragraphs[k]!);
        if (!pair) return;
        const last = lines.split('|').at(-1)!;
        const kept = (pair[1]! + pair[2]!).replace(/&[a-z]+;/g, '');
        if (!last.includes(kept)) split.push(`${WIDTHS[w]} px: …${lines.slice(-12)}`);
      }),
    );
    expect(split).toEqual([]);
  }
});
