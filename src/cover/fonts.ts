// Noto Serif SC, cut down to the glyphs a cover uses.
//
// The TTFs come from the npm package @expo-google-fonts/noto-serif-sc (Google's
// Noto Serif SC, SIL Open Font License 1.1); the licence is copied verbatim from
// that package's LICENSE_FONT to fonts/NotoSerifSC-OFL.txt.
//
// Each weight is a ~15 MB TTF and subsetting it is most of the cost of a cover,
// so a subset is kept in memory, keyed by weight + exact glyph set: a second
// render of the same glyphs in one process (a thumbnail, a watch or benchmark
// run, the slogan's weight across the issues of an archive) skips it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

export const FONT_FAMILY = 'Noto Serif SC';

export type FontWeight = 500 | 700 | 900;

const FONT_FILES: Record<FontWeight, string> = {
  500: '500Medium/NotoSerifSC_500Medium.ttf',
  700: '700Bold/NotoSerifSC_700Bold.ttf',
  900: '900Black/NotoSerifSC_900Black.ttf',
};

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-serif-sc';

/** Versions of everything outside this folder that changes the pixels: part of the cache key. */
export function rendererDependencies(): Record<string, string> {
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return {
    '@resvg/resvg-js': version('@resvg/resvg-js'),
    'subset-font': version('subset-font'),
    [FONT_PACKAGE]: version(FONT_PACKAGE),
  };
}

function fontPath(weight: FontWeight): string {
  return path.join(path.dirname(require.resolve(`${FONT_PACKAGE}/package.json`)), FONT_FILES[weight]);
}

/** Sorted, de-duplicated characters: one key and one subset per glyph set, whatever the text order. */
export function glyphSet(text: string): string {
  return [...new Set(text)].sort().join('');
}

// Loaded on first use: a build whose cover comes from the cache never needs it.
async function loadSubsetFont(): Promise<typeof import('subset-font').default> {
  return (await import('subset-font')).default;
}

// Bounded so a long-lived process (a watch mode, a benchmark) cannot grow it
// without limit; a Map iterates in insertion order, so the first key is the oldest.
const SUBSET_CACHE_LIMIT = 24;
const subsetCache = new Map<string, Promise<Buffer>>();

/** A TrueType font of `weight` holding exactly the glyphs of `text` (plus .notdef). */
export function subsetNotoSerif(weight: FontWeight, text: string): Promise<Buffer> {
  const glyphs = glyphSet(text);
  const key = `${weight}:${glyphs}`;
  const cached = subsetCache.get(key);
  if (cached) return cached;
  const subset = Promise.all([readFile(fontPath(weight)), loadSubsetFont()]).then(([ttf, subsetFont]) =>
    subsetFont(ttf, glyphs, {
      targetFormat: 'sfnt',
      // Keep the typographic family (16) and subfamily (17): without them the
      // Black cut calls itself "Noto Serif SC Black" and font-weight="900" on
      // family "Noto Serif SC" would no longer select it.
      preserveNameIds: [16, 17],
    }),
  );
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
