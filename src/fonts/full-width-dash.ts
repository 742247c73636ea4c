// The Chinese dash —— is two em dashes drawn as one unbroken rule two
// characters long (GB/T 15834 §4.9). The web cut of Noto Serif SC draws U+2014
// for Latin text: 0.89 em wide, its ink from 0.04 to 0.85 em, so a pair left a
// gap in the middle and fell short of two characters, in every engine that
// shows the book's fonts (the machine's Noto Serif CJK draws a full em). Here
// the dash takes a full em and its ink is stretched to both edges of it, so two
// meet.
import { mappedPath } from './half-width.js';
import type { CutGlyphs } from './sliced-font.js';

const EM_DASH = '\u2014';

export function fullWidthDash(cut: CutGlyphs): CutGlyphs {
  const glyphs = cut.glyphs.map((glyph) => {
    if (glyph.char !== EM_DASH) return glyph;
    const xs = glyph.path.commands.flatMap((command) => ['x', 'x1', 'x2'].map((key) => (command as unknown as Record<string, unknown>)[key]).filter((x): x is number => typeof x === 'number'));
    if (xs.length === 0) return glyph;
    const [left, right] = [Math.min(...xs), Math.max(...xs)];
    if (right <= left) return glyph;
    const scale = cut.unitsPerEm / (right - left);
    const path = mappedPath(glyph.path, (x) => (x - left) * scale);
    return { ...glyph, advance: cut.unitsPerEm, path };
  });
  return { ...cut, glyphs };
}
