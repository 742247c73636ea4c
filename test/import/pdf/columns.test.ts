// When a page is read in columns: the gutter found where many rows end flush
// and as many begin after a strip of white, with text set across the page
// above the columns allowed — but not a table of two columns in a page of
// text (its cells are ragged, a column's text is justified), nor lines that
// open with bold lead-ins of one length (一是 … 二是 … 三是 …).
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../src/import/pdf/columns.js';
import { pageLines } from '../../../src/import/pdf/lines.js';
import type { PdfPage, TextRun } from '../../../src/import/pdf/read-pdf.js';

const SIZE = 10.5;

/** A run of `text` set solid from x on baseline y. */
const run = (text: string, x: number, y: number, bold = false): TextRun => ({ text, x, y, width: [...text].length * SIZE, size: SIZE, bold, horizontal: true });
const pageOf = (runs: TextRun[]): PdfPage => ({ index: 4, width: 420, height: 595, runs });
// 31 characters: from the text's left edge (45) to its right edge (370.5).
const across = (y: number) => run('全文横排的一行文字，从版心左边一直排到右边，没有分栏的空隙的。', 45, y);

/** A table's rows of two cells, from y = top down: the left cells at the text's left edge, the right ones at `rightX`. */
const tableRows = (rows: [string, string][], rightX: number, top: number) => rows.flatMap(([left, right], i) => [run(left, 45, top - 20 * i), run(right, rightX, top - 20 * i)]);

