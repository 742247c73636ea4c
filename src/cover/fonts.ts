// Noto Serif SC, cut down to the glyphs a cover uses, from the variable web
// font @fontsource-variable/noto-serif-sc (SIL Open Font License 1.1; the
// licence is in fonts/NotoSerifSC-OFL.txt): one 6 MB package holds every
// weight, where static TTFs weigh 15 MB each (src/fonts/sliced-font.ts).
//
// Cutting is most of the cost of a cover, so a cut is kept in memory, keyed
// by weight + exact glyph set: a second render of the same glyphs in one
// process (a thumbnail, a watch or benchmark run, the slogan's weight across
// the issues of an archive) skips it.
import { cutGlyphs, fontOf, NOTO_SERIF_SC, packageVersion } from '../fonts/sliced-font.js';

export const FONT_FAMILY = 'Noto Serif SC';

export type FontWeight = 500 | 700 | 900;

/** Versions of everything outside this folder that changes the pixels: part of the cache key. */
export function rendererDependencies(): Record<string, string> {
  return Object.fromEntries(['@resvg/resvg-js', 'subset-font', 'opentype.js', NOTO_SERIF_SC.packageName].map((name) => [name, packageVersion(name)]));
}

/** Sorted, de-duplicated characters: one key and one subset per glyph set, whatever the text order. */
function glyphSet(text: string): string {
  return [...new Set(text)].sort().join('');
}

// Bounded so a long-lived process (a watch mode, a benchmark) cannot grow it
// without limit; a Map iterates in insertion order, so the first key is the oldest.
const SUBSET_CACHE_LIMIT = 24;
const subsetCache = new Map<string, Promise<Buffer>>();

/** A font of family FONT_FAMILY and `weight` holding exactly the glyphs of `text` (plus .notdef). */
export function subsetNotoSerif(weight: FontWeight, text: string): Promise<Buffer> {
  const glyphs = glyphSet(text);
  const key = `${weight}:${glyphs}`;
  const cached = subsetCache.get(key);
  if (cached) return cached;
  const subset = cutGlyphs(NOTO_SERIF_SC, glyphs, weight).then((cut) => fontOf(FONT_FAMILY, cut, weight));
  subsetCache.set(key, subset);
  // A failed subset must not stay cached: the next render retries.
  subset.catch(() => subsetCache.delete(key));
  while (subsetCache.size > SUBSET_CACHE_LIMIT) subsetCache.delete(subsetCache.keys().next().value!);
  return subset;
}

/** One subset per weight used, in weight order (the order fonts are handed to resvg). */
export async function coverFonts(glyphs: ReadonlyMap<FontWeight, string>): Promise<Buffer[]> {
  const weights = [...glyphs.keys()].sort((a, b) => a - b);
  return Promise.all(weights.map((weight) => subsetNotoSerif(weight, glyphs.get(weight)!)));
}
