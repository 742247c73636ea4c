// What the harness knows about the fonts engines name: the system's fonts
// (fontconfig, which Chromium, WebKit and Calibre draw from), the fonts the
// book embeds (read with HarfBuzz), and MuPDF's built-in fonts. Engines name a
// font in their own way — "Noto Serif CJK TC Regular" (MuPDF),
// "AAAAAA+NotoSerifCJKsc-Regular" (a PDF subset), "Noto Serif CJK SC"
// (Chromium) — so a name is matched to the catalogue entry whose name is its
// longest prefix, once case, spaces and subset tags are taken out.
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FontCoverage } from './measures/fonts.js';

const execFileAsync = promisify(execFile);

export interface FontEntry {
  names: string[];
  /** Sorted, inclusive code-point ranges; undefined when unknown (MuPDF's built-ins). */
  ranges?: [number, number][];
  hasCjk: boolean;
  /** Where it comes from: the system, the book, or MuPDF itself. */
  origin: 'system' | 'book' | 'mupdf';
  /** The font file and the face's index in it (a .ttc holds several), where known. */
  file?: string;
  index?: number;
}

/**
 * Code points only a font made for Chinese, Japanese or Korean has:
 * ideographs, and 、。， (what a punctuation-only cut keeps). Latin faces
 * stop short of them — DejaVu Math has 〖〗, so the CJK punctuation block as
 * a whole would not do.
 */
const CJK_ONLY: readonly [number, number][] = [
  [0x3001, 0x3002],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff0c, 0xff0c],
  [0x20000, 0x3134f],
];

/** Curly quotes: a CJK font sets them a full em wide, a Latin font about half as wide. */
const CURLY_QUOTES = [0x2018, 0x2019, 0x201c, 0x201d];
const FULL_WIDTH_EM = 0.9;

/** MuPDF 1.21's built-in fonts, by family (it does not use fontconfig). */
const MUPDF_BUILT_IN: FontEntry[] = [
  ...['Charis SIL', 'Nimbus Sans', 'Nimbus Roman', 'Nimbus Mono PS', 'Standard Symbols PS', 'Dingbats', 'Noto Serif', 'Noto Sans', 'Noto Sans Math', 'Noto Sans Symbols', 'Noto Sans Symbols2', 'Noto Emoji', 'Noto Music'].map(
    (name): FontEntry => ({ names: [name], hasCjk: false, origin: 'mupdf' }),
  ),
  ...['Droid Sans Fallback', 'Noto Serif CJK', 'Noto Sans CJK', 'Source Han Serif', 'Source Han Sans'].map((name): FontEntry => ({ names: [name], hasCjk: true, origin: 'mupdf' })),
];

export function normaliseFontName(name: string): string {
  return name
    .replace(/^[A-Z]{6}\+/, '')
    .replace(/~\d+$/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** fontconfig's charset notation ("20-7e a0 3001-3003") → ranges. */
export function parseCharset(charset: string): [number, number][] {
  return charset
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const [from, to] = part.split('-').map((hex) => parseInt(hex, 16));
      return [from!, to ?? from!] as [number, number];
    })
    .sort((a, b) => a[0] - b[0]);
}

function inRanges(ranges: readonly [number, number][], codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = ranges[middle]!;
    if (codePoint < from) high = middle - 1;
    else if (codePoint > to) low = middle + 1;
    else return true;
  }
  return false;
}

/** Whether the sorted ranges hold an ideograph or 、。，. */
export function hasCjkGlyphs(ranges: readonly [number, number][]): boolean {
  return CJK_ONLY.some(([from, to]) => ranges.some(([start, end]) => start <= to && end >= from));
}

function entryOf(names: string[], ranges: [number, number][], origin: FontEntry['origin'], hasCjk = hasCjkGlyphs(ranges), source?: { file: string; index: number }): FontEntry {
  return { names: [...new Set(names.filter(Boolean))], ranges, hasCjk, origin, ...source };
}

/** Every font fontconfig knows, with its family names, PostScript and full names and coverage. */
export async function systemFonts(): Promise<FontEntry[]> {
  const format = '%{family}\t%{postscriptname}\t%{fullname}\t%{file}\t%{index}\t%{charset}\n';
  const { stdout } = await execFileAsync('fc-list', ['--format', format], { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [families = '', postscript = '', fullnames = '', file = '', index = '0', charset = ''] = line.split('\t');
      return entryOf([...families.split(','), postscript, ...fullnames.split(',')], parseCharset(charset), 'system', undefined, { file, index: Number(index) });
    });
}

/**
 * The fonts an unpacked EPUB embeds, under their own names and the names its
 * stylesheets give them in @font-face (what a browser reports), with the
 * characters their cmap maps. Such a font is cut to the characters the book
 * uses — the headings' ideographs, or only “”‘’—…· — so whether it is a CJK
 * font is read from what it has: ideographs or 、。，, or curly quotes a full
 * em wide (a CJK face's, not a Latin one's).
 */
