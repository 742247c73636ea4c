// What page-script.js measures in a browser → the harness's model. Each XHTML
// file is paginated on its own, as readers do, so its pages follow the
// previous file's; a glyph is on the page of the column its left edge is in.
import { readFile } from 'node:fs/promises';
import { groupIntoLines } from '../lines.js';
import type { Box, Glyph, Page, Role } from '../model.js';
import { harnessFile, PAGE } from './geometry.js';

/** The computed style of a measured text node's element. */
export interface RawNode {
  size: number;
  family: string;
  weight: string;
  style: string;
  role: Role;
  block: number;
}

/** [character, node index, left, top, width, height] in the document's coordinates. */
export type RawGlyph = [string, number, number, number, number, number];

export interface RawDocument {
  nodes: RawNode[];
  glyphs: RawGlyph[];
  /** [left, top, width, height] of each picture. */
  images: [number, number, number, number][];
  /** Columns (pages) the document takes. */
  pages: number;
}

/** The font an engine drew a glyph in, and whether it drew a missing-glyph box. */
export interface GlyphFont {
  font: string;
  missing?: boolean;
}

export interface MeasuredDocument {
  name: string;
  raw: RawDocument;
  /** One per raw glyph. */
  fonts: GlyphFont[];
}

export function loadPageScript(root: string): Promise<string> {
  return readFile(harnessFile(root, 'page-script.js'), 'utf8');
}

export function browserPages(documents: readonly MeasuredDocument[]): Page[] {
  const pages: Page[] = [];
  for (const { name, raw, fonts } of documents) {
    const first = pages.length;
    const count = Math.max(raw.pages, ...raw.glyphs.map((g) => columnOf(g[2]) + 1), ...raw.images.map((i) => columnOf(i[0] + i[2] / 2) + 1));
    const glyphsByPage: Glyph[][] = Array.from({ length: count }, () => []);
    const imagesByPage: Box[][] = Array.from({ length: count }, () => []);
    raw.glyphs.forEach((g, i) => {
      const column = columnOf(g[2]);
      glyphsByPage[column]!.push(toGlyph(g, raw.nodes[g[1]]!, column, fonts[i]!));
    });
    for (const [x, y, width, height] of raw.images) {
      const column = columnOf(x + width / 2);
      imagesByPage[column]!.push({ x: x - column * PAGE.width, y, width, height });
    }
    for (let column = 0; column < count; column++) {
      pages.push({ number: first + column + 1, lines: groupIntoLines(glyphsByPage[column]!), images: imagesByPage[column]!, drawings: 0, document: name });
    }
  }
  return pages;
}

function columnOf(x: number): number {
  return Math.max(0, Math.floor(x / PAGE.width));
}

function toGlyph([text, , left, top, width, height]: RawGlyph, node: RawNode, column: number, font: GlyphFont): Glyph {
  const glyph: Glyph = {
    text,
    x: left - column * PAGE.width,
    // The em box, centred on the glyph's box (the font's ascent and descent).
    top: top + height / 2 - node.size / 2,
    width,
    baseline: top + height,
    font: font.font,
    size: node.size,
    role: node.role,
    block: node.block,
  };
  if (font.missing) glyph.missing = true;
  return glyph;
}
