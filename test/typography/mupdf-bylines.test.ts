// The 2024-02 book as MuPDF sets it with the reader's type set large, on
// small pages. The title page's 1.7 em series title kept 心组学习资料 whole in
// a nowrap span (MuPDF breaks before no character inside one) and ran past a
// 300 px page at 20 px; it is now kept word by word. A byline's groups are
// each one nowrap span too, and MuPDF set the first two groups of a long
// byline on one line past the edge (丁小强作总结讲话　杨临生到会指导 at 20 px
// on 360 px) until the byline began with a zero-width space (README, “Gaps”).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';
import { parseTrace, tracePages } from './engines/trace.js';
import { lineText } from './model.js';

const SIZES: [width: number, height: number, size: number][] = [
  [300, 400, 16],
  [300, 400, 20],
  [360, 480, 20],
  [360, 480, 24],
];

const insidePage = (trace: string, width: number, bylines: string[][], byline: boolean) => {
  const lines = tracePages(parseTrace(trace)).flatMap((page) => page.lines);
  const joined = bylines.map((groups) => groups.join(''));
  const isByline = (line: (typeof lines)[number]) => joined.some((text) => text.includes(lineText(line).replace(/[\u200b\u3000\s]/gu, '')));
  const right = (line: (typeof lines)[number]) => Math.max(...line.glyphs.map((glyph) => glyph.x + glyph.width));
  return lines.filter((line) => isByline(line) === byline && right(line) > width + 0.5).map((line) => `${lineText(line)} ends at ${right(line).toFixed(1)}`);
};

const draw = (book: string, width: number, height: number, size: number) =>
  execFileSync('mutool', ['draw', '-q', '-F', 'trace', '-W', String(width), '-H', String(height), '-S', String(size), '-o', '-', book], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 512 * 1024 * 1024,
  });

describe.skipIf(!toolAvailable('mupdf'))('MuPDF sets 2024-02 inside its pages at larger type too', () => {
  let book = '';
  let bylines: string[][] = [];
  beforeAll(async () => {
    const out = await tempDir('qikan-mupdf-bylines-');
    const built = await runCli(['build', '2024-02', '--out', out]);
    expect(built.code).toBe(0);
    book = path.join(out, '2024-02', 'llxx-2024-02.epub');
    const issue = path.join(ROOT, 'issues', '2024-02');
    const texts = await Promise.all(['03-shengwei.md', '04-shiwei.md'].map((name) => readFile(path.join(issue, name), 'utf8')));
    bylines = texts.map((text) => /^byline: (.*)$/m.exec(text)![1]!.split(' '));
    expect(bylines.flat().length).toBeGreaterThan(6);
  }, 120_000);

  it.each(SIZES)('on a %i × %i px page at %i px, no line but a byline’s passes the edge (the title page’s included)', (width, height, size) => {
    expect({ size, width, past: insidePage(draw(book, width, height, size), width, bylines, false) }).toEqual({ size, width, past: [] });
  }, 120_000);

  it.each(SIZES)('on a %i × %i px page at %i px, every line of a byline stays inside the page', (width, height, size) => {
    expect({ size, width, past: insidePage(draw(book, width, height, size), width, bylines, true) }).toEqual({ size, width, past: [] });
  }, 120_000);
});
