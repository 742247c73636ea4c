// A run that quotation marks hold together, as MuPDF sets it. MuPDF breaks
// lines by UAX #14's pairs, in which “ ” (QU) allow no break on either side
// without a space: 统筹“稳”“进”“破”“立”“效”“率”的 was one piece, longer than a
// line of ten characters, set past the page's edge and cut off there (”“率”的
// lost at 20 px on a 300 px page). The book gives MuPDF a zero-width space
// beside each quotation mark of a run longer than eight characters, in a span the other engines hide
// (src/render/typeset-text.ts, QUOTE_BREAK). In MuPDF every character is drawn
// inside the text's measure and none is lost; in Chromium and WebKit the span
// draws nothing and is not in the text a reader copies.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIssue } from '../../src/issue/load.js';
import { renderArticle } from '../../src/render/article.js';
import { article } from '../helpers/article.js';
import { ROOT, tempDir } from '../helpers/book.js';
import { CHROMIUM, toolAvailable } from '../helpers/tools.js';
import { serveBook, type BookServer } from './engines/book-server.js';
import { lineRight, mupdfParagraphs, unpackedBook, writeBookPage } from './engines/book-page.js';
import { startWebKit } from './engines/webdriver.js';
import { lineText } from './model.js';

// Runs longer than a line of ten characters, in a paragraph, a list item and nested quotes; runs that reach into what typesetting keeps together.
const MADE = [
  '各地要统筹“稳”“进”“破”“立”“效”“率”的关系，推动高质量发展取得新成效。',
  '要坚持“效”与“率”并重，推动各项工作落实有力有效。',
  '他说：“‘两个确立’‘两个维护’‘四个意识’是我们的根本遵循”，全体党员要牢记于心。',
  '- 统筹“稳”“进”“破”“立”“效”“率”的关系，推动落实。',
  // Runs that end in a paragraph's kept last characters or in a note mark's span, or hold U+3000.
  '分清轻重缓急，要坚持“效”与“率”并重。',
  '分清轻重缓急，要坚持“效”与“率”并重[^1]。',
  '口号是“稳”\u3000“进”\u3000“破”\u3000“立”\u3000“效”等等。',
  '**统筹**“稳”“进”“破”“立”“效”“率”的关系。',
].join('\n\n');
// Pages whose lines hold 8.6 to thirteen characters of body text (MuPDF's margins grow with the type).
const PAGES = [
  [300, 20],
  [240, 16],
  [360, 20],
  // 8.6 characters a line, the fewest at which no headline of 2024-02 runs past the measure: 持“效”与“率”并重。 is ten.
  [300, 22],
] as const;

/** A block's characters as the engines draw them: markup, white space and the zero-width spaces left out, entities as the page shows them. */
const visible = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u200b]/g, '');

describe.skipIf(!toolAvailable('unzip'))('a place to break beside quotation marks, for MuPDF alone', () => {
  let dir: string;
  let file: string;
  let book: string;
  // The blocks of the page: 2024-02's paragraphs that hold a quotation mark, then the made ones.
  let blocks: string[];

  beforeAll(async () => {
    dir = await tempDir('qikan-quotes-');
    const issue = await loadIssue(path.join(ROOT, 'issues', '2024-02'));
    const quoted = issue.articles.flatMap((each) => renderArticle(each).body.match(/<p>.*?<\/p>/g) ?? []).filter((p) => /[“”‘’]/u.test(p));
    const made = renderArticle(article(MADE + '\n\n[^1]: 注。\n')).body.split('<section class="notes"')[0]!.match(/<p>.*?<\/p>|<ul>.*?<\/ul>/gs) ?? [];
    blocks = [...quoted, ...made];
    // The built book's stylesheet and embedded fonts, as a reader gets them.
    book = await unpackedBook(dir, '2024-02');
    file = await writeBookPage(book, 'quotes.xhtml', blocks.join('\n'));
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the book has the places in runs longer than eight characters: before “ after an ideograph or a closing mark, after ” before an ideograph, never inside a quotation’s ends', () => {
    const made = blocks.slice(-8).join('');
    // Between ” and “ one place, not two; none between “ and what it opens, nor between ” and the comma after it.
    expect(made).toContain('统筹<span class="quote-break">\u200b</span>“稳<span class="half">”</span><span class="quote-break">\u200b</span>“进');
    expect(made).toContain('“效”<span class="quote-break">\u200b</span>与<span class="quote-break">\u200b</span>“率');
    // Runs of eight characters or fewer get none: MuPDF breaks inside 两个确立 anyway.
    expect(made).toContain('说<span class="half">：</span>“<span class="half">‘</span>两个确立<span class="half">’</span>‘两个维护');
    expect(made).toContain('遵循<span class="half">”</span>，全体');
    expect(blocks.length).toBeGreaterThan(20);
  });

  describe.skipIf(!toolAvailable('mupdf'))('MuPDF', () => {
    it.each(PAGES)('on a %i px page at %i px type, every character is drawn inside the measure', (width, size) => {
      const { lines, margin } = mupdfParagraphs(file, width, size);
      // The body's margins are the same on both sides: the measure ends as far from the page's right edge as it starts from its left.
      const past = lines.filter((line) => lineRight(line) > width - margin + 0.5).map((line) => `${lineText(line)} (to ${lineRight(line).toFixed(1)} of ${width - margin})`);
      expect(past).toEqual([]);
      // And nothing is lost: the page's characters, in order, are the blocks' (and the list item's bullet).
      expect(lines.map(lineText).join('').replace(/[\u200b•]/g, '')).toBe(blocks.map(visible).join(''));
    });
  });

  describe.skipIf(!toolAvailable('chromium') || !toolAvailable('webkit'))('the browsers', () => {
    let server: BookServer;
    beforeAll(async () => {
      server = await serveBook(book);
    });
    afterAll(async () => {
      await server?.close();
    });

    // How many places the page has, how many of them have a box, and whether the text a reader copies holds a zero-width space.
    const LOOK = `const places = [...document.querySelectorAll('span.quote-break')];
return { places: places.length, drawn: places.filter((span) => span.getClientRects().length > 0).length, copied: document.body.innerText.includes('\\u200b') };`;

    it('Chromium draws no place and copies no zero-width space', async () => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      try {
        const tab = await browser.newPage();
        await tab.goto(server.url('quotes.xhtml'));
        const seen = await tab.evaluate(new Function(LOOK) as () => { places: number; drawn: number; copied: boolean });
        expect(seen.places).toBeGreaterThan(20);
        expect(seen).toEqual({ places: seen.places, drawn: 0, copied: false });
      } finally {
        await browser.close();
      }
    }, 120_000);

    it('WebKit draws no place and copies no zero-width space', async () => {
      const webkit = await startWebKit();
      try {
        await webkit.navigate(server.url('quotes.xhtml'));
        const seen = await webkit.execute<{ places: number; drawn: number; copied: boolean }>(LOOK, []);
        expect(seen.places).toBeGreaterThan(20);
        expect(seen).toEqual({ places: seen.places, drawn: 0, copied: false });
      } finally {
        await webkit.quit();
      }
    }, 120_000);
  });
});
