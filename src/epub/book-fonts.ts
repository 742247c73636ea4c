// The fonts a book carries, each cut to the characters it sets. Measured in
// MuPDF (the engine of many e-ink readers), Calibre, WebKit and Chromium:
// readers without a CJK serif bold, a 楷体 or full-width quotes fall back to
// a Latin face or to Song for everything. So the book embeds, for a few
// hundred KB at most:
// - qikan-heading: Noto Serif SC Bold, the headings' characters (小标宋-like headlines);
// - qikan-kai: LXGW WenKai, the bylines' and sources' characters;
// - qikan-body: Noto Serif SC, the marks a Latin font would otherwise draw
//   narrow (“ ” ‘ ’ — … ·), an empty zero-width space for MuPDF's places to
//   break beside quotation marks, and the characters beyond the BMP (CJK Ext. B…)
//   that common reader fonts lack — listed first for body text, it changes
//   nothing else, so the reader's own body font still wins;
// - qikan-half: the compressible marks with half an em of advance (punctuation.ts).
import path from 'node:path';
import { cutGlyphs, cutGlyphsFromFonts, fontOf, LXGW_WENKAI, NOTO_SERIF_SC, packageVersion, type CutGlyphs, type SlicedTypeface } from '../fonts/sliced-font.js';
import { systemGlyphFonts, systemGlyphSources } from '../fonts/system-fonts.js';
import { fullWidthDash } from '../fonts/full-width-dash.js';
import { withZeroWidthSpace } from '../fonts/zero-width-space.js';
import { halfWidthGlyphs } from '../fonts/half-width.js';
import type { Issue } from '../issue/model.js';
import { cacheKey, readCacheEntry, writeCacheEntry } from '../output/cache.js';
import { BYLINE_GAP, type RenderedArticle, type Section } from '../render/article.js';
import type { BookResource } from './book.js';
import { CLOSING_MARKS, OPENING_MARKS } from '../render/punctuation.js';

export interface EmbeddedFont {
  /** The CSS family the stylesheet names. */
  family: string;
  /** Its weight: the heading cut is bold, so the engines must not embolden it again. */
  weight: number;
  /** File name inside the book's fonts/ folder. */
  fileName: string;
  data: Buffer;
}

/** The text each embedded font must cover. */
export interface BookText {
  headings: string;
  bylines: string;
  body: string;
}

/** Bump when the fonts change for the same text: part of the cache key. */
const FONT_MAKER_VERSION = 5;
/** The marks that Latin fonts would draw narrow in Chinese text. */
const WIDE_MARKS = '“”‘’—…·';

interface FontRecipe {
  family: string;
  typeface: SlicedTypeface;
  weight: number;
  text: string;
  /** Characters the typeface lacks are looked for in the machine's fonts (system-fonts.ts). */
  systemFallback?: boolean;
  transform?: (cut: CutGlyphs) => CutGlyphs;
}

export function fontRecipes(text: BookText): FontRecipe[] {
  const astral = [...new Set(text.body)].filter((char) => char.codePointAt(0)! > 0xffff).join('');
  return [
    { family: 'qikan-heading', typeface: NOTO_SERIF_SC, weight: 700, text: text.headings, transform: fullWidthDash },
    { family: 'qikan-kai', typeface: LXGW_WENKAI, weight: 400, text: text.bylines },
    {
      family: 'qikan-body',
      typeface: NOTO_SERIF_SC,
      weight: 400,
      text: WIDE_MARKS + astral,
      systemFallback: true,
      // The zero-width space of MuPDF's places to break beside a quotation mark (typeset-text.ts).
      transform: (cut) => withZeroWidthSpace(fullWidthDash(cut)),
    },
    {
      family: 'qikan-half',
      typeface: NOTO_SERIF_SC,
      weight: 400,
      text: CLOSING_MARKS + OPENING_MARKS,
      transform: (cut) => halfWidthGlyphs(cut, OPENING_MARKS),
    },
  ];
}

