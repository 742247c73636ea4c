// A note mark never begins a line: in Chromium (the engine of Calibre's
// viewer and of many Android readers), with the book's own stylesheet, the
// paragraph as the renderer writes it is laid out at every width from 200 to
// 380 px, and the mark must stand on the line of what it annotates — after a
// plain character, after bold, and after a short link.
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article } from '../helpers/article.js';
import { renderArticle } from '../../src/render/article.js';
import { CHROMIUM, toolAvailable } from '../helpers/tools.js';

const available = toolAvailable('chromium');
let browser: Browser | undefined;
let page: Page;
let stylesheet: string;

beforeAll(async () => {
  if (!available) return;
  stylesheet = await readFile(new URL('../../styles/book.css', import.meta.url), 'utf8');
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
      const mark = document.querySelector('sup.noteref a')!;
      // The character right before the mark, wherever the markup put it.
      const range = document.createRange();
      const walker = document.createTreeWalker(document.querySelector('section.article p:not(.byline)')!, NodeFilter.SHOW_TEXT);
      let before: Text | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (mark.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING && (node as Text).data.length > 0) before = node as Text;
      }
      range.setStart(before!, before!.data.length - 1);
      range.setEnd(before!, before!.data.length);
      const character = range.getBoundingClientRect();
      const markBox = mark.getBoundingClientRect();
      return Math.abs(markBox.bottom - character.bottom) > character.height * 0.8;
    });
    if (apart) split.push(width);
  }
  return split;
}

describe.skipIf(!available)('a note mark in Chromium, at every width from 200 to 380 px', () => {
  it('stays on the line of the character before it', async () => {
    expect(await widthsSplittingTheMark('各单位要认真学习领会文件精神见通知[^1]。后面还有一些文字。\n\n[^1]: 注。\n')).toEqual([]);
  }, 120_000);

  it('stays on the line of a bold word before it', async () => {
    expect(await widthsSplittingTheMark('各单位要认真学习领会文件精神见**通知**[^1]。后面还有一些文字。\n\n[^1]: 注。\n')).toEqual([]);
  }, 120_000);

  it('stays on the line of a short link before it', async () => {
    expect(await widthsSplittingTheMark('各单位要认真学习领会文件精神见[通知](https://example.com/)[^1]。后面还有一些文字。\n\n[^1]: 注。\n')).toEqual([]);
  }, 120_000);
});
