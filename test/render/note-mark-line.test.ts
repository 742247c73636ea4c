// A note mark never begins a line: in Chromium (the engine of Calibre's
// viewer and of many Android readers), with the book's own stylesheet, the
// paragraph as the renderer writes it is laid out at every width from 200 to
// 380 px, and the mark must stand on the line of what it annotates — after a
// plain character, after bold, after a short link, and after what is joined
// to it (a long link, code, another mark).
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article } from '../helpers/article.js';
import { mupdfLinesOfArticle } from '../helpers/mupdf.js';
import { renderArticle } from '../../src/render/article.js';
import { CHROMIUM, toolAvailable } from '../helpers/tools.js';

const available = toolAvailable('chromium');
const mupdfAvailable = toolAvailable('mupdf');
let browser: Browser | undefined;
let page: Page;
let stylesheet: string;

beforeAll(async () => {
  // The book's stylesheet: book.css, and notes.css in a book with notes (as the build adds it).
  const styles = await Promise.all(['book.css', 'notes.css'].map((name) => readFile(new URL(`../../styles/${name}`, import.meta.url), 'utf8')));
  stylesheet = styles.join('\n');
  if (!available) return;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  page = await browser.newPage({ viewport: { width: 420, height: 900 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The widths (px) at which the note mark starts a different line from the character before it. */
async function widthsSplittingTheMark(source: string): Promise<number[]> {
  const { body } = renderArticle(article(source));
  const split: number[] = [];
  for (let width = 200; width <= 380; width++) {
    await page.setContent(`<html lang="zh-CN"><head><style>${stylesheet}</style></head><body style="width:${width}px">${body}</body></html>`);
    const apart = await page.evaluate(() => {
      const paragraph = document.querySelector('section.article p:not(.byline)')!;
      // The paragraph's last mark (after another mark, the second).
      const mark = [...paragraph.querySelectorAll('sup.noteref a')].at(-1)!;
      // The visible character right before the mark, wherever the markup put it (not the word joiner).
      const invisible = /[\u2060\u200b]/;
      const range = document.createRange();
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      let before: Text | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (mark.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING && /[^\u2060\u200b]/.test((node as Text).data)) before = node as Text;
      }
      let at = before!.data.length - 1;
      while (invisible.test(before!.data[at]!)) at--;
      range.setStart(before!, at);
      range.setEnd(before!, at + 1);
      const character = range.getBoundingClientRect();
      const markBox = mark.getBoundingClientRect();
      return Math.abs(markBox.bottom - character.bottom) > character.height * 0.8;
    });
    if (apart) split.push(width);
  }
  return split;
}

const NOTE = '\n\n[^1]: 注。\n[^2]: 注二。\n';

describe.skipIf(!available)('a note mark in Chromium, at every width from 200 to 380 px', () => {
  it.each([
    ['the character before it', '各单位要认真学习领会文件精神见通知[^1]。后面还有一些文字。'],
    ['a bold word before it', '各单位要认真学习领会文件精神见**通知**[^1]。后面还有一些文字。'],
    ['a short link before it', '各单位要认真学习领会文件精神见[通知](https://example.com/)[^1]。后面还有一些文字。'],
    ['a long link before it', '各单位要认真学习领会文件精神见[中共中央关于进一步全面深化改革的决定](https://example.com/)[^1]。后面还有一些文字。'],
    ['code before it', '各单位要认真学习领会文件精神，在目录中写`第一部分　总体要求`[^1]。后面还有一些文字。'],
    ['the mark before it', '各单位要认真学习领会文件精神见通知[^1][^2]。后面还有一些文字。'],
  ])('stays on the line of %s', async (_what, paragraph) => {
    expect(await widthsSplittingTheMark(paragraph + NOTE)).toEqual([]);
  }, 120_000);
});

/**
 * MuPDF (the engine of many e-ink readers) breaks before a mark after a long
 * link, and between ① and ②, where nothing joins them. A real book, built
 * by the CLI with its stylesheet and cut fonts: each case set 24 times with
 * 0–23 more characters before it, so that on MuPDF's 360 px pages the mark
 * falls at every place of a line; the lines that begin with a mark, as
 * `mutool draw -F stext` reports them.
 */
describe.skipIf(!mupdfAvailable)('a note mark in MuPDF, at every place of a line', () => {
  it('stays on the line of a long link before it, and of the mark before it; the word joiner is not drawn', async () => {
    const paragraphs = ['各单位要认真学习领会文件精神见[中共中央关于进一步全面深化改革的决定](https://example.com/)[^1]。后面还有一些文字。', '各单位要认真学习领会文件精神见通知[^2][^3]。后面还有一些文字。'];
    const body = Array.from({ length: 24 }, (_, k) => paragraphs.map((paragraph) => '学'.repeat(k) + paragraph).join('\n\n')).join('\n\n');
    const lines = (await mupdfLinesOfArticle(`${body}\n\n[^1]: 注一。\n[^2]: 注二。\n[^3]: 注三。\n`)).map((line) => line.text);
    const text = lines.join('');
    // Every paragraph was laid out: each mark's paragraph 24 times.
    expect(text.split('各单位要认真学习领会文件精神见').length - 1).toBe(48);
    // The notes themselves begin with their mark (①注一。).
    expect(lines.filter((line) => /^[①②③](?!注)/u.test(line))).toEqual([]);
    expect(text).not.toContain('\u2060');
  }, 180_000);
});
