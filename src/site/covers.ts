// The covers the shelf shows and the OPDS feed links: the book's own cover
// (generated and cached by src/cover, or supplied in issue.yaml) and a small
// copy for phones and catalogue thumbnails, so a phone on a slow connection
// loads ~100 KB per issue instead of the full 1600 × 2560 image.
import type { Issue } from '../issue/model.js';
import { coverFor } from '../build.js';
import { rasterise } from '../cover/raster.js';

export interface SiteImage {
  /** Path inside the site folder, e.g. covers/2024-02.png */
  fileName: string;
  data: Buffer;
  mediaType: string;
  width: number;
  height: number;
}

/** Wide enough for a cover shown ~160 CSS px wide on a 3× phone screen. */
const SMALL_COVER_WIDTH = 480;

export async function siteCovers(issue: Issue, cacheDir: string): Promise<{ full: SiteImage; small: SiteImage }> {
  const cover = await bookCover(issue, cacheDir);
  const extension = cover.mediaType === 'image/png' ? 'png' : 'jpg';
  const full: SiteImage = { fileName: `covers/${issue.id}.${extension}`, ...cover };
  const height = Math.round((SMALL_COVER_WIDTH * cover.height) / cover.width);
  const small: SiteImage = {
    fileName: `covers/${issue.id}-small.png`,
    data: scaledPng(cover, SMALL_COVER_WIDTH),
    mediaType: 'image/png',
    width: SMALL_COVER_WIDTH,
    height,
  };
  return { full, small };
}

/** The cover the book has. */
async function bookCover(issue: Issue, cacheDir: string): Promise<Omit<SiteImage, 'fileName'>> {
  const { data, mediaType, width, height } = await coverFor(issue, cacheDir);
  return { data, mediaType, width, height };
}

/**
 * Scales a PNG or JPEG with resvg, the rasteriser the covers already use: the
 * image inside an SVG of the target size. No fonts are involved.
 */
function scaledPng(image: Omit<SiteImage, 'fileName'>, width: number): Buffer {
  const href = `data:${image.mediaType};base64,${image.data.toString('base64')}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${image.width}" height="${image.height}" viewBox="0 0 ${image.width} ${image.height}"><image width="${image.width}" height="${image.height}" href="${href}"/></svg>`;
  return rasterise(svg, [], { width });
}
