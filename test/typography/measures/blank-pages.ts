// Blank pages: a page with no glyph and no image or drawing. A reader shows
// them as empty screens — around the cover, the first thing a member sees.
import type { Page } from '../model.js';

export interface BlankPages {
  /** The page that shows the cover: the first page with an image, if any. */
  coverPage: number | undefined;
  /** Blank pages before the cover and the one right after it. */
  aroundCover: number[];
  /** Every blank page of the book. */
  all: number[];
}

export function isBlank(page: Page): boolean {
  return page.images === 0 && page.lines.every((line) => line.glyphs.length === 0);
}

export function blankPages(pages: readonly Page[]): BlankPages {
  const all = pages.filter(isBlank).map((p) => p.number);
  const cover = pages.find((p) => p.images > 0);
  if (cover === undefined) return { coverPage: undefined, aroundCover: all.filter((n) => n === pages[0]?.number), all };
  const aroundCover = all.filter((n) => n < cover.number || n === cover.number + 1);
  return { coverPage: cover.number, aroundCover, all };
}