describe('readPage', () => {
  it('reads two justified columns below four lines set across the page column by column', () => {
    const runs = [40, 60, 80, 100].map((y) => across(800 - y));
    // Columns of 15 characters (45–202.5 and 213–370.5): a gutter of one em.
    for (let i = 0; i < 6; i++) runs.push(run(`左栏第${i + 1}行的文字排得满满的。`, 45, 680 - 20 * i), run(`右栏第${i + 1}行的文字排得满满的。`, 213, 680 - 20 * i));
    const read = readPage(pageOf(runs));
    expect(read.columns).toBe(2);
    expect(read.lines.slice(4).map((l) => l.text.slice(0, 4))).toEqual(['左栏第1', '左栏第2', '左栏第3', '左栏第4', '左栏第5', '左栏第6', '右栏第1', '右栏第2', '右栏第3', '右栏第4', '右栏第5', '右栏第6']);
  });

  it('reads columns whose baselines differ by half a line column by column', () => {
    const runs: TextRun[] = [];
    for (let i = 0; i < 6; i++) runs.push(run(`左栏第${i + 1}行的文字排得满满的。`, 45, 680 - 20 * i), run(`右栏第${i + 1}行的文字排得满满的。`, 213, 670 - 20 * i));
    expect(readPage(pageOf(runs)).lines.map((l) => l.text.slice(0, 4))).toEqual(['左栏第1', '左栏第2', '左栏第3', '左栏第4', '左栏第5', '左栏第6', '右栏第1', '右栏第2', '右栏第3', '右栏第4', '右栏第5', '右栏第6']);
  });

  it('reads columns one em apart whose lines are drawn in several runs (bold words) column by column', () => {
    const runs: TextRun[] = [];
    for (let i = 0; i < 6; i++) {
      runs.push(run(`左栏第${i + 1}行的`, 45, 680 - 20 * i), run('文字', 108, 680 - 20 * i, true), run('排得满满的。', 129, 680 - 20 * i));
      // The bold word stands elsewhere on each line: 15 characters, from 213 to 370.5.
      const lead = `右栏第${i + 1}行${'的'.repeat(i % 3)}`;
      const rest = '排得满满的一行字。'.slice(0, 13 - [...lead].length);
      runs.push(run(lead, 213, 680 - 20 * i), run('文字', 213 + SIZE * [...lead].length, 680 - 20 * i, true), run(rest, 213 + SIZE * ([...lead].length + 2), 680 - 20 * i));
    }
    const read = readPage(pageOf(runs));
    expect(read.columns).toBe(2);
    expect(read.lines.map((l) => l.text.slice(0, 4))).toEqual(['左栏第1', '左栏第2', '左栏第3', '左栏第4', '左栏第5', '左栏第6', '右栏第1', '右栏第2', '右栏第3', '右栏第4', '右栏第5', '右栏第6']);
  });

  it('keeps a row set across the columns whole, however many runs it is drawn in', () => {
    const runs: TextRun[] = [];
    for (let i = 0; i < 3; i++) runs.push(run(`左栏第${i + 1}行的文字排得满满的。`, 45, 680 - 20 * i), run(`右栏第${i + 1}行的文字排得满满的。`, 213, 680 - 20 * i));
    // A bold lead-in, the text across the gutter, a bold word in what would be the right column.
    runs.push(run('第一', 45, 620, true), run('，加强理论学习，坚持学思用贯通、', 66, 620), run('2024年', 234, 620, true), run('全年学习十二次。', 297, 620));
    for (let i = 3; i < 6; i++) runs.push(run(`左栏第${i + 1}行的文字排得满满的。`, 45, 680 - 20 * (i + 1)), run(`右栏第${i + 1}行的文字排得满满的。`, 213, 680 - 20 * (i + 1)));
    const read = readPage(pageOf(runs));
    expect(read.columns).toBe(2);
    expect(read.lines.map((l) => l.text.replace(/\s/g, ''))).toContain('第一，加强理论学习，坚持学思用贯通、2024年全年学习十二次。');
  });

  it('leaves labels and their values, a space of one em apart, line by line', () => {
    const runs = [40, 60].map((y) => across(800 - y));
    ['学习时间', '学习地点', '主持人员', '参加人员', '学习主题'].forEach((label, i) => runs.push(run(label, 66, 700 - 20 * i), run('五月六日上午', 118.5, 700 - 20 * i)));
    runs.push(across(580), across(560));
    const page = pageOf(runs);
    expect(readPage(page)).toEqual({ lines: pageLines(page), columns: 1 });
  });

  it('leaves a page that holds only a poem, its halves one em apart, line by line', () => {
    const couplets = ['千磨万击还坚劲，任尔东西南北风。', '咬定青山不放松，立根原在破岩中。', '长风破浪会有时，直挂云帆济沧海。', '会当凌绝顶时节，一览众山小天地。'];
    const runs = couplets.flatMap((line, i) => [run(line.slice(0, 8), 87, 700 - 20 * i), run(line.slice(8), 87 + 9 * SIZE, 700 - 20 * i)]);
    const page = pageOf(runs);
    expect(readPage(page)).toEqual({ lines: pageLines(page), columns: 1 });
  });

  it('leaves a page of text with a table of two ragged columns line by line', () => {
    const runs = [40, 60, 80, 100, 120, 140].map((y) => across(800 - y));
    const rows: [string, string][] = [
      ['学习内容', '责任单位名称'],
      ['党的创新理论学习', '综合办公室'],
      ['经济科技知识', '教务处及各系部'],
      ['管理知识学习', '人事处'],
    ];
    runs.push(...tableRows(rows, 220, 600));
    const page = pageOf(runs);
    expect(readPage(page)).toEqual({ lines: pageLines(page), columns: 1 });
  });

  it('leaves a two-cell table whose left cells are of one length line by line: its right cells are ragged', () => {
    const runs = [40, 60, 80].map((y) => across(800 - y));
    const rows: [string, string][] = [
      ['学习时间：五月六日上午', '学习地点：学校第一会议室'],
      ['主持人员：党委书记王明', '记录人员：办公室李华'],
      ['参加人员：中心组全体成员', '列席人员：各部门负责人'],
      ['学习形式：集中学习研讨', '学习主题：党的创新理论'],
    ];
    runs.push(...tableRows(rows, 210, 700));
    runs.push(across(600), across(580));
    const page = pageOf(runs);
    expect(readPage(page)).toEqual({ lines: pageLines(page), columns: 1 });
  });

  it('leaves lines that open with bold lead-ins of one length line by line', () => {
    const runs: TextRun[] = [];
    ['一是', '二是', '三是', '四是'].forEach((lead, i) => {
      // The lead-in after a two-em indent, the rest of the line straight after it.
      runs.push(run(lead, 66, 700 - 40 * i, true), run('加强理论学习，坚持学思用贯通、知信行统一，', 87, 700 - 40 * i));
      runs.push(across(680 - 40 * i));
    });
    const page = pageOf(runs);
    expect(readPage(page)).toEqual({ lines: pageLines(page), columns: 1 });
  });
});
