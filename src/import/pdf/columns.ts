// A page set in two columns: many lines have a wide gap at the same place (the
// gutter) with text on both sides, and few run across it — few of the page's,
// or, below or above text set across the page, few of those between the first
// and the last line with a gutter, whose left column is then justified. Read line by line it would interleave the
// columns; it is read column by column instead (left, then right, band by
// band between lines that run across the gutter), and the import says so.
// Each column's lines are moved to where a full-width line would stand
// (its left edge to the text's, its right edge to the text's), so that
// indents and full lines read as on any page. Small type above or below the
// columns (the running head, a foot note) and a folio there are the page's,
// not a column's: they stay whole and in place, for furniture.ts and
// foot-notes.ts to find. Pure.
import { folioNumber } from './furniture.js';
import type { Line, Segment } from './lines.js';

// Both sides of a gutter carry real text, not a 目录 page number.
const MIN_SIDE_CHARS = 4;
// At least this many lines have text on both sides of the gutter …
const MIN_LINES = 3;
// … and at most this share of the page's lines runs across it (header, headline, folio).
const MAX_ACROSS = 0.25;
// In a column, at least this share of the lines reaches its right edge (the last line of a paragraph need not).
const JUSTIFIED_SHARE = 0.6;
// Type under this share of the columns' size is smaller than their text.
const SMALLER = 0.95;

export function readColumns(lines: readonly Line[]): { lines: Line[]; columns: number } {
  const gutter = findGutter(lines);
  if (gutter === undefined) return { lines: [...lines], columns: 1 };
  const lefts = lines.flatMap((line) => line.segments.filter((s) => s.x1 <= gutter));
  const rights = lines.flatMap((line) => line.segments.filter((s) => s.x0 >= gutter));
  const textLeft = Math.min(...lines.map((l) => l.x0));
  const textRight = Math.max(...lines.map((l) => l.x1));
  // Shift a column's segments: its left edge onto the text's, its right edge onto the text's.
  const column = (segments: Segment[]) => ({ dx0: textLeft - Math.min(...segments.map((s) => s.x0)), dx1: textRight - Math.max(...segments.map((s) => s.x1)) });
  const leftShift = column(lefts);
  const rightShift = column(rights);
  const out: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  // Above and below the columns, small type (the running head, a foot note)
  // and a folio in a corner are the page's, not a column's: kept whole, in place.
  const { first, last } = twoSidedBand(lines, gutter);
  const bodySize = lines[first]!.size;
  const pageMatter = (line: Line, i: number) => (i < first || i > last) && (line.size < SMALLER * bodySize || folioNumber(line.text) !== undefined);
  for (const [i, line] of lines.entries()) {
    const across = line.segments.some((s) => s.x0 < gutter && s.x1 > gutter) || pageMatter(line, i);
    if (across) {
      flush();
      out.push(line);
      continue;
    }
    const l = line.segments.filter((s) => s.x1 <= gutter);
    const r = line.segments.filter((s) => s.x0 >= gutter);
    if (l.length > 0) left.push(partOf(line, l, leftShift));
    if (r.length > 0) right.push(partOf(line, r, rightShift));
  }
  flush();
  return { lines: out, columns: 2 };
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

function partOf(line: Line, segments: Segment[], shift: { dx0: number; dx1: number }): Line {
  const moved = segments.map((s) => ({ text: s.text, x0: s.x0 + shift.dx0, x1: s.x1 + shift.dx1 }));
  return { ...line, x0: moved[0]!.x0, x1: moved[moved.length - 1]!.x1, text: moved.map((s) => s.text).join('\t'), segments: moved };
}
