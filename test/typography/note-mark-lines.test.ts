// A note's mark on the page (render/article.ts, bindNoteMarks): it stays on
// the line of the character before it, in a no-wrap span. Where it ends a
// paragraph, the span holds the last two characters, so the last line never
// has one character and the mark alone (按时报 | 送①。). And MuPDF, which
// breaks before a character only where that character's own white-space
// wraps, breaks right before the span (its first character is a lead, as a
// paragraph's kept last characters have) instead of one character earlier,
// which left the line above a character short (按时 | 报送①). Paragraphs made
// to end in marks and to hold them mid-line, laid out with the stylesheet and
// fonts of a built book with notes at many widths, in Chromium, WebKit and MuPDF.
import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/render/article.js';
import { article } from '../helpers/article.js';
import { ROOT, runCli, tempDir } from '../helpers/book.js';
import { CHROMIUM, toolAvailable } from '../helpers/tools.js';
import { serveBook, type BookServer } from './engines/book-server.js';
import { parseTrace, tracePages } from './engines/trace.js';
import { startWebKit } from './engines/webdriver.js';
import type { Line } from './model.js';
import { lineText } from './model.js';

const LEADS = ['调研报告应当做到情况清楚、问题找准、对策可行，', '中心组要把理论学习作为首要任务，常抓不懈，'];
// A mark that ends the paragraph (with and without the closing mark after it), and marks inside it.
const ENDINGS = ['并按时报送[^1]。', '并按时报送[^1]', '学习第四卷[^1]；开展研讨，形成制度[^1]，常抓不懈。', '见《通知》[^1]，并按时报送。'];
const PARAGRAPHS = LEADS.flatMap((lead) => [1, 2, 3].flatMap((n) => ENDINGS.map((ending) => lead.repeat(n) + ending)));
const WIDTHS = Array.from({ length: 25 }, (_, k) => 200 + 9 * k);
const SIZES = [16, 20];
const NOTE_MARK = /[①-⑳]/u;

/** The page's paragraphs as the engines draw them: each line's characters, lines split by |. */
const MEASURE = `return (async (widths, sizes) => {
  await document.fonts.ready;
  const column = document.getElementById('column');
  const layouts = [];
  for (const size of sizes) for (const width of widths) {
    column.style.fontSize = size + 'px';
    column.style.width = width + 'px';
    const row = [];
    for (const p of column.querySelectorAll('p')) {
      const lines = [];
      let top = null;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = [...range.getClientRects()].sort((a, b) => b.width - a.width)[0];
          if (box && box.width > 0) {
            // A note mark is raised: a new line is one that starts well below the last.
            if (top === null || box.top - top > size * 0.9) { lines.push(''); top = box.top; }
            lines[lines.length - 1] += node.data[i];
          }
        }
      }
      row.push(lines.join('|'));
    }
    layouts.push(row);
  }
  return layouts;
})(arguments[0], arguments[1]);`;

/** The lines of a paragraph whose mark ends it: its last line must hold two ideographs before the mark. */
function lonelyLastLines(lines: string, paragraph: string): string[] {
  if (!/\[\^1\][。]?$/u.test(paragraph)) return [];
  const last = lines.split('|').at(-1)!;
  return /\p{Script=Han}{2}[①-⑳]。?$/u.test(last) ? [] : [lines.slice(-16)];
}

