// When a page is read as two columns: the gutter found on many lines, with
// text set across the page above the columns allowed, but not a table of two
// columns in a page of text (its cells are ragged, a column's text is justified).
import { describe, expect, it } from 'vitest';
import { readColumns } from '../../../src/import/pdf/columns.js';
import type { Line } from '../../../src/import/pdf/lines.js';

const SIZE = 10.5;

/** A line at height y of pieces [text, x0, x1]. */
function line(y: number, ...pieces: [string, number, number][]): Line {
  const segments = pieces.map(([text, x0, x1]) => ({ text, x0, x1 }));
  return { y, x0: segments[0]!.x0, x1: segments.at(-1)!.x1, size: SIZE, bold: false, text: segments.map((s) => s.text).join('\t'), segments };
}

const across = (y: number) => line(y, ['全文横排的一行文字，从版心左边一直排到右边，没有分栏的空隙。', 45, 375]);

describe('readColumns', () => {
  it('reads two justified columns below four lines set across the page column by column', () => {
    const lines = [40, 60, 80, 100].map((y) => across(800 - y));
    for (let i = 0; i < 6; i++) lines.push(line(680 - 20 * i, [`左栏第${i + 1}行的文字排满`, 45, 200], [`右栏第${i + 1}行的文字排满`, 220, 375]));
    const read = readColumns(lines);
    expect(read.columns).toBe(2);
    expect(read.lines.slice(4).map((l) => l.text.slice(0, 3))).toEqual(['左栏第', '左栏第', '左栏第', '左栏第', '左栏第', '左栏第', '右栏第', '右栏第', '右栏第', '右栏第', '右栏第', '右栏第']);
  });

  it('leaves a page of text with a table of two ragged columns line by line', () => {
    const lines = [40, 60, 80, 100, 120, 140].map((y) => across(800 - y));
    const rows: [string, string][] = [
      ['学习内容', '责任单位名称'],
      ['党的创新理论学习', '综合办公室'],
      ['经济科技知识', '教务处及各系部'],
      ['管理知识学习', '人事处'],
    ];
    rows.forEach(([left, right], i) => lines.push(line(600 - 20 * i, [left, 45, 45 + 10.5 * [...left].length], [right, 220, 220 + 10.5 * [...right].length])));
    expect(readColumns(lines)).toEqual({ lines, columns: 1 });
  });
});
