// Image files a source names (an article's figures, a supplied cover): read,
// recognised by their content, their structure read through (a damaged or
// truncated file, a name whose extension lies about the format), and refused
// when they could carry script or reach outside the book.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileProblem, UserError } from '../diagnostic.js';
import { describeFsError, displayPath } from '../files.js';
import type { ImageFile } from './model.js';
import { rasterType, readRasterHeader } from './raster-header.js';
import { svgProblem } from './svg-safety.js';

const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

const COVER_TYPES = ['image/jpeg', 'image/png'] as const;
/** EPUB 3.3 core media types for images. */
export const ARTICLE_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/svg+xml'] as const;

/** The extensions each format may be named with (EPUBCheck compares them with the content). */
const EXTENSIONS: Record<ImageFile['mediaType'], readonly string[]> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/gif': ['.gif'],
  'image/svg+xml': ['.svg'],
};

export async function loadImage(file: string, accepted: readonly string[] = COVER_TYPES): Promise<ImageFile> {
  const display = displayPath(file);
  let data: Buffer;
  try {
    const info = await stat(file);
    if (info.size > MAX_IMAGE_BYTES) throw new UserError(fileProblem(display, 'source/too-large', `is over ${MAX_IMAGE_BYTES / 1048576} MB`));
    data = await readFile(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(fileProblem(display, 'source/missing-file', `cannot be read: ${describeFsError(error)}`));
  }
  const mediaType = sniffImage(data);
  if (mediaType === undefined || !accepted.includes(mediaType)) {
    const names = accepted.map((t) => t.replace('image/', '').replace('svg+xml', 'SVG').toUpperCase());
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0];
    throw new UserError(fileProblem(display, 'source/not-an-image', `is not a ${list} image`));
  }
  const extension = path.extname(file).toLowerCase();
  if (!EXTENSIONS[mediaType].includes(extension)) {
    const format = mediaType === 'image/svg+xml' ? 'an SVG image' : `a ${mediaType.slice(6).toUpperCase()}`;
    throw new UserError(fileProblem(display, 'source/wrong-extension', `is ${format} named ${extension || 'without an extension'} — rename it to ${EXTENSIONS[mediaType][0]} and change the link`));
  }
  if (mediaType === 'image/svg+xml') {
    // An SVG is a document: no script, handler, entity or outside reference may ride into a book in one.
    const problem = svgProblem(data);
    if (problem) throw new UserError(fileProblem(display, 'source/unsafe-svg', problem));
    return { display, data, mediaType };
  }
  const header = readRasterHeader(data);
  if (!header.ok) throw new UserError(fileProblem(display, 'source/damaged-image', `${header.problem} — open it and export it again`));
  return { display, data, mediaType, width: header.width, height: header.height };
}

/** The image format its first bytes show, whatever the file is called. */
export function sniffImage(data: Uint8Array): ImageFile['mediaType'] | undefined {
  const raster = rasterType(data);
  if (raster) return raster;
  const head = Buffer.from(data.subarray(0, 256)).toString('utf8').replace(/^\uFEFF/, '');
  // An XML document (or one whose root is svg, prefixed or not): svg-safety.ts decides what it is.
  if (/<(?:[\w.-]+:)?svg[\s>/]/.test(head) || /^\s*<\?xml/.test(head)) return 'image/svg+xml';
  return undefined;
}
