// Line pitch of the body text ÷ its font size: the distance from one body
// line's baseline to the next one's on the same page, median over the book.
// Chinese body text reads well at 1.5–1.9; an engine's default (≈1.2) is cramped.
import { median, type Line, type Page } from '../model.js';

export interface LinePitch {
  /** Median pitch ÷ font size; undefined when no page has two body lines in a row. */
  ratio: number | undefined;
  /** How many pairs of consecutive body lines were measured. */
  pairs: number;
}

export function bodyLinePitch(pages: readonly Page[]): LinePitch {
  const ratios: number[] = [];
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const previous = page.lines[i - 1];
      if (previous === undefined || !isBody(previous) || !isBody(line)) return;
      const size = fontSize(line);
      const pitch = baseline(line) - baseline(previous);
      // A line above the one before it is a new column, not the next line.
      if (pitch > 0) ratios.push(pitch / size);
    });
  }
  return { ratio: median(ratios), pairs: ratios.length };
}

/** A line of body text: body glyphs, and the note marks among them. */
export function isBody(line: Line): boolean {
  return line.glyphs.some((g) => g.role === 'body') && line.glyphs.every((g) => g.role === 'body' || g.role === 'noteref');
}

/** The baseline of a line's largest glyphs (a line is set on its body text, not on a raised mark). */
export function baseline(line: Line): number {
  return median(line.glyphs.filter((g) => g.size === fontSize(line)).map((g) => g.baseline))!;
}

export function fontSize(line: Line): number {
  return Math.max(...line.glyphs.map((g) => g.size));
}
