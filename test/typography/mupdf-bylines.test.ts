// Bylines as MuPDF sets them, with the reader's font set larger: each group
// (丁小强作总结讲话, 杨临生到会指导) is kept on one line by a nowrap span,
// and MuPDF breaks before no character inside one. With the gap between groups
// written U+3000 U+200B, the only break it could take fell before the next
// group's first character, inside its span: at 20 px on a 360 px page it set
// two groups on one line past the page's edge (杨临生到会指导's last character
// lost), and at 20 px on a 300 px page 杨临生 went missing. The title page's
// 1.7 em series title kept 心组学习资料 whole the same way, past the edge. The
// real 2024-02 book, drawn whole at the sizes a member may choose: every
// byline group whole on a line, and no line of any page past its edge.
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

describe.skipIf(!toolAvailable('mupdf'))('MuPDF sets 2024-02 inside its pages, bylines whole, at larger type too', () => {
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

  it.each(SIZES)('on a %i × %i px page at %i px, each byline group stands whole on a line, and no line passes the edge', (width, height, size) => {
    const trace = execFileSync('mutool', ['draw', '-q', '-F', 'trace', '-W', String(width), '-H', String(height), '-S', String(size), '-o', '-', book], {
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 512 * 1024 * 1024,
    });
    const lines = tracePages(parseTrace(trace)).flatMap((page) => page.lines);
    for (const group of bylines.flat()) {
      expect({ group, size, width, found: lines.some((line) => lineText(line).includes(group)) }).toEqual({ group, size, width, found: true });
    }
    const right = (line: (typeof lines)[number]) => Math.max(...line.glyphs.map((glyph) => glyph.x + glyph.width));
    const past = lines.filter((line) => right(line) > width + 0.5).map((line) => `${lineText(line)} ends at ${right(line).toFixed(1)}`);
    expect({ size, width, past }).toEqual({ size, width, past: [] });
  }, 120_000);
});
