// Chromium's PDF names each glyph by one code point of the font's cmap, and in
// a CJK font one glyph can stand for several: Noto CJK draws 见 (U+89C1) and the
// radical ⻅ (U+2EC5) with the same glyph, and the PDF may say ⻅. The text the
// reader sees is the ideograph; this gives it back by asking the font that
// drew the glyph which unified ideograph shares it.
import { readFile } from 'node:fs/promises';
import type { FontCatalog } from '../font-catalog.js';
import type { Page } from '../model.js';

/** Radicals, Kangxi radicals, compatibility ideographs: code points that share an ideograph's glyph. */
const SHARING = /^[\u2e80-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]$/u;
/** Unified ideographs: the URO, extension A and extension B. */
const UNIFIED: readonly [number, number][] = [
  [0x4e00, 0x9fff],
  [0x3400, 0x4dbf],
  [0x20000, 0x2a6df],
];

const foldings = new Map<string, Promise<Map<string, string>>>();

/** Code point sharing a glyph → the unified ideograph with that glyph, in one font file. */
async function folding(file: string, index: number): Promise<Map<string, string>> {
  const { Blob, Face, Font } = await import('harfbuzzjs');
  const font = new Font(new Face(new Blob(await readFile(file)), index));
  const byGlyph = new Map<number, number>();
  for (const [from, to] of UNIFIED) {
    for (let cp = from; cp <= to; cp++) {
      const glyph = font.nominalGlyph(cp);
      if (glyph !== undefined && glyph !== 0 && !byGlyph.has(glyph)) byGlyph.set(glyph, cp);
    }
  }
  const result = new Map<string, string>();
  for (const [from, to] of [[0x2e80, 0x2fdf], [0xf900, 0xfaff], [0x2f800, 0x2fa1f]] as const) {
    for (let cp = from; cp <= to; cp++) {
      const unified = byGlyph.get(font.nominalGlyph(cp) ?? 0);
      if (unified !== undefined) result.set(String.fromCodePoint(cp), String.fromCodePoint(unified));
    }
  }
  return result;
}

/** Gives every glyph named by a radical or compatibility code point its ideograph back. */
export async function foldSharedGlyphs(pages: Page[], fonts: FontCatalog): Promise<void> {
  for (const glyph of pages.flatMap((p) => p.lines.flatMap((l) => l.glyphs))) {
    if (!SHARING.test(glyph.text)) continue;
    const entry = fonts.find(glyph.font);
    if (entry?.file === undefined) continue;
    const key = `${entry.file}#${entry.index ?? 0}`;
    if (!foldings.has(key)) foldings.set(key, folding(entry.file, entry.index ?? 0));
    glyph.text = (await foldings.get(key)!).get(glyph.text) ?? glyph.text;
  }
}
