// Characters beyond the BMP (CJK Extension B and later: 𠮷, and many a name
// or place) are in neither typeface qikan ships on npm — Google's web cuts
// of Noto Serif SC and LXGW WenKai leave them out — and common reader fonts
// lack them too, so they show as empty boxes. Where the machine that builds
// the book has a font with them, their glyphs are cut from it and carried in
// the book (qikan-body). These are the fonts looked at, in order; where none
// has a character, the book leaves it to the reader's fonts (README “Fonts”:
// install fonts-noto-cjk on the machine that builds the books).
import { readFile } from 'node:fs/promises';
import { statSync } from '../builtins.js';
import { collectionFace } from './sfnt.js';

const SYSTEM_GLYPH_SOURCES: readonly string[] = [
  // Debian/Ubuntu: fonts-noto-cjk (Noto Serif CJK, Song, with Ext. B).
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  // Debian/Ubuntu: fonts-hanazono (HanaMin B covers all of Ext. B).
  '/usr/share/fonts/truetype/hanazono/HanaMinB.ttf',
  // Windows: SimSun-ExtB.
  'C:\\Windows\\Fonts\\simsunb.ttf',
  // macOS.
  '/System/Library/Fonts/Supplemental/Songti.ttc',
];

/** A font file of SYSTEM_GLYPH_SOURCES found here. */
export interface GlyphSource {
  file: string;
  /** Its size in bytes: what a cache key needs to tell one version of it from another. */
  size: number;
}

/**
 * The fonts of SYSTEM_GLYPH_SOURCES (plus QIKAN_GLYPH_FONTS, separated by the
 * path delimiter) that exist here, in order — only looked at, not read: Noto
 * Serif CJK is 26 MB, and most books, cut from the cache, never need it.
 */
export function systemGlyphSources(): GlyphSource[] {
  const extra = (process.env.QIKAN_GLYPH_FONTS ?? '').split(process.platform === 'win32' ? ';' : ':').filter(Boolean);
  const found: GlyphSource[] = [];
  for (const file of [...extra, ...SYSTEM_GLYPH_SOURCES]) {
    try {
      const info = statSync(file);
      if (info.isFile()) found.push({ file, size: info.size });
    } catch {
      // Not on this machine.
    }
  }
  return found;
}

// By file and size: a font updated while qikan preview runs is read again.
const faces = new Map<string, Promise<Buffer | undefined>>();

/**
 * The sources as standalone fonts (a collection's first face), each read once
 * per version; one that cannot be read is left out — and not remembered, so a
 * passing failure is not kept for the life of the process.
 */
export async function systemGlyphFonts(sources: readonly GlyphSource[]): Promise<Buffer[]> {
  const found: Buffer[] = [];
  for (const { file, size } of sources) {
    const key = `${size}:${file}`;
    let face = faces.get(key);
    if (!face) {
      face = readFile(file).then((data) => collectionFace(data)).catch(() => undefined);
      faces.set(key, face);
    }
    const data = await face;
    if (data) found.push(data);
    else faces.delete(key);
  }
  return found;
}
