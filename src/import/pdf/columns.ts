// A page set in columns. Read line by line it would interleave them; it is
// read column by column instead (left to right, band by band between lines
// that run across a gutter), and the import says so.
//
// Two ways find a gutter. Most pages show it in their lines: many lines have
// a wide gap (a segment break, 1.5 em) at the same place with text on both
// sides, and few run across it — few of the page's, or, below or above text
// set across the page, few of those between the first and the last line with
// a gutter, whose left column is then justified. Where the lines do not show
// it — a gutter narrower than a segment break, the two columns' baselines
// offset (a sub-heading's margin moves one column's lines) — the page's runs
// may: a strip of white at least MIN_GUTTER em wide where, row by row, the
// text on its left ends flush and the text on its right begins, both sides
// justified and at least MIN_COLUMN em wide, the last column reaching the
// text's right edge (a label and its value, the halves of a couplet, a list
// of names, are not columns). Between the columns' first and last rows, runs
// of their text on the two sides of a gutter never form one line.
//
// Each column's lines are moved to where a full-width line would stand (its
// left edge to the text's, its right edge to the text's), so that indents and
// full lines read as on any page. Small type above or below the columns (the
// running head, a foot note) and a folio there are the page's, not a
// column's: they stay whole and in place, for furniture.ts and foot-notes.ts
// to find. Pure.
import { folioNumber } from './furniture.js';
import { mode, pageLines, type Line, type Segment } from './lines.js';
import type { PdfPage, TextRun } from './read-pdf.js';

// Both sides of a gutter carry real text, not a 目录 page number.
const MIN_SIDE_CHARS = 4;
// At least this many rows of text stand on each side of the gutter, this many of them ending flush at it …
const MIN_LINES = 3;
const MIN_FLUSH = 2;
// … at most this share of the rows between the columns' first and last runs across it (a headline, a folio) …
const MAX_ACROSS = 0.25;
// … and at least this share of the rows of the columns on its two sides ends flush (the last line of a paragraph need not).
const JUSTIFIED_SHARE = 0.6;
// The white between two columns, in ems of their text (CSS's column-gap is 1em by default).
const MIN_GUTTER = 0.75;
// Lines end flush at a gutter when their ends lie within this share of an em of each other …
const FLUSH = 0.25;
// … and a column's line is full when it ends within this share of an em of the column's edge: Chinese
// set ragged still ends within an em, mostly on it; table cells differ by a character or more.
const FLUSH_LINE = 0.5;
// A column's lines begin within this many ems of its left edge (a paragraph's indent is 2).
const INDENT = 3;
// A column found in the runs is at least this many ems wide: a label (学习时间), a hanging heading
// (上午议程：), a name in a list, a couplet's half or a table's cell beside another is not one.
// An A5 page's two columns are some 15 ems wide; its three, some 9: those the runs do not find.
const MIN_COLUMN = 10;
// Runs of a row closer than this many ems are one piece of text (a bold word, a Latin word in its own font).
const PIECE_GAP = 0.5;
// Runs whose baselines differ by less than this share of the size are on one row.
const SAME_ROW = 0.35;
// Type under this share of the columns' size is smaller than their text.
const SMALLER = 0.95;

interface ColumnLayout {
  /** Where each gutter's white begins and ends, left to right. */
  gutters: { from: number; to: number }[];
  /** The baselines of the columns' first and last rows (y upwards: top > bottom). */
  top: number;
  bottom: number;
  /** The size of the columns' text. */
  size: number;
  /** The baselines of rows set across a gutter between the columns' first and last rows. */
  across: number[];
}

/** The lines of a page in reading order, and how many columns it was read in. */
export function readPage(page: PdfPage): { lines: Line[]; columns: number } {
  const lines = pageLines(page);
  // The lines' gaps first, as they always were; the runs only where the gaps show no columns.
  const layout = gapColumns(lines) ?? findColumns(page.runs);
  if (layout === undefined) return { lines, columns: 1 };
  return { lines: readColumns(pageLines(page, (a, b) => apart(a, b, layout)), layout), columns: layout.gutters.length + 1 };
}

/** Two columns shown by the lines' gaps, or undefined. */
function gapColumns(lines: readonly Line[]): ColumnLayout | undefined {
  const x = findGutter(lines);
  if (x === undefined) return undefined;
  const { first, last } = twoSidedBand(lines, x);
  const across = lines.slice(first, last + 1).filter((line) => line.segments.some((s) => s.x0 < x && s.x1 > x));
  return { gutters: [{ from: x, to: x }], top: lines[first]!.y, bottom: lines[last]!.y, size: lines[first]!.size, across: across.map((line) => line.y) };
}

