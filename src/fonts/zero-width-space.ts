// U+200B, the zero-width space of the places MuPDF may break beside a quotation
// mark (src/render/typeset-text.ts, QUOTE_BREAK). The web cut of Noto Serif SC
// has no glyph for it, and the machine's fonts the cut falls back to gave none
// either; MuPDF draws a character its font lacks as the .notdef box, a full em
// wide. So the body's cut gets one: no ink, no advance.
import { mappedPath } from './half-width.js';
import type { CutGlyphs } from './sliced-font.js';

const ZERO_WIDTH_SPACE = '\u200b';

/** The cut with an empty, zero-width glyph for U+200B (unless it has one; a cut with no glyph at all is left alone). */
export function withZeroWidthSpace(cut: CutGlyphs): CutGlyphs {
  const model = cut.glyphs[0];
  if (!model || cut.glyphs.some((glyph) => glyph.char === ZERO_WIDTH_SPACE)) return cut;
  // An opentype.js Path without commands: a copy of one the cut has (half-width.ts), emptied; the module is loaded by the cut, not here.
  const path = mappedPath(model.path, (x) => x);
  path.commands = [];
  return { ...cut, glyphs: [...cut.glyphs, { char: ZERO_WIDTH_SPACE, advance: 0, path }] };
}
