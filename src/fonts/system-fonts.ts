// Characters beyond the BMP (CJK Extension B and later: 𠮷, and many a name
// or place) are in neither typeface qikan ships on npm — Google's web cuts
// of Noto Serif SC and LXGW WenKai leave them out — and common reader fonts
// lack them too, so they show as empty boxes. Where the machine that builds
// the book has a font with them, their glyphs are cut from it and carried in
// the book (qikan-body). These are the fonts looked at, in order; where none
// has a character, the book leaves it to the reader's fonts (README “Fonts”:
// install fonts-noto-cjk on the machine that builds the books).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { collectionFace } from './sfnt.js';

export const SYSTEM_GLYPH_SOURCES: readonly string[] = [
  // Debian/Ubuntu: fonts-noto-cjk (Noto Serif CJK, Song, with Ext. B).
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  // Debian/Ubuntu: fonts-hanazono (HanaMin B covers all of Ext. B).
  '/usr/share/fonts/truetype/hanazono/HanaMinB.ttf',
  // Windows: SimSun-ExtB.
  'C:\\Windows\\Fonts\\simsunb.ttf',
  // macOS.
  '/System/Library/Fonts/Supplemental/Songti.ttc',
];

const faces = new Map<string, Promise<Buffer | undefined>>();

/** The fonts of SYSTEM_GLYPH_SOURCES (plus QIKAN_GLYPH_FONTS, separated by the path delimiter) that exist here, as standalone fonts. */
export async function systemGlyphFonts(): Promise<Buffer[]> {
  const extra = (process.env.QIKAN_GLYPH_FONTS ?? '').split(process.platform === 'win32' ? ';' : ':').filter(Boolean);
  const found: Buffer[] = [];
  for (const file of [...extra, ...SYSTEM_GLYPH_SOURCES]) {
    let face = faces.get(file);
    if (!face) {
      face = existsSync(file) ? readFile(file).then((data) => collectionFace(data)).catch(() => undefined) : Promise.resolve(undefined);
      faces.set(file, face);
    }
    const data = await face;
    if (data) found.push(data);
  }
  return found;
}
