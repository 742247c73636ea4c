// Small hand-made models for the measures' unit tests: a row of glyphs set
// one em apart (or at the advances given), as an engine would report them.
import type { Glyph, Line, Page, Role } from './model.js';

export interface RowOptions {
  x?: number;
  baseline?: number;
  size?: number;
  role?: Role;
  font?: string;
  block?: number;
  /** Advance of each character, in em; default 1. */
  advances?: number[];
}

export function row(text: string, options: RowOptions = {}): Glyph[] {
  const size = options.size ?? 10;
  const baseline = options.baseline ?? 10;
  let x = options.x ?? 0;
  return Array.from(text).map((character, i) => {
    const width = (options.advances?.[i] ?? 1) * size;
    const glyph: Glyph = { text: character, x, top: baseline - 0.88 * size, width, baseline, font: options.font ?? 'Noto Serif CJK SC', size, role: options.role ?? 'body' };
    if (options.block !== undefined) glyph.block = options.block;
    x += width;
    return glyph;
  });
}

export function line(text: string, options: RowOptions = {}): Line {
  return { glyphs: row(text, options) };
}

/** A page; `images` whole-page pictures (a cover) on it. */
export function page(number: number, lines: Line[], images = 0): Page {
  return { number, lines, images: Array.from({ length: images }, () => ({ x: 0, y: 0, width: 100, height: 100 })), drawings: 0 };
}
