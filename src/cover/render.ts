// The generated cover: layout (SVG) → fonts subset to the glyphs used →
// raster (PNG), with an on-disk cache in front.
import path from 'node:path';
import { cacheKey, readCacheEntry, writeCacheEntry } from '../output/cache.js';
import type { CoverContent, RenderedCover } from './content.js';
import { coverFonts, rendererDependencies } from './fonts.js';
import { COVER_HEIGHT, COVER_WIDTH, layoutCover } from './layout.js';
import { pngSize, rasterise } from './raster.js';
import type { CoverStyle } from '../issue/cover-style.js';

/**
 * Bump whenever the output changes for the same inputs (layout, colours
 * derived in code, PNG post-processing): it is part of the cache key.
 * 2: 第N次 on a dark band instead of a light panel (OCR could not read it).
 */
export const COVER_RENDERER_VERSION = 2;

export interface RenderCoverOptions {
  /** Folder for rendered covers; without it every call renders. */
  cacheDir?: string;
}

/** File name of the cached render for these inputs: sha256 of content, style, renderer and dependency versions. */
export function coverCacheFile(content: CoverContent, style: CoverStyle): string {
  const key = cacheKey({ renderer: COVER_RENDERER_VERSION, dependencies: rendererDependencies(), content, style });
  return `cover-${key}.png`;
}

/** A 1600 × 2560 sRGB PNG of the cover. Same inputs, same bytes. */
export async function renderCover(content: CoverContent, style: CoverStyle, options: RenderCoverOptions = {}): Promise<RenderedCover> {
  const file = options.cacheDir === undefined ? undefined : path.join(options.cacheDir, coverCacheFile(content, style));
  if (file !== undefined) {
    const cached = await readCacheEntry(file, isCompleteCover);
    if (cached) return asRenderedCover(cached);
  }
  const png = await rasteriseCover(content, style);
  if (file !== undefined) await writeCacheEntry(file, png);
  return asRenderedCover(png);
}

/** The cover without the cache; `width` scales it (e.g. 150 for a thumbnail preview). */
export async function rasteriseCover(content: CoverContent, style: CoverStyle, width?: number): Promise<Buffer> {
  const { svg, glyphs } = layoutCover(content, style);
  const fonts = await coverFonts(glyphs);
  return rasterise(svg, fonts, width === undefined ? {} : { width });
}

function isCompleteCover(data: Buffer): boolean {
  const size = pngSize(data);
  return size?.width === COVER_WIDTH && size.height === COVER_HEIGHT;
}

function asRenderedCover(data: Buffer): RenderedCover {
  return { data, mediaType: 'image/png', extension: 'png', width: COVER_WIDTH, height: COVER_HEIGHT };
}
