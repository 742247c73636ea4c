// A note's mark on the page (render/article.ts, bindNoteMarks): it stays on
// the line of the character before it, in a no-wrap span. Where it ends a
// paragraph, the span holds the last two characters, so the last line never
// has one character and the mark alone (按时报 | 送①。) — also after another
// mark (送①②。), after bold (重**视**①。) and after a quotation of one character (与“率”①。, and without
// a mark, 与“率”。: typeset-text.ts); nor one ideograph of emphasis and the
// closing mark after it (…*高度重视*。: keepStyledEnd). And MuPDF, which
// breaks before a character only where that character's own white-space
// wraps, breaks right before the span (its first character is a lead, as a
// paragraph's kept last characters have) instead of one character earlier,
// which left the line above a character short (按时 | 报送①). Paragraphs made
// to end in marks and to hold them mid-line, laid out with the stylesheet and
// fonts of a built book with notes at many widths, in Chromium, WebKit and MuPDF.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/render/article.js';
import { article } from '../helpers/article.js';
import { ROOT, tempDir } from '../helpers/book.js';
import { CHROMIUM, toolAvailable } from '../helpers/tools.js';
import { blockLinesFunction, blockLinesScript } from './engines/block-lines.js';
import { serveBook, type BookServer } from './engines/book-server.js';
import { lineRight, mupdfParagraphs, unpackedBook, writeBookPage } from './engines/book-page.js';
import { startWebKit } from './engines/webdriver.js';
import { lineText } from './model.js';

const LEADS = ['调研报告应当做到情况清楚、问题找准、对策可行，', '中心组要把理论学习作为首要任务，常抓不懈，'];
// A mark that ends the paragraph (with and without the closing mark after it, after a quotation,
// after another mark, after a quotation of one character, after bold or emphasis), marks inside it, and a paragraph that
// ends in a quotation of one character, or in emphasis, without a mark.
const ENDINGS = [
  '并按时报送[^1]。',
  '并按时报送[^1]',
  '学习第四卷[^1]；开展研讨，形成制度[^1]，常抓不懈。',
  '见《通知》[^1]，并按时报送。',
  '正如“人民就是江山”[^1]。',
  '并按时报送[^1][^2]。',
  '要坚持“效”与“率”[^1]。',
  '要坚持“效”与“率”。',
  '对此务必*高度重视*。',
  '要求各单位高度**重视**[^1]。',
  '要求各单位高度重*视*[^1]。',
];
const PARAGRAPHS = LEADS.flatMap((lead) => [1, 2, 3].flatMap((n) => ENDINGS.map((ending) => lead.repeat(n) + ending)));
const WIDTHS = Array.from({ length: 25 }, (_, k) => 200 + 9 * k);
const SIZES = [16, 20];
const NOTE_MARK = /[①-⑳]/u;

const MEASURE = blockLinesScript('p');

/** The end of a paragraph whose last line holds fewer than two ideographs (按时报 | 送①。, 与 | “率”。): none may. */
function lonelyLastLines(lines: string): string[] {
  const last = lines.split('|').at(-1)!;
  return (last.match(/\p{Script=Han}/gu) ?? []).length >= 2 ? [] : [lines.slice(-16)];
}

describe.skipIf(!toolAvailable('unzip'))('note marks on the page', () => {
  let dir: string;
  let book: string;
  let server: BookServer | undefined;

  beforeAll(async () => {
    dir = await tempDir('qikan-note-lines-');
    const body = renderArticle(article(PARAGRAPHS.join('\n\n') + '\n\n[^1]: 注。\n[^2]: 注二。\n')).body.split('<section class="notes"')[0]!;
    const paragraphs = body.match(/<p>.*?<\/p>/g) ?? [];
    expect(paragraphs).toHaveLength(PARAGRAPHS.length);
    // A book with notes: its stylesheet has the notes' rules (the raised mark), and its fonts.
    book = await unpackedBook(dir, path.join(ROOT, 'test', 'notes', 'fixture-issues', '2099-03'));
    await writeBookPage(book, 'notes-page.xhtml', `<div id="column">${paragraphs.join('\n')}</div>`, ' style="margin: 0"');
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Every paragraph at every size and width: its last line holds two ideographs at least (before a mark that ends it). */
  function expectKeptEnds(layouts: string[][], count: number): void {
    expect(layouts).toHaveLength(count);
    const lonely = layouts.flatMap((row) => {
      expect(row).toHaveLength(PARAGRAPHS.length);
      return row.flatMap((lines) => lonelyLastLines(lines));
    });
    expect(lonely).toEqual([]);
    // The layouts break lines at all: each paragraph spans several.
    expect(layouts.every((row) => row.every((lines) => lines.includes('|')))).toBe(true);
  }

  describe.skipIf(!toolAvailable('chromium') || !toolAvailable('webkit'))('the browsers', () => {
    beforeAll(async () => {
      server = await serveBook(book);
    });

    it('Chromium sets two ideographs at least on a paragraph’s last line, before a mark that ends it', async () => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      try {
        const tab = await browser.newPage();
        await tab.goto(server!.url('notes-page.xhtml'));
        const measure = blockLinesFunction('p');
        expectKeptEnds(await tab.evaluate(measure, [WIDTHS, SIZES]), WIDTHS.length * SIZES.length);
      } finally {
        await browser.close();
      }
    }, 300_000);

    it('WebKit sets two ideographs at least on a paragraph’s last line, before a mark that ends it', async () => {
      const webkit = await startWebKit();
      try {
        await webkit.setWindowSize(800, 800);
        await webkit.navigate(server!.url('notes-page.xhtml'));
        expectKeptEnds(await webkit.execute<string[][]>(MEASURE, [WIDTHS, SIZES]), WIDTHS.length * SIZES.length);
      } finally {
        await webkit.quit();
      }
    }, 300_000);
  });

  describe.skipIf(!toolAvailable('mupdf'))('MuPDF', () => {
    it.each([
      [300, 16],
      [360, 16],
      [300, 20],
      [420, 20],
    ])('on a %i px page at %i px type: two ideographs at least on a paragraph’s last line, and no line above a mark is left a character short', (width, size) => {
      const { paragraphs: groups, measure } = mupdfParagraphs(path.join(book, 'notes-page.xhtml'), width, size);
      expect(groups).toHaveLength(PARAGRAPHS.length);
      expectKeptEnds([groups.map((group) => group.map(lineText).join('|'))], 1);
      // A line that starts with two characters and then a mark, where the mark does not end the
      // paragraph: the mark's span holds one character, so the first of the two could have stayed
      // on the line above if it fitted there. MuPDF took it along before: 按时 | 报送①，.
      const dragged = groups.flatMap((group, p) =>
        group.slice(1).flatMap((line, k) => {
          const endsParagraph = k === group.length - 2 && /\[\^\d\][。]?$/u.test(PARAGRAPHS[p]!);
          // (Only where both are ideographs: before a closing mark no line may break, 通 | 知》①.)
          const [first, second, third] = line.glyphs.map((g) => g.text);
          if (endsParagraph || !NOTE_MARK.test(third ?? '') || !/^\p{Script=Han}$/u.test(first ?? '') || !/^\p{Script=Han}$/u.test(second ?? '')) return [];
          const above = group[k]!;
          return lineRight(above) + line.glyphs[0]!.width <= measure + 0.5 ? [`${lineText(above).slice(-6)} | ${lineText(line).slice(0, 6)}`] : [];
        }),
      );
      expect(dragged).toEqual([]);
    });
  });
});
