// A page set in two columns: many lines have a wide gap at the same place (the
// gutter) with text on both sides. Read line by line it would interleave the
// columns; it is read column by column instead (left, then right, band by
// band between lines that run across the gutter), and the import says so. Pure.
import type { Line, Segment } from './lines.js';

// Both sides of a gutter carry real text, not a 目录 page number.
const MIN_SIDE_CHARS = 4;
// This share of the page's lines must straddle the gutter.
const MIN_SHARE = 0.3;
const MIN_LINES = 3;

export function readColumns(lines: readonly Line[]): { lines: Line[]; columns: number } {
  const gutter = findGutter(lines);
  if (gutter === undefined) return { lines: [...lines], columns: 1 };
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
    if (l.length > 0) left.push(partOf(line, l));
    if (r.length > 0) right.push(partOf(line, r));
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
  if (gaps.length < MIN_LINES || gaps.length < MIN_SHARE * lines.length) return undefined;
  // The place most gaps cover: try each gap's middle.
  let best: { x: number; count: number } | undefined;
  for (const [from, to] of gaps) {
    const x = (from + to) / 2;
    const count = gaps.filter(([f, t]) => f <= x && x <= t).length;
    if (!best || count > best.count) best = { x, count };
  }
  return best && best.count >= MIN_LINES && best.count >= MIN_SHARE * lines.length ? best.x : undefined;
}

function partOf(line: Line, segments: Segment[]): Line {
  return { ...line, x0: segments[0]!.x0, x1: segments[segments.length - 1]!.x1, text: segments.map((s) => s.text).join('\t'), segments };
}
