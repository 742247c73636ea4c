// A paragraph's last two characters as MuPDF sets them. They stay together
// (a nowrap span, src/render/typeset-text.ts), and the line may still break
// before them. MuPDF breaks before a character only where that character's
// own white-space wraps: with both in the span it found no place before them,
// broke one character earlier and took that one down too (巩固良好政 | 治生态。),
// leaving the line above a character shorter than it had to be — MuPDF does
// not stretch Chinese lines to the measure, so that showed as a ragged edge.
// Every paragraph of 2024-02, as the book has it, laid out with the built book's
// stylesheet and fonts at several page widths and type sizes.
import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIssue } from '../../src/issue/load.js';
import { renderArticle } from '../../src/render/article.js';
import { ROOT, runCli, tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';
import { parseTrace, tracePages } from './engines/trace.js';
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
    const built = await runCli(['build', '2024-02', '--out', dir], { cwd: ROOT });
    expect(built.code, built.stderr).toBe(0);
    execFileSync('unzip', ['-q', path.join(dir, '2024-02', 'llxx-2024-02.epub'), '-d', path.join(dir, 'book')]);
    file = path.join(dir, 'book', 'OEBPS', 'paragraphs.xhtml');
    await writeFile(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="zh-CN" xml:lang="zh-CN"><head><title>p</title><link rel="stylesheet" type="text/css" href="style.css"/></head><body lang="zh-CN">${paragraphs.join('\n')}</body></html>`,
    );
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(SIZES.flatMap((size) => WIDTHS.map((width) => [width, size])))('on a %i px page at %i px type, no paragraph takes a character more to its last line than it must', (width, size) => {
    const trace = execFileSync('mutool', ['draw', '-q', '-F', 'trace', '-W', String(width), '-H', '100000', '-S', String(size), '-o', '-', file], { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
    const lines = tracePages(parseTrace(trace)).flatMap((page) => page.lines);
    const left = (line: Line) => Math.min(...line.glyphs.map((g) => g.x));
    const right = (line: Line) => Math.max(...line.glyphs.map((g) => g.x + g.width));
    const margin = Math.min(...lines.map(left));
    const measure = Math.max(...lines.map(right));
    // A paragraph starts at an indented line.
    const groups: Line[][] = [];
    for (const line of lines) {
      if (groups.length === 0 || left(line) > margin + size) groups.push([line]);
      else groups.at(-1)!.push(line);
    }
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
      const extra = shown(last).length > kept[k]!.length && right(above) + unitWidth <= measure + 0.5 && !OPENING.test(first.text);
      return extra ? [`${lineText(above).slice(-6)} | ${lineText(last)}`] : [];
    });
    expect({ width, size, dragged }).toEqual({ width, size, dragged: [] });
  });
});