export async function bookFonts(bookDir: string): Promise<FontEntry[]> {
  const files = (await readdir(bookDir, { recursive: true })).map((f) => String(f).split(path.sep).join('/'));
  const fontFiles = files.filter((f) => /\.(ttf|otf|woff2?)$/i.test(f));
  if (fontFiles.length === 0) return [];
  const { Blob, Face, Font } = await import('harfbuzzjs');
  const cssNames = await fontFaceFamilies(bookDir, files.filter((f) => f.endsWith('.css')));
  const entries: FontEntry[] = [];
  for (const file of fontFiles) {
    const face = new Face(new Blob(await sfnt(path.join(bookDir, file))), 0);
    const ranges = [...face.collectUnicodes()].sort((a, b) => a - b).map((cp): [number, number] => [cp, cp]);
    const own = [1, 4, 6].map((id) => face.getName(id, 'en'));
    const hasCjk = hasCjkGlyphs(ranges) || quotesFullWidth(new Font(face), face.upem);
    // No file kept: a WOFF must be unpacked before HarfBuzz reads it again, and a cut font maps no radical to fold (shared-glyphs.ts).
    entries.push(entryOf([...own, ...(cssNames.get(file) ?? [])], ranges, 'book', hasCjk));
  }
  return entries;
}

/** Whether every curly quote the font has is at least FULL_WIDTH_EM wide (false when it has none). */
function quotesFullWidth(font: { nominalGlyph(cp: number): number | undefined; glyphHAdvance(glyph: number): number }, upem: number): boolean {
  const glyphs = CURLY_QUOTES.map((cp) => font.nominalGlyph(cp)).filter((g): g is number => g !== undefined && g !== 0);
  return glyphs.length > 0 && glyphs.every((g) => font.glyphHAdvance(g) / upem >= FULL_WIDTH_EM);
}

/** WOFF and WOFF2 unpacked to the plain font HarfBuzz reads. */
async function sfnt(file: string): Promise<Uint8Array> {
  const data = await readFile(file);
  if (!/\.woff2?$/i.test(file)) return data;
  const { convert } = await import('fontverter');
  return convert(data, 'sfnt');
}

/** @font-face { font-family: X; src: url(…) } of the book's stylesheets: font file (from the book's root) → [X]. */
async function fontFaceFamilies(bookDir: string, stylesheets: string[]): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  for (const sheet of stylesheets) {
    for (const { family, urls } of fontFaceRules(await readFile(path.join(bookDir, sheet), 'utf8'))) {
      for (const url of urls) {
        // CSS Values 4 §4.5: a relative URL is resolved against the stylesheet.
        const file = path.posix.join(path.posix.dirname(sheet), decodeURIComponent(url));
        names.set(file, [...(names.get(file) ?? []), family]);
      }
    }
  }
  return names;
}

/** The family and the local URLs of each @font-face rule of a stylesheet. */
export function fontFaceRules(css: string): { family: string; urls: string[] }[] {
  const rules: { family: string; urls: string[] }[] = [];
  for (const [rule] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/@font-face\s*{[^}]*}/g)) {
    const family = /font-family\s*:\s*(?:"([^"]+)"|'([^']+)'|([^;}]+))/.exec(rule);
    const name = (family?.[1] ?? family?.[2] ?? family?.[3])?.trim();
    const urls = [...rule.matchAll(/url\(\s*(?:"([^"]+)"|'([^']+)'|([^)\s]+))\s*\)/g)].map((m) => (m[1] ?? m[2] ?? m[3])!).filter((url) => !/^[a-z]+:/i.test(url));
    if (name !== undefined && name !== '') rules.push({ family: name, urls });
  }
  return rules;
}

export interface FontCatalog extends FontCoverage {
  entries: readonly FontEntry[];
  /** The entry an engine's font name stands for. */
  find(font: string): FontEntry | undefined;
}

export function fontCatalog(entries: readonly FontEntry[]): FontCatalog {
  const named = entries.flatMap((entry) => entry.names.map((name) => ({ key: normaliseFontName(name), entry }))).filter((n) => n.key !== '');
  named.sort((a, b) => b.key.length - a.key.length);
  const cache = new Map<string, FontEntry | undefined>();
  const find = (font: string): FontEntry | undefined => {
    if (!cache.has(font)) {
      const key = normaliseFontName(font);
      cache.set(font, key === '' ? undefined : named.find((n) => key.startsWith(n.key))?.entry);
    }
    return cache.get(font);
  };
  return {
    entries,
    find,
    kind: (font) => {
      const entry = find(font);
      return entry === undefined ? 'unknown' : entry.hasCjk ? 'cjk' : 'no-cjk';
    },
    covers: (font, character) => {
      const ranges = find(font)?.ranges;
      return ranges === undefined ? undefined : inRanges(ranges, character.codePointAt(0)!);
    },
  };
}

/** The catalogue an engine sees: MuPDF knows only its built-ins and the book's fonts. */
export async function catalogFor(engine: 'mupdf' | 'system', bookDir: string): Promise<FontCatalog> {
  const book = await bookFonts(bookDir);
  return fontCatalog(engine === 'mupdf' ? [...book, ...MUPDF_BUILT_IN, ...(await systemFonts())] : [...book, ...(await systemFonts())]);
}
