// The gap between a byline's groups is U+3000 between two zero-width spaces
// (render/article.ts BYLINE_GAP). LXGW WenKai, the byline's face, has the
// zero-width space but no U+3000, so Chromium set the gap in a fallback face
// and shaped the zero-width spaces beside it there too, where they have no
// glyph: a missing glyph, drawn as nothing but a .notdef in a printed PDF.
// With an ideographic space of its own (blank, one em, as every CJK face has
// it) the cut sets the whole gap in one face.
import type { CutGlyphs } from './sliced-font.js';

const IDEOGRAPHIC_SPACE = '\u3000';

export function withIdeographicSpace(cut: CutGlyphs): CutGlyphs {
  if (cut.glyphs.some((glyph) => glyph.char === IDEOGRAPHIC_SPACE) || cut.glyphs.length === 0) return cut;
  const model = cut.glyphs[0]!.path;
  const blank = Object.create(Object.getPrototypeOf(model)) as typeof model;
  blank.commands = [];
  blank.fill = model.fill;
  blank.stroke = model.stroke;
  blank.strokeWidth = model.strokeWidth;
  return { ...cut, glyphs: [...cut.glyphs, { char: IDEOGRAPHIC_SPACE, advance: cut.unitsPerEm, path: blank }] };
}
