// Blank pages: a page with no glyph and no image or drawing. A reader shows
// them as empty screens — around the cover, the first thing a member sees.
import type { Box, Page } from '../model.js';

export interface BlankPages {
  /** The page that shows the cover: the first page with an image, if any. */
  coverPage: number | undefined;
  /**
   * Pages before the first page with text (the title page): 1 when the cover
   * takes one page; more when a blank page or a piece of the cover comes too.
   */
  pagesBeforeText: number;
  /** Blank pages before the cover and the one right after it. */
  aroundCover: number[];
  /** Every blank page of the book. */
  all: number[];
}

export function isBlank(page: Page): boolean {
  return page.images.length === 0 && page.drawings === 0 && page.lines.every((line) => line.glyphs.length === 0);
}

export function blankPages(pages: readonly Page[]): BlankPages {
  const all = pages.filter(isBlank).map((p) => p.number);
  const firstText = pages.findIndex((p) => p.lines.some((line) => line.glyphs.length > 0));
  const pagesBeforeText = firstText === -1 ? pages.length : firstText;
  const cover = pages.find((p) => p.images.length > 0);
  if (cover === undefined) return { coverPage: undefined, pagesBeforeText, aroundCover: all.filter((n) => n === pages[0]?.number), all };
  const aroundCover = all.filter((n) => n < cover.number || n === cover.number + 1);
  return { coverPage: cover.number, pagesBeforeText, aroundCover, all };
}

export interface PagePicture {
  page: number;
  /** Where the picture is drawn on that page, in the page's unit. */
  box: Box;
}

export interface CutPicture extends PagePicture {
  /** How far it reaches past the page's edges, in the page's unit (the largest of the four). */
  overflow: number;
}

/**
 * Pictures that do not fit on their page: a cover taller than the screen is
 * cut off by a reader that does not move the rest to a page of its own.
 */
export function cutPictures(pages: readonly Page[], width: number, height: number): CutPicture[] {
  const ROUNDING = 0.5;
  return pages.flatMap((page) =>
    page.images
      .map((box) => ({ page: page.number, box, overflow: Math.max(-box.x, -box.y, box.x + box.width - width, box.y + box.height - height) }))
      .filter((cut) => cut.overflow > ROUNDING),
  );
}

/**
 * The pictures of the pages before the text: the cover, and any piece of it
 * that a page of its own shows — their boxes say how the engine sized it.
 */
export function picturesBeforeText(pages: readonly Page[]): PagePicture[] {
  const firstText = pages.findIndex((p) => p.lines.some((line) => line.glyphs.length > 0));
  return pages.slice(0, firstText === -1 ? pages.length : firstText).flatMap((page) => page.images.map((box) => ({ page: page.number, box })));
}
