// The lead span of a paragraph's kept last characters (显<wbr/><span
// class="nowrap"><span class="lead">成</span>效。</span>) is for MuPDF, which
// reads no @media rule and lets the span wrap (mupdf-paragraph-ends.test.ts).
// The browsers read book.css's @media all, which gives it back no-wrap: they
// decide a break by the character before it, and with the lead wrapping
// Chromium broke between the two (如 | 下。); with keep-all instead, WebKit split
// a number before the pair (增长了2 | 024亿元) and Chromium an astral ideograph
// from its neighbour. So in Chromium and WebKit the pair stays on the last
// line, and no number or Latin word is split: the paragraphs of 2024-02, and
// paragraphs, list items and cells made to end in numbers, Latin words, dashes,
// quotes and astral ideographs, at many widths and three type sizes, with the
// built book's stylesheet and fonts. (Not "the same lines as without the span":
// Chromium sets each inline box at 1/64 px, so the span can make a line 1/64 px
// longer and, where a line was full to that, move a break — an independent
// review found 5 such moves in 102,460 layouts, each as good as before.)
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIssue } from '../../src/issue/load.js';
import { renderArticle } from '../../src/render/article.js';
import { article } from '../helpers/article.js';
import { typesetText } from '../../src/render/typeset-text.js';
import { ROOT, tempDir } from '../helpers/book.js';
import { CHROMIUM, toolAvailable } from '../helpers/tools.js';
import { unpackedBook, writeBookPage } from './engines/book-page.js';
import { blockLinesFunction, blockLinesScript } from './engines/block-lines.js';
import { serveBook, type BookServer } from './engines/book-server.js';
import { startWebKit } from './engines/webdriver.js';

// Endings that put something other than two ideographs right before the kept pair, or an astral ideograph in it.
const ENDINGS = ['增长了2024亿元。', '使用了AI技术。', '我们的——初心。', '领会吉𠮷。', '领会𠮷𠮷。', '吉𠮷好。', '“十四五”规划。', '（见附件）。', '2.5亿元。', 'e时代。', 'GDP增长。', '百分之50左右。', '“两个确立”。', '发展——成效”。', '……如下：', 'v2版本。'];
const LEADS = ['这是一段用于测试的中文文字，', '理论学习中心组学习资料，'];
const WIDTHS = Array.from({ length: 38 }, (_, k) => 200 + 6 * k);
const SIZES = [16, 20, 26];

const MEASURE = blockLinesScript('p, li, td');

/** A block's kept pair as the book has it, its lead and the rest (entities as the page shows them); undefined where it has none. */
function keptPair(block: string): string | undefined {
  const pair = /<span class="nowrap"><span class="lead">([^<]*)<\/span>((?:[^<]|<span class="half">[^<]*<\/span>)*)<\/span>/.exec(block);
  return pair ? (pair[1]! + pair[2]!.replace(/<[^>]+>/g, '')).replace(/&amp;/g, '&') : undefined;
}

describe.skipIf(!toolAvailable('chromium') || !toolAvailable('webkit') || !toolAvailable('unzip'))('the lead span in the browsers', () => {
  let server: BookServer;
  // The blocks the page measures, in its order (p, li, td as querySelectorAll finds them).
  let blocks: string[];
  let dir: string;

  beforeAll(async () => {
    dir = await tempDir('qikan-lead-');
    // The built book's stylesheet and embedded fonts, as a reader gets them.
    const book = await unpackedBook(dir, '2024-02');
    const issue = await loadIssue(path.join(ROOT, 'issues', '2024-02'));
    const paragraphs = issue.articles.flatMap((each) => renderArticle(each).body.match(/<p>.*?<\/p>/g) ?? []);
    for (const lead of LEADS) for (let n = 1; n <= 3; n++) for (const ending of ENDINGS) paragraphs.push(`<p>${typesetText(lead.repeat(n) + ending, { lastLine: true })}</p>`);
    // List items and table cells, as the renderer makes them.
    const made = renderArticle(article([...ENDINGS.map((ending) => `- ${LEADS[1]}${ending}`), '', '| 备注 | 说明 |', '| --- | --- |', ...ENDINGS.map((ending) => `| ${LEADS[0]}${ending} | 见附件 |`)].join('\n') + '\n')).body;
    const items = made.match(/<li>.*?<\/li>/g) ?? [];
    const table = made.match(/<table>[\s\S]*<\/table>/)?.[0] ?? '';
    blocks = [...paragraphs, ...items, ...(table.match(/<td>.*?<\/td>/g) ?? [])];
    await writeBookPage(book, 'blocks.xhtml', `<div id="column">${[...paragraphs, `<ul>${items.join('')}</ul>`, table].join('\n')}</div>`, ' style="margin: 0"');
    server = await serveBook(book);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the blocks have the span: 2024-02’s paragraphs and made paragraphs, items and cells, astral leads included', () => {
    const pairs = blocks.map(keptPair);
    expect(pairs.filter(Boolean).length).toBeGreaterThan(60 + 96 + 2 * ENDINGS.length - 10);
    expect(pairs).toContain('吉𠮷。');
    expect(pairs).toContain('𠮷𠮷。');
    expect(pairs).toContain('亿元。');
    expect(blocks.filter((block) => block.startsWith('<td>') && keptPair(block)).length).toBeGreaterThan(ENDINGS.length - 4);
  });

  it('Chromium keeps each pair on the last line, and splits no number or Latin word', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const tab = await browser.newPage();
      await tab.goto(server.url('blocks.xhtml'));
      const measure = blockLinesFunction('p, li, td');
      expectGoodBreaks(await tab.evaluate(measure, [WIDTHS, SIZES]));
    } finally {
      await browser.close();
    }
  }, 300_000);

  it('WebKit keeps each pair on the last line, and splits no number or Latin word', async () => {
    const webkit = await startWebKit();
    try {
      await webkit.setWindowSize(800, 800);
      await webkit.navigate(server.url('blocks.xhtml'));
      expectGoodBreaks(await webkit.execute<string[][]>(MEASURE, [WIDTHS, SIZES]));
    } finally {
      await webkit.quit();
    }
  }, 300_000);

  /** Each block at each size and width: its kept pair whole on its last line, and no line break between two letters or digits. */
  function expectGoodBreaks(layouts: string[][]): void {
    expect(layouts).toHaveLength(WIDTHS.length * SIZES.length);
    const bad: string[] = [];
    layouts.forEach((row, at) => {
      const where = `${SIZES[Math.floor(at / WIDTHS.length)]} px type, ${WIDTHS[at % WIDTHS.length]} px`;
      expect(row).toHaveLength(blocks.length);
      row.forEach((lines, k) => {
        const pair = keptPair(blocks[k]!);
        const last = lines.split('|').at(-1)!;
        if (pair && !last.includes(pair)) bad.push(`${where}: pair split …${lines.slice(-12)}`);
        if (/[0-9A-Za-z.%]\|[0-9A-Za-z.%]/.test(lines)) bad.push(`${where}: word split …${lines.slice(-24)}`);
      });
    });
    expect(bad).toEqual([]);
  }
});
