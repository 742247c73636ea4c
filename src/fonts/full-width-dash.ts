// The Chinese dash —— is two em dashes drawn as one unbroken rule two
// characters long (GB/T 15834 §4.9). The web cut of Noto Serif SC draws U+2014
// for Latin text: 0.89 em wide, its ink from 0.04 to 0.85 em, so a pair left a
// gap in the middle and fell short of two characters, in every engine that
// shows the book's fonts (the machine's Noto Serif CJK draws a full em). Here
// the dash takes a full em and its ink is stretched to both edges of it, so two
// meet.
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
    const path = Object.create(Object.getPrototypeOf(glyph.path)) as typeof glyph.path;
    path.commands = glyph.path.commands.map((command) => {
      const stretched = { ...command } as Record<string, unknown>;
      for (const key of ['x', 'x1', 'x2']) if (typeof stretched[key] === 'number') stretched[key] = ((stretched[key] as number) - left) * scale;
      return stretched as unknown as (typeof glyph.path.commands)[number];
    });
    path.fill = glyph.path.fill;
    path.stroke = glyph.path.stroke;
    path.strokeWidth = glyph.path.strokeWidth;
    return { ...glyph, advance: cut.unitsPerEm, path };
  });
  return { ...cut, glyphs };
}
