// Headings as MuPDF sets them, on narrow pages: the nowrap spans that keep
// each phrase whole there (src/render/phrases.ts keptRuns) must never leave a
// heading without a place to break. A chain of phrases led by digits
// (2019年、2020年、…) had none, and MuPDF set the first line past the page's
// edge, the characters beyond it lost. Each heading is laid out alone, as an
// h1 with the book's stylesheet, at several page widths.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { typesetPhrases } from '../../src/render/phrases.js';
import { ROOT } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';
import { parseTrace, tracePages } from './engines/trace.js';
import { lineText } from './model.js';

const HEADINGS = [
  '2019年、2020年、2021年、2022年、2023年全市安全检查工作总结',
  'COVID-19、AI、5G、ChatGPT与高等教育数字化转型的若干问题',
  '习近平：在二〇二四年春节团拜会上的讲话',
  '中央学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议精神',
  '关于“两个确立”“两个维护”和“四个意识”“四个自信”的学习体会',
];
const WIDTHS = [220, 280, 360];

describe.skipIf(!toolAvailable('mupdf'))('MuPDF sets headings kept by phrase without losing a character', () => {
  it.each(WIDTHS)('at %i px wide, every heading is whole and inside the page', async (width) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'qikan-mupdf-headings-'));
    const css = await readFile(path.join(ROOT, 'styles', 'book.css'), 'utf8');
    for (const [k, heading] of HEADINGS.entries()) {
      const file = path.join(dir, `h${k}.xhtml`);
      const xhtml = `<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN" xml:lang="zh-CN"><head><title>h</title><style>${css}</style></head><body lang="zh-CN"><h1>${typesetPhrases(heading)}</h1></body></html>`;
      await writeFile(file, xhtml);
      const trace = execFileSync('mutool', ['draw', '-q', '-F', 'trace', '-W', String(width), '-H', '2000', '-S', '16', '-o', '-', file], { encoding: 'utf8', timeout: 60_000 });
      const lines = tracePages(parseTrace(trace)).flatMap((page) => page.lines);
      expect({ heading, width, text: lines.map(lineText).join('') }).toEqual({ heading, width, text: heading.replace(/\s/g, '') });
      const right = (line: (typeof lines)[number]) => Math.max(...line.glyphs.map((glyph) => glyph.x + glyph.width));
      const past = lines.filter((line) => right(line) > width + 0.5).map((line) => `${lineText(line)} ends at ${right(line).toFixed(1)}`);
      expect({ heading, width, past }).toEqual({ heading, width, past: [] });
    }
  });
});
