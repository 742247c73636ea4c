// The compressed forms of full-width marks: the same outlines with half an em
// of advance. A closing mark (，。”）) is drawn on the left half of its em box,
// so it keeps its outline and loses the blank right half; an opening mark
// (“（《) is drawn on the right half, so its outline moves left by half an
// em. Set in this font, the first mark of a pair (punctuation.ts) takes
// half a character, as clreq §3.1.6 asks, in every engine that shows
// embedded fonts.
import type { CutGlyphs } from './sliced-font.js';

export function halfWidthGlyphs(cut: CutGlyphs, openingMarks: string): CutGlyphs {
  const half = cut.unitsPerEm / 2;
  const opening = new Set(openingMarks);
  const glyphs = cut.glyphs.map((glyph) => {
    return { ...glyph, advance: half, path: opening.has(glyph.char) ? shiftedPath(glyph.path, -half) : glyph.path };
  });
  return { ...cut, glyphs };
}

type GlyphPath = CutGlyphs['glyphs'][number]['path'];

/** A copy of the path (an opentype.js Path) moved by dx font units. */
function shiftedPath(source: GlyphPath, dx: number): GlyphPath {
  return mappedPath(source, (x) => x + dx);
}

/** A copy of the path (an opentype.js Path) with every x coordinate mapped. */
export function mappedPath(source: GlyphPath, mapX: (x: number) => number): GlyphPath {
  const mapped = Object.create(Object.getPrototypeOf(source)) as GlyphPath;
  mapped.commands = source.commands.map((command) => {
    const moved = { ...command } as Record<string, unknown>;
    for (const key of ['x', 'x1', 'x2'] as const) if (typeof moved[key] === 'number') moved[key] = mapX(moved[key] as number);
    return moved as unknown as (typeof source.commands)[number];
  });
  mapped.fill = source.fill;
  mapped.stroke = source.stroke;
  mapped.strokeWidth = source.strokeWidth;
  return mapped;
}
