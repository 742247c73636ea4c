// Which fonts the engine drew the text in: the face of body, headings and
// bylines; CJK text drawn by a font that has no CJK glyphs (curly quotes in
// Charis SIL) or no glyph for that character; characters drawn as
// missing-glyph boxes (tofu).
import { isCjkText, isIdeograph } from '../clreq.js';
import { pageGlyphs, type Glyph, type Page, type Role } from '../model.js';

/** What is known about the fonts an engine names (font-catalog.ts). */
export interface FontCoverage {
  /** 'cjk': the font has CJK glyphs; 'no-cjk': it has none; 'unknown': not a font we know. */
  kind(font: string): 'cjk' | 'no-cjk' | 'unknown';
  /** Whether the font has a glyph for the character; undefined for a font we do not know. */
  covers(font: string, character: string): boolean | undefined;
}

export interface FontShare {
  font: string;
  glyphs: number;
}

/** The fonts of a role's ideographs, most used first. */
export function fontsOfRole(pages: readonly Page[], role: Role): FontShare[] {
  const counts = new Map<string, number>();
  for (const glyph of pages.flatMap(pageGlyphs)) {
    if (glyph.role === role && isIdeograph(glyph.text)) counts.set(glyph.font, (counts.get(glyph.font) ?? 0) + 1);
  }
  return [...counts.entries()].map(([font, glyphs]) => ({ font, glyphs })).sort((a, b) => b.glyphs - a.glyphs || a.font.localeCompare(b.font));
}

export interface GlyphFinding {
  character: string;
  font: string;
  count: number;
  /** The first page where it happens. */
  page: number;
}

/**
 * CJK text (ideographs, CJK punctuation, “”‘’…—·) drawn by a font without CJK
 * glyphs (a Latin face), or by a font that has no glyph for that character.
 * Judged per character: a book's fonts are cut to what they set, so a font
 * that has CJK glyphs is right for the characters it has and no others.
 */
export function cjkInLatinFont(pages: readonly Page[], fonts: FontCoverage): GlyphFinding[] {
  return collect(pages, (g) => isCjkText(g.text) && (fonts.kind(g.font) === 'no-cjk' || fonts.covers(g.font, g.text) === false));
}

/** Characters drawn as a missing glyph: the engine says so, or the font it used has no glyph for them. */
export function missingGlyphs(pages: readonly Page[], fonts: FontCoverage): GlyphFinding[] {
  return collect(pages, (g) => g.missing === true || fonts.covers(g.font, g.text) === false);
}

function collect(pages: readonly Page[], test: (glyph: Glyph) => boolean): GlyphFinding[] {
  const found = new Map<string, GlyphFinding>();
  for (const page of pages) {
    for (const glyph of pageGlyphs(page)) {
      if (!test(glyph)) continue;
      const key = `${glyph.text}\u0000${glyph.font}`;
      const finding = found.get(key);
      if (finding) finding.count++;
      else found.set(key, { character: glyph.text, font: glyph.font, count: 1, page: page.number });
    }
  }
  return [...found.values()];
}

/** A Kai (楷体) face, by its name: Kaiti SC, STKaiti, KaiTi, LXGW WenKai, AR PL UKai … */
export function isKaiFont(font: string): boolean {
  return /kai|楷/i.test(font);
}