function findGutter(lines: readonly Line[]): number | undefined {
  const gaps: [number, number][] = [];
  for (const line of lines) {
    for (let i = 1; i < line.segments.length; i++) {
      const [a, b] = [line.segments[i - 1]!, line.segments[i]!];
      if ([...a.text].length >= MIN_SIDE_CHARS && [...b.text].length >= MIN_SIDE_CHARS) gaps.push([a.x1, b.x0]);
    }
  }
  if (gaps.length < MIN_LINES) return undefined;
  // The place most gaps cover: try each gap's middle.
  let best: { x: number; count: number } | undefined;
  for (const [from, to] of gaps) {
    const x = (from + to) / 2;
    const count = gaps.filter(([f, t]) => f <= x && x <= t).length;
    if (!best || count > best.count) best = { x, count };
  }
  if (!best || best.count < MIN_LINES) return undefined;
  const x = best.x;
  const crosses = (line: Line) => line.segments.some((s) => s.x0 < x && s.x1 > x);
  if (lines.filter(crosses).length <= MAX_ACROSS * lines.length) return x;
  // Text across the gutter above or below the columns (an introduction, a
  // headline of several lines) may be more than that share of the page: then
  // the band from the first line with text on both sides to the last is what
  // must be columns — and its left column justified, as a column's text is,
  // which a table of two columns is not.
  const { first, last } = twoSidedBand(lines, x);
  const band = lines.slice(first, last + 1);
  if (band.filter(crosses).length > MAX_ACROSS * band.length) return undefined;
  const leftEnds = band.filter((line) => twoSided(line, x)).map((line) => Math.max(...line.segments.filter((s) => s.x1 <= x).map((s) => s.x1)));
  const edge = Math.max(...leftEnds);
  const size = band[0]!.size;
  return leftEnds.filter((end) => edge - end < size).length >= JUSTIFIED_SHARE * leftEnds.length ? x : undefined;
}

/** The first and the last line with text of a column on both sides of the gutter at `x`. */
function twoSidedBand(lines: readonly Line[], x: number): { first: number; last: number } {
  const first = lines.findIndex((line) => twoSided(line, x));
  return { first, last: lines.length - 1 - [...lines].reverse().findIndex((line) => twoSided(line, x)) };
}

/** Text of a column on both sides of the gutter at `x`. */
function twoSided(line: Line, x: number): boolean {
  return line.segments.some((s) => s.x1 <= x && [...s.text].length >= MIN_SIDE_CHARS) && line.segments.some((s) => s.x0 >= x && [...s.text].length >= MIN_SIDE_CHARS);
}

/** The page's columns, or undefined for a page set across. */
function findColumns(runs: readonly TextRun[]): ColumnLayout | undefined {
  const visible = runs.filter((run) => run.horizontal && run.size > 0 && run.text.trim() !== '');
  if (visible.length === 0) return undefined;
  const size = mode(visible.map((run) => run.size), 0.1, (i) => chars(visible[i]!))!;
  const body = visible.filter((run) => Math.abs(run.size - size) <= 0.1 * size);
  const rows = rowsOf(body, size).map((row) => piecesOf(row, size));
  const pieces = rows.flat();
  const textLeft = Math.min(...pieces.map((piece) => piece.x));
  const textRight = Math.max(...pieces.map(right));
  const gutters: { from: number; to: number }[] = [];
  const sideRows = new Set<TextRun[]>();
  for (const from of flushEdges(pieces, size, textRight)) {
    // A column holds a line of real text: an edge closer to the last gutter ends none.
    if (from < (gutters.at(-1)?.to ?? textLeft) + MIN_SIDE_CHARS * size) continue;
    const column = { from: gutters.at(-1)?.to ?? textLeft, to: from };
    const gutter = gutterAt(rows, column, size);
    if (gutter === undefined) continue;
    gutters.push(gutter.strip);
    gutter.rows.forEach((row) => sideRows.add(row));
  }
  if (gutters.length === 0) return undefined;
  const ys = [...sideRows].map((row) => row[0]!.y);
  const [top, bottom] = [Math.max(...ys), Math.min(...ys)];
  const band = rows.filter((row) => row[0]!.y <= top && row[0]!.y >= bottom);
  // The last column reaches the text's right edge, as the first begins at its left.
  const last = gutters.at(-1)!.to;
  const lastEnds = band.flatMap((row) => row.filter((piece) => piece.x >= last - 0.1 * size).map(right));
  if (textRight - Math.max(...lastEnds) > FLUSH_LINE * size) return undefined;
  const middles = gutters.map((gutter) => (gutter.from + gutter.to) / 2);
  const across = band.filter((row) => row.some((piece) => middles.some((x) => piece.x < x && right(piece) > x))).map((row) => row[0]!.y);
  return { gutters, top, bottom, size, across };
}

