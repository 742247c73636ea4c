// Fonts that ship on npm as web fonts: one @font-face per slice of Unicode
// (Google Fonts' slicing), each a WOFF2 of a few hundred glyphs. A package of
// the whole typeface weighs 5–30 MB instead of 15 MB per weight, and a book
// or a cover needs a few hundred glyphs: the slices holding them are cut down
// with HarfBuzz (subset-font, which also fixes a variable font's weight) and
// their glyphs merged into one font — one font per family, because MuPDF and
// many e-ink readers take the first family they find and never fall back
// along the CSS list glyph by glyph.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, realpathSync } from '../builtins.js';
import { fileProblem, UserError } from '../diagnostic.js';
import { displayPath } from '../files.js';
import { normaliseFontTimes } from './sfnt.js';

export interface FontSlice {
  /** Absolute path of the WOFF2 file. */
  file: string;
  /** Inclusive code point ranges, from the slice's unicode-range. */
  ranges: [number, number][];
}

export interface SlicedTypeface {
  /** npm package and the stylesheet in it that lists the slices. */
  packageName: string;
  stylesheet: string;
  /** A variable font's weight axis, or undefined for a static one. */
  variable: boolean;
}

/** Noto Serif SC, variable weight 200–900 (SIL OFL 1.1). */
export const NOTO_SERIF_SC: SlicedTypeface = { packageName: '@fontsource-variable/noto-serif-sc', stylesheet: 'index.css', variable: true };
/** LXGW WenKai (霞鹜文楷) Regular, a 楷体 (SIL OFL 1.1). */
export const LXGW_WENKAI: SlicedTypeface = { packageName: 'lxgw-wenkai-webfont', stylesheet: 'lxgwwenkai-regular.css', variable: false };

/**
 * The folder an npm package is installed in, found as Node finds
 * `<name>/package.json` from this module: in the nearest node_modules up the
 * folders (npm puts a dependency beside qikan, or higher up when it is
 * hoisted), links followed. Not require.resolve: a build's first require()
 * sets up Node's CommonJS loader, and for the package.json files of the
 * cover's and the fonts' cache keys that was ~7 ms of every build (Node 24).
 */
export function packageFolder(packageName: string): string {
  const from = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = from; ; dir = path.dirname(dir)) {
    // As Node does: a folder that is itself node_modules has no node_modules of its own to search.
    const folder = path.basename(dir) === 'node_modules' ? undefined : path.join(dir, 'node_modules', packageName);
    if (folder !== undefined && existsSync(path.join(folder, 'package.json'))) return realpathSync(folder);
    if (path.dirname(dir) === dir) {
      throw new UserError(fileProblem(packageName, 'install/missing-package', `is not installed (looked in every node_modules folder above ${displayPath(from)}) — run npm ci in qikan's folder`));
    }
  }
}

const versions = new Map<string, string>();

export function packageVersion(packageName: string): string {
  let version = versions.get(packageName);
  if (version === undefined) {
    version = (JSON.parse(readFileSync(path.join(packageFolder(packageName), 'package.json'), 'utf8')) as { version: string }).version;
    versions.set(packageName, version);
  }
  return version;
}

/** The slices a @font-face stylesheet lists, in its order. */
export function parseSlices(css: string, folder: string): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const url = /url\(\s*['"]?([^'")]+)['"]?\s*\)/.exec(body!)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(body!)?.[1];
    if (!url || !range) continue;
    const ranges = range.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
    });
    slices.push({ file: path.join(folder, url), ranges });
  }
  return slices;
}

const sliceLists = new Map<string, Promise<FontSlice[]>>();

function slicesOf(typeface: SlicedTypeface): Promise<FontSlice[]> {
  const key = `${typeface.packageName}/${typeface.stylesheet}`;
  let slices = sliceLists.get(key);
  if (!slices) {
    const folder = packageFolder(typeface.packageName);
    slices = readFile(path.join(folder, typeface.stylesheet), 'utf8').then((css) => parseSlices(css, folder));
    sliceLists.set(key, slices);
  }
  return slices;
}

/** The characters of `text` grouped by the slice that holds them; characters no slice holds are left out. */
export function charactersBySlice(slices: readonly FontSlice[], text: string): Map<FontSlice, string> {
  const found = new Map<FontSlice, string>();
  for (const char of new Set(text)) {
    const cp = char.codePointAt(0)!;
    const slice = slices.find((s) => s.ranges.some(([from, to]) => cp >= from && cp <= to));
    if (slice) found.set(slice, (found.get(slice) ?? '') + char);
  }
  return found;
}

const coverages = new Map<SlicedTypeface, Promise<[number, number][]>>();

/** Every range of code points the typeface's slices hold, sorted by their start. */
function coverageOf(typeface: SlicedTypeface): Promise<[number, number][]> {
  let coverage = coverages.get(typeface);
  if (!coverage) {
    coverage = slicesOf(typeface).then((slices) => slices.flatMap((slice) => slice.ranges).sort((a, b) => a[0] - b[0]));
    coverages.set(typeface, coverage);
  }
  return coverage;
}

/** The characters of `text` (white space aside) that no slice of the typeface holds: it has no glyph for them. */
export async function missingCharacters(typeface: SlicedTypeface, text: string): Promise<string[]> {
  const ranges = await coverageOf(typeface);
  const covered = (cp: number) => {
    // The last range starting at or before cp (binary search), or any before it that reaches cp.
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]![0] <= cp) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 64; k--) if (ranges[k]![1] >= cp) return true;
    return false;
  };
  return [...new Set(text)].filter((char) => !/\s/u.test(char) && !covered(char.codePointAt(0)!));
}