describe.skipIf(!toolAvailable('unzip'))('note marks on the page', () => {
  let dir: string;
  let book: string;
  let server: BookServer | undefined;

  beforeAll(async () => {
    dir = await tempDir('qikan-note-lines-');
    // A book with notes: its stylesheet has the notes' rules (the raised mark), and its fonts.
    const built = await runCli(['build', path.join(ROOT, 'test', 'notes', 'fixture-issues', '2099-03'), '--out', dir], { cwd: ROOT });
    expect(built.code, built.stderr).toBe(0);
    execFileSync('unzip', ['-q', path.join(dir, '2099-03', 'zhushi-2099-03.epub'), '-d', path.join(dir, 'book')]);
    const body = renderArticle(article(PARAGRAPHS.join('\n\n') + '\n\n[^1]: 注。\n')).body.split('<section class="notes"')[0]!;
    const paragraphs = body.match(/<p>.*?<\/p>/g) ?? [];
    expect(paragraphs).toHaveLength(PARAGRAPHS.length);
    book = path.join(dir, 'book', 'OEBPS');
    await writeFile(
      path.join(book, 'notes-page.xhtml'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="zh-CN" xml:lang="zh-CN"><head><title>notes</title><link rel="stylesheet" type="text/css" href="style.css"/></head><body lang="zh-CN" xml:lang="zh-CN" style="margin: 0"><div id="column">${paragraphs.join('\n')}</div></body></html>`,
    );
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Every paragraph at every size and width: the last line of one that a mark ends holds the two characters before it. */
  function expectKeptEnds(layouts: string[][], count: number): void {
    expect(layouts).toHaveLength(count);
    const lonely = layouts.flatMap((row) => {
      expect(row).toHaveLength(PARAGRAPHS.length);
      return row.flatMap((lines, k) => lonelyLastLines(lines, PARAGRAPHS[k]!));
    });
    expect(lonely).toEqual([]);
    // The layouts break lines at all: each paragraph spans several.
    expect(layouts.every((row) => row.every((lines) => lines.includes('|')))).toBe(true);
  }

  describe.skipIf(!toolAvailable('chromium') || !toolAvailable('webkit'))('the browsers', () => {
    beforeAll(async () => {
      server = await serveBook(book);
    });

    it('Chromium keeps the two characters before a mark that ends a paragraph on its last line', async () => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      try {
        const tab = await browser.newPage();
        await tab.goto(server!.url('notes-page.xhtml'));
        const measure = new Function('both', MEASURE.replace('(arguments[0], arguments[1])', '(both[0], both[1])')) as (both: number[][]) => Promise<string[][]>;
        expectKeptEnds(await tab.evaluate(measure, [WIDTHS, SIZES]), WIDTHS.length * SIZES.length);
      } finally {
        await browser.close();
      }
    }, 300_000);

    it('WebKit keeps the two characters before a mark that ends a paragraph on its last line', async () => {
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
    ])('on a %i px page at %i px type: the two characters before a closing mark stay together, and no line above a mark is left a character short', (width, size) => {
      const trace = execFileSync('mutool', ['draw', '-q', '-F', 'trace', '-W', String(width), '-H', '100000', '-S', String(size), '-o', '-', path.join(book, 'notes-page.xhtml')], {
        encoding: 'utf8',
        timeout: 120_000,
        maxBuffer: 256 * 1024 * 1024,
      });
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
      expect(groups).toHaveLength(PARAGRAPHS.length);
      expectKeptEnds([groups.map((group) => group.map(lineText).join('|'))], 1);
      // A line that starts with two characters and then a mark, where the mark does not end the
      // paragraph: the mark's span holds one character, so the first of the two could have stayed
      // on the line above if it fitted there. MuPDF took it along before: 按时 | 报送①，.
      const dragged = groups.flatMap((group, p) =>
        group.slice(1).flatMap((line, k) => {
          const endsParagraph = k === group.length - 2 && /\[\^1\][。]?$/u.test(PARAGRAPHS[p]!);
          // (Only where both are ideographs: before a closing mark no line may break, 通 | 知》①.)
          const [first, second, third] = line.glyphs.map((g) => g.text);
          if (endsParagraph || !NOTE_MARK.test(third ?? '') || !/^\p{Script=Han}$/u.test(first ?? '') || !/^\p{Script=Han}$/u.test(second ?? '')) return [];
          const above = group[k]!;
          return right(above) + line.glyphs[0]!.width <= measure + 0.5 ? [`${lineText(above).slice(-6)} | ${lineText(line).slice(0, 6)}`] : [];
        }),
      );
      expect(dragged).toEqual([]);
    });
  });
});