/** A row's runs joined where they touch (a bold word, a Latin word in another font): its pieces of text, left to right. */
function piecesOf(row: readonly TextRun[], size: number): TextRun[] {
  const pieces: TextRun[] = [];
  for (const run of [...row].sort((a, b) => a.x - b.x)) {
    const last = pieces.at(-1);
    if (last !== undefined && run.x - right(last) < PIECE_GAP * size) {
      pieces[pieces.length - 1] = { ...last, text: last.text + run.text, width: Math.max(right(last), right(run)) - last.x };
    } else {
      pieces.push(run);
    }
  }
  return pieces;
}

/**
 * The gutter whose white begins at `column.to`, where the lines of the column
 * from `column.from` end flush: the rows on its two sides, or undefined when
 * too few rows meet it, too many cross it, or the lines before it are ragged.
 */
function gutterAt(rows: readonly TextRun[][], column: { from: number; to: number }, size: number): { strip: { from: number; to: number }; rows: TextRun[][] } | undefined {
  const from = column.to;
  const after = rows.flatMap((row) => row.filter((run) => run.x >= from + MIN_GUTTER * size && chars(run) >= MIN_SIDE_CHARS));
  if (after.length === 0) return undefined;
  const to = Math.min(...after.map((run) => run.x));
  const crosses = (row: TextRun[]) => row.some((run) => run.x < to - 0.1 * size && right(run) > from + 0.1 * size);
  const inColumn = (run: TextRun) => run.x >= column.from - 0.1 * size && right(run) <= from + 0.1 * size;
  const flush = rows.filter((row) => !crosses(row) && row.some((run) => Math.abs(right(run) - from) < FLUSH * size && chars(run) >= MIN_SIDE_CHARS));
  const rights = rows.filter((row) => !crosses(row) && row.some((run) => run.x >= to - 0.1 * size && run.x - to < INDENT * size && chars(run) >= MIN_SIDE_CHARS));
  if (flush.length < MIN_FLUSH || rights.length < MIN_LINES) return undefined;
  // The columns stand from the first to the last row that ends flush at the gutter or begins after it
  // (not a short last line of text set across the page).
  const sides = [...new Set([...flush, ...rights])];
  const top = Math.max(...sides.map((row) => row[0]!.y));
  const bottom = Math.min(...sides.map((row) => row[0]!.y));
  const band = rows.filter((row) => row[0]!.y <= top && row[0]!.y >= bottom);
  const lefts = band.filter((row) => !crosses(row) && row.some((run) => inColumn(run) && chars(run) >= MIN_SIDE_CHARS));
  if (lefts.length < MIN_LINES || band.filter(crosses).length > MAX_ACROSS * band.length) return undefined;
  // The left column's rows: where each ends, before the gutter.
  const ends = band.filter((row) => !crosses(row)).flatMap((row) => {
    const ending = row.filter(inColumn);
    return ending.length === 0 ? [] : [Math.max(...ending.map(right))];
  });
  if (ends.filter((end) => from - end < FLUSH_LINE * size).length < JUSTIFIED_SHARE * ends.length) return undefined;
  const columnStart = Math.min(...band.flatMap((row) => row.filter(inColumn).map((piece) => piece.x)));
  if (from - columnStart < MIN_COLUMN * size) return undefined;
  // The right column's rows: where the first line after the gutter ends. Justified too — a table's
  // values (学习地点　学校第一会议室) are ragged.
  const rightEnds = band.filter((row) => !crosses(row)).flatMap((row) => {
    const next = row.filter((run) => run.x >= to - 0.1 * size).sort((a, b) => a.x - b.x)[0];
    return next === undefined ? [] : [right(next)];
  });
  const rightEdge = Math.max(...rightEnds);
  if (rightEdge - to < MIN_COLUMN * size || rightEnds.filter((end) => rightEdge - end < FLUSH_LINE * size).length < JUSTIFIED_SHARE * rightEnds.length) return undefined;
  return { strip: { from, to }, rows: sides };
}

