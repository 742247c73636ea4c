// A paragraph's last two characters as MuPDF sets them. They stay together
// (a nowrap span, src/render/typeset-text.ts), and the line may still break
// before them. MuPDF breaks before a character only where that character's
// own white-space wraps: with both in the span it found no place before them,
// broke one character earlier and took that one down too (巩固良好政 | 治生态。),
// leaving the line above a character shorter than it had to be — MuPDF does
// not stretch Chinese lines to the measure, so that showed as a ragged edge.
// Every paragraph of 2024-02, as the book has it, laid out with the built book's
// stylesheet and fonts at several page widths and type sizes.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIssue } from '../../src/issue/load.js';
import { renderArticle } from '../../src/render/article.js';
import { ROOT, tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';
import { lineRight, mupdfParagraphs, unpackedBook, writeBookPage } from './engines/book-page.js';
import type { Line } from './model.js';
import { lineText } from './model.js';

const WIDTHS = [300, 360, 420];
const SIZES = [14, 16, 18, 20];
// What may not end a line, so it goes down with the character after it, and what may not
// start one, so it goes down with the character before it (clreq).
const OPENING = /^[“‘《〈（【「『]/u;
const CLOSING = /^[，。、；：？！”’）》〉】」』…—·]/u;
// Quotation marks are UAX #14's QU, which MuPDF breaks on neither side of without a space:
// “怎么办”的 is one piece there — but for the zero-width space the book puts beside them, which
// MuPDF breaks after (typeset-text.ts), so the piece ends there.
const QUOTE = /^[“”‘’]/u;

/** A line's characters but the zero-width spaces MuPDF may break at beside quotation marks (typeset-text.ts): those end the glued runs below. */
const shown = (line: Line) => lineText(line).replace(/\u200b/g, '');
/** The characters of a piece of the book's markup as the trace has them (white space left out, U+3000 too). */
const visible = (markup: string) => markup.replace(/<[^>]+>/g, '').replace(/&[a-z]+;/g, 'x').replace(/[\s\u200b]/g, '');

describe.skipIf(!toolAvailable('mupdf') || !toolAvailable('unzip'))('MuPDF breaks a paragraph right before its kept last characters', async () => {
  const issue = await loadIssue(path.join(ROOT, 'issues', '2024-02'));
  // Plain paragraphs (no byline, source or list): each is indented, so its lines are found by their left edge.
  const paragraphs = issue.articles.flatMap((article) => renderArticle(article).body.match(/<p>.*?<\/p>/g) ?? []);
  const kept = paragraphs.map((p) => visible(/<span class="nowrap">((?:(?!<span class="nowrap">).)*?)<\/span><\/p>$/.exec(p)?.[1] ?? ''));
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = await tempDir('qikan-mupdf-ends-');
    // The built book's stylesheet and embedded fonts, as a reader gets them: the body's cut has the
    // zero-width space beside quotation marks (typeset-text.ts), which a font without it draws wide.
    file = await writeBookPage(await unpackedBook(dir, '2024-02'), 'paragraphs.xhtml', paragraphs.join('\n'));
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(SIZES.flatMap((size) => WIDTHS.map((width) => [width, size])))('on a %i px page at %i px type, no paragraph takes a character more to its last line than it must', (width, size) => {
    const { paragraphs: groups, measure } = mupdfParagraphs(file, width, size);
    expect(groups.map((group) => group.map(shown).join(''))).toEqual(paragraphs.map(visible));
    const dragged = groups.flatMap((group, k) => {
      if (group.length < 2) return [];
      const last = group.at(-1)!;
      const above = group.at(-2)!;
      const first = last.glyphs[0]!;
      // The first character of the last line, with what MuPDF keeps with it: closing marks after it, quotes and their neighbours.
      let unit = 1;
      const glued = (at: number) => CLOSING.test(last.glyphs[at]!.text) || QUOTE.test(last.glyphs[at]!.text) || QUOTE.test(last.glyphs[at - 1]!.text);
      while (unit < last.glyphs.length && glued(unit)) unit++;
      const unitWidth = last.glyphs.slice(0, unit).reduce((sum, g) => sum + g.width, 0);
      // More than the kept characters went down, though the line above had room for the first of them.
      const extra = shown(last).length > kept[k]!.length && lineRight(above) + unitWidth <= measure + 0.5 && !OPENING.test(first.text);
      return extra ? [`${lineText(above).slice(-6)} | ${lineText(last)}`] : [];
    });
    expect({ width, size, dragged }).toEqual({ width, size, dragged: [] });
  });
});