/** A glyph cut out of a typeface: its outline, advance and character. */
export interface CutGlyph {
  char: string;
  advance: number;
  path: import('opentype.js').Path;
}

export interface CutGlyphs {
  /** The source's own copyright notice (name ID 0), carried into the cut font. */
  copyright: string;
  unitsPerEm: number;
  ascender: number;
  descender: number;
  glyphs: CutGlyph[];
}

/** The glyphs of `text` that the typeface has, at `weight` (a variable typeface) — in the order of the text. */
export async function cutGlyphs(typeface: SlicedTypeface, text: string, weight = 400): Promise<CutGlyphs> {
  const [{ default: subsetFont }, { default: opentype }] = await Promise.all([import('subset-font'), import('opentype.js')]);
  const bySlice = charactersBySlice(await slicesOf(typeface), text);
  const byChar = new Map<string, CutGlyph>();
  let metrics: Omit<CutGlyphs, 'glyphs'> = { copyright: '', unitsPerEm: 1000, ascender: 880, descender: -120 };
  for (const [slice, chars] of bySlice) {
    const subset = await subsetFont(await readFile(slice.file), chars, {
      targetFormat: 'sfnt',
      ...(typeface.variable ? { variationAxes: { wght: weight } } : {}),
    });
    const font = parseFont(opentype, subset);
    if (!font) continue;
    metrics = { copyright: font.names.copyright?.en ?? '', unitsPerEm: font.unitsPerEm, ascender: font.ascender, descender: font.descender };
    for (const char of chars) {
      const glyph = font.charToGlyph(char);
      if (glyph.index !== 0) byChar.set(char, { char, advance: glyph.advanceWidth ?? font.unitsPerEm, path: glyph.path as import('opentype.js').Path });
    }
  }
  const glyphs = [...new Set(text)].flatMap((char) => byChar.get(char) ?? []);
  return { ...metrics, glyphs };
}

// SIL OFL 1.1: every copy carries the copyright notice and the licence — here
// in the font's own name table (IDs 0, 13, 14), which the licence allows.
const OFL_NOTICE = 'This Font Software is licensed under the SIL Open Font License, Version 1.1.';
const OFL_URL = 'https://openfontlicense.org';

/** One OpenType font of the glyphs, named `family` (of `weight`, 400 by default), with fixed time stamps (byte-reproducible). */
export async function fontOf(family: string, cut: CutGlyphs, weight = 400): Promise<Buffer> {
  const { default: opentype } = await import('opentype.js');
  const notdef = new opentype.Glyph({ name: '.notdef', advanceWidth: cut.unitsPerEm, path: new opentype.Path() });
  const glyphs = [
    notdef,
    ...cut.glyphs.map(
      (g) => new opentype.Glyph({ name: `u${g.char.codePointAt(0)!.toString(16).toUpperCase()}`, unicode: g.char.codePointAt(0)!, advanceWidth: g.advance, path: g.path }),
    ),
  ];
  const font = new opentype.Font({
    familyName: family,
    styleName: weight >= 600 ? 'Bold' : 'Regular',
    // OS/2 usWeightClass: how a renderer (resvg for the cover) tells the cuts of one family apart.
    // opentype.js writes the number as it is (USHORT); its typings call it a string.
    weightClass: weight as unknown as string,
    unitsPerEm: cut.unitsPerEm,
    ascender: cut.ascender,
    descender: cut.descender,
    copyright: cut.copyright,
    license: OFL_NOTICE,
    licenseURL: OFL_URL,
    glyphs,
  });
  return normaliseFontTimes(Buffer.from(font.toArrayBuffer()));
}

/** Glyphs of `text` taken from whole fonts, the first that has each character winning; scaled to `unitsPerEm`. */
export async function cutGlyphsFromFonts(fonts: readonly Buffer[], text: string, unitsPerEm: number): Promise<CutGlyph[]> {
  const [{ default: subsetFont }, { default: opentype }] = await Promise.all([import('subset-font'), import('opentype.js')]);
  const found = new Map<string, CutGlyph>();
  for (const data of fonts) {
    const wanted = [...new Set(text)].filter((char) => !found.has(char)).join('');
    if (wanted === '') break;
    const subset = await subsetFont(data, wanted, { targetFormat: 'sfnt' });
    const font = parseFont(opentype, subset);
    if (!font) continue;
    const scale = unitsPerEm / font.unitsPerEm;
    for (const char of wanted) {
      const glyph = font.charToGlyph(char);
      if (glyph.index === 0) continue;
      const path = glyph.path as import('opentype.js').Path;
      if (scale !== 1) for (const command of path.commands) scaleCommand(command as unknown as Record<string, number>, scale);
      found.set(char, { char, advance: Math.round((glyph.advanceWidth ?? font.unitsPerEm) * scale), path });
    }
  }
  return [...new Set(text)].flatMap((char) => found.get(char) ?? []);
}

function scaleCommand(command: Record<string, number>, scale: number): void {
  for (const key of ['x', 'y', 'x1', 'y1', 'x2', 'y2']) if (typeof command[key] === 'number') command[key] *= scale;
}

/** The parsed font; undefined when its cmap is empty (opentype.js refuses it): the source had none of the characters. */
function parseFont(opentype: typeof import('opentype.js'), data: Buffer): import('opentype.js').Font | undefined {
  try {
    return opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
  } catch {
    return undefined;
  }
}
