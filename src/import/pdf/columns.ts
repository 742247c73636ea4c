// A page set in two columns: many lines have a wide gap at the same place (the
// gutter) with text on both sides. Read line by line it would interleave the
// columns; it is read column by column instead (left, then right, band by
// band between lines that run across the gutter), and the import says so.
// Each column's lines are moved to where a full-width line would stand
// (its left edge to the text's, its right edge to the text's), so that
// indents and full lines read as on any page. Pure.
import type { Line, Segment } from './lines.js';

// Both sides of a gutter carry real text, not a 目录 page number.
const MIN_SIDE_CHARS = 4;
// At least this many lines have text on both sides of the gutter …
const MIN_LINES = 3;
// … and at most this share of the page's lines runs across it (header, headline, folio).
const MAX_ACROSS = 0.25;

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
  for (const line of lines) {
    const across = line.segments.some((s) => s.x0 < gutter && s.x1 > gutter);
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
  const across = lines.filter((line) => line.segments.some((s) => s.x0 < best!.x && s.x1 > best!.x)).length;
  return across <= MAX_ACROSS * lines.length ? best.x : undefined;
}

function partOf(line: Line, segments: Segment[], shift: { dx0: number; dx1: number }): Line {
  const moved = segments.map((s) => ({ text: s.text, x0: s.x0 + shift.dx0, x1: s.x1 + shift.dx1 }));
  return { ...line, x0: moved[0]!.x0, x1: moved[moved.length - 1]!.x1, text: moved.map((s) => s.text).join('\t'), segments: moved };
}
