// The plain model every engine of the typography harness returns: pages →
// lines → glyphs, each glyph with its box, font and font size. Measures
// (measures/*.ts) are pure functions over it, so they can be tested on small
// literal models and run the same way on Chromium, WebKit, MuPDF and Calibre.

export type EngineName = 'chromium' | 'webkit' | 'mupdf' | 'calibre';

/**
 * What a piece of text is in the book, from its element (roles.ts): the
 * measures look at body lines, headings, bylines, contents entries, cells and
 * note marks (the ① in the text, wherever it stands).
 */
export type Role = 'frontmatter' | 'byline' | 'source' | 'contents' | 'heading1' | 'heading2' | 'heading3' | 'noteref' | 'cell' | 'list' | 'body' | 'other';

export interface Glyph {
  /** One character (a code point; 𠮷 is one glyph). Engines leave white space out. */
  text: string;
  /** Left edge of the glyph's advance box, from the page's left edge. */
  x: number;
  /** Top of its em box (the font size high), from the page's top edge. */
  top: number;
  /** Its advance as set, including any space the engine put after it. */
  width: number;
  /**
   * The baseline where the engine reports it (MuPDF, Calibre); in the browsers,
   * which do not, the bottom of the glyph's box — the same distance from the
   * baseline for one font and size, so differences between lines are exact.
   */
  baseline: number;
  /** The font as the engine names it; '' when it cannot tell. */
  font: string;
  /** Font size, in the unit of the box (CSS px or PDF points). */
  size: number;
  role: Role;
  /** The block element the glyph is in, where the engine knows it (browsers). */
  block?: number;
  /**
   * The drawing call that drew it (MuPDF's trace: one per run of text), where
   * blocks are unknown: a table cell is always a run of its own.
   */
  run?: number;
  /** The engine drew a missing-glyph box (.notdef) for it. */
  missing?: boolean;
}

export interface Line {
  glyphs: Glyph[];
}

/** A box on the page, in the unit of the page. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Page {
  /** 1-based, in reading order through the whole book. */
  number: number;
  lines: Line[];
  /** The pictures (images, SVG) the page shows, each where it is drawn. */
  images: Box[];
  /** How many other drawings (rules, borders, shades; not white) it shows. */
  drawings: number;
  /**
   * Where it draws rules and border sides (thin drawings), where the engine
   * reports its drawings (MuPDF's and Calibre's trace); undefined where it
   * does not (the browsers, which draw borders on the box edges CSS gives).
   */
  rules?: Box[];
  /** The XHTML file the page comes from, where the engine paginates file by file. */
  document?: string;
}

export interface Rendering {
  engine: EngineName;
  /** The page's size, in the unit of its boxes. */
  pageWidth: number;
  pageHeight: number;
  /** What was rendered: the book file (an EPUB, or an AZW3 through Calibre). */
  book: string;
  pages: Page[];
  /** Things the engine could not measure, said once. */
  notes: string[];
}

export function lineText(line: Line): string {
  return line.glyphs.map((g) => g.text).join('');
}

export function pageGlyphs(page: Page): Glyph[] {
  return page.lines.flatMap((line) => line.glyphs);
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