/** Where MIN_FLUSH or more runs of real text end flush, left to right, short of the text's right edge. */
function flushEdges(body: readonly TextRun[], size: number, textRight: number): number[] {
  const ends = body
    .filter((run) => chars(run) >= MIN_SIDE_CHARS && right(run) < textRight - 2 * size)
    .map(right)
    .sort((a, b) => a - b);
  const edges: number[] = [];
  let group: number[] = [];
  for (const end of [...ends, Infinity]) {
    if (group.length > 0 && end - group.at(-1)! >= FLUSH * size) {
      if (group.length >= MIN_FLUSH) edges.push(group.at(-1)!);
      group = [];
    }
    group.push(end);
  }
  return edges;
}

/** Runs with (nearly) one baseline, top row first. */
function rowsOf(runs: readonly TextRun[], size: number): TextRun[][] {
  const rows: TextRun[][] = [];
  for (const run of [...runs].sort((a, b) => b.y - a.y)) {
    const row = rows.find((r) => Math.abs(r[0]!.y - run.y) < SAME_ROW * size);
    if (row) row.push(run);
    else rows.push([run]);
  }
  return rows;
}

/** Two runs of the columns' text on the two sides of a gutter are never one line (a row set across is one). */
function apart(a: TextRun, b: TextRun, layout: ColumnLayout): boolean {
  const reach = SAME_ROW * layout.size;
  const columnText = (run: TextRun) => run.y <= layout.top + reach && run.y >= layout.bottom - reach && !layout.across.some((y) => Math.abs(run.y - y) < reach);
  if (!columnText(a) || !columnText(b)) return false;
  const [first, second] = a.x <= b.x ? [a, b] : [b, a];
  return layout.gutters.some((gutter) => right(first) <= gutter.to && second.x >= gutter.from);
}

/** The lines in reading order: each column's lines, band by band; lines across and the page's own type in place. */
function readColumns(lines: readonly Line[], layout: ColumnLayout): Line[] {
  const { gutters, size } = layout;
  const middles = gutters.map((gutter) => (gutter.from + gutter.to) / 2);
  const crosses = (s: Segment) => middles.some((x) => s.x0 < x && s.x1 > x);
  const columnOf = (s: Segment) => middles.filter((x) => s.x0 >= x).length;
  const textLeft = Math.min(...lines.map((l) => l.x0));
  const textRight = Math.max(...lines.map((l) => l.x1));
  // Shift a column's segments: its left edge onto the text's, its right edge onto the text's.
  const shifts = middles.concat(Infinity).map((_, c) => {
    const segments = lines.flatMap((line) => line.segments.filter((s) => !crosses(s) && columnOf(s) === c));
    return segments.length === 0 ? { dx0: 0, dx1: 0 } : { dx0: textLeft - Math.min(...segments.map((s) => s.x0)), dx1: textRight - Math.max(...segments.map((s) => s.x1)) };
  });
  const reach = SAME_ROW * size;
  const pageMatter = (line: Line) => (line.y > layout.top + reach || line.y < layout.bottom - reach) && (line.size < SMALLER * size || folioNumber(line.text) !== undefined);
  const out: Line[] = [];
  let columns: Line[][] = shifts.map(() => []);
  const flush = () => {
    out.push(...columns.flat());
    columns = shifts.map(() => []);
  };
  for (const line of lines) {
    if (line.segments.some(crosses) || pageMatter(line)) {
      flush();
      out.push(line);
      continue;
    }
    shifts.forEach((shift, c) => {
      const segments = line.segments.filter((s) => columnOf(s) === c);
      if (segments.length > 0) columns[c]!.push(partOf(line, segments, shift));
    });
  }
  flush();
  return out;
}

function partOf(line: Line, segments: Segment[], shift: { dx0: number; dx1: number }): Line {
  const moved = segments.map((s) => ({ text: s.text, x0: s.x0 + shift.dx0, x1: s.x1 + shift.dx1 }));
  return { ...line, x0: moved[0]!.x0, x1: moved[moved.length - 1]!.x1, text: moved.map((s) => s.text).join('\t'), segments: moved };
}

function right(run: TextRun): number {
  return run.x + run.width;
}

function chars(run: TextRun): number {
  return [...run.text.trim()].length;
}