/** Cuts every font the book needs (from the cache when the same cut was made before); a font with no glyph to hold is left out. */
export async function bookFonts(text: BookText, cacheDir?: string): Promise<EmbeddedFont[]> {
  const fonts: EmbeddedFont[] = [];
  for (const recipe of fontRecipes(text)) {
    const chars = [...new Set(recipe.text)].filter((c) => !/\s/u.test(c)).sort().join('');
    if (chars === '') continue;
    const data = await cachedFont({ ...recipe, text: chars }, cacheDir);
    if (data) fonts.push({ family: recipe.family, weight: recipe.weight, fileName: `fonts/${recipe.family}.otf`, data });
  }
  return fonts;
}

async function cachedFont(recipe: FontRecipe, cacheDir?: string): Promise<Buffer | undefined> {
  const system = recipe.systemFallback ? systemGlyphSources() : [];
  const key = cacheKey({
    // The machine's fonts decide the glyphs of rare characters: their files and sizes stand for them in the key.
    system: system.map((font) => [font.file, font.size]),
    maker: FONT_MAKER_VERSION,
    family: recipe.family,
    typeface: recipe.typeface,
    version: packageVersion(recipe.typeface.packageName),
    opentype: packageVersion('opentype.js'),
    subsetFont: packageVersion('subset-font'),
    weight: recipe.weight,
    text: recipe.text,
  });
  const file = cacheDir === undefined ? undefined : path.join(cacheDir, `font-${key}.otf`);
  if (file !== undefined) {
    const cached = await readCacheEntry(file, isOpenType);
    if (cached) return cached;
  }
  const cut = await cutGlyphs(recipe.typeface, recipe.text, recipe.weight);
  const missing = [...recipe.text].filter((char) => !cut.glyphs.some((g) => g.char === char)).join('');
  // The key names every font the machine has; a cut made without one of them (it could not be read) is not what the key says.
  let complete = true;
  if (missing !== '' && system.length > 0) {
    const read = await systemGlyphFonts(system);
    complete = read.length === system.length;
    cut.glyphs.push(...(await cutGlyphsFromFonts(read, missing, cut.unitsPerEm)));
  }
  if (cut.glyphs.length === 0) return undefined;
  const data = await fontOf(recipe.family, recipe.transform ? recipe.transform(cut) : cut, recipe.weight);
  if (file !== undefined && complete) await writeCacheEntry(file, data);
  return data;
}

function isOpenType(data: Buffer): boolean {
  return data.length > 12 && data.toString('latin1', 0, 4) === 'OTTO';
}

/** The fonts as files of the book's package. */
export function embeddedFontResources(fonts: readonly EmbeddedFont[]): BookResource[] {
  return fonts.map((font) => ({ id: font.family, fileName: font.fileName, mediaType: 'font/otf', data: font.data, properties: [] }));
}

/** The @font-face rules for the embedded fonts, relative to the stylesheet. */
export function fontFaceCss(fonts: readonly EmbeddedFont[]): string {
  return fonts.map((font) => `@font-face {\n  font-family: "${font.family}";\n  font-weight: ${font.weight};\n  src: url(${font.fileName});\n}\n`).join('');
}

/** What each font must cover in one issue's book: headings (and the title page's title, 目录, the motto), bylines and sources, all text. */
export function bookText(issue: Issue, articles: readonly RenderedArticle[]): BookText {
  const sectionTitles = (sections: readonly Section[]): string[] => sections.flatMap((s) => [s.title, ...sectionTitles(s.children)]);
  const headings = [
    issue.series.title,
    '目录',
    issue.series.motto ?? '',
    ...issue.articles.map((a) => a.meta.title),
    ...articles.flatMap((a) => sectionTitles(a.sections)),
  ].join('');
  const bylineText = issue.articles.map((a) => `${a.meta.byline ?? ''}${a.meta.source ?? ''}`).join('');
  // The gap the renderer sets between a byline's groups, U+200B included: an engine without its glyph draws a box (MuPDF).
  const bylines = bylineText === '' ? '' : bylineText + BYLINE_GAP;
  const body = [headings, bylines, ...issue.articles.map((a) => a.body)].join('');
  return { headings, bylines, body };
}
