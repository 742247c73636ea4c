// Image files a source names (an article's figures, a supplied cover): read,
// recognised by their content, and refused when they could carry script.
import { readFile, stat } from 'node:fs/promises';
import { fileProblem, UserError } from '../diagnostic.js';
import { describeFsError, displayPath } from '../files.js';
import type { ImageFile } from './model.js';

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

const COVER_TYPES = ['image/jpeg', 'image/png'] as const;
/** EPUB 3.3 core media types for images. */
export const ARTICLE_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/svg+xml'] as const;

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
  // An SVG is a document: no script, handler or javascript: URL may ride into a book in one.
  if (mediaType === 'image/svg+xml' && /<script|\son[a-z]+\s*=|javascript:|<foreignObject/i.test(data.toString('utf8'))) {
    throw new UserError(fileProblem(display, 'source/unsafe-svg', 'contains script, event handlers or embedded HTML — export it again as a plain SVG (or PNG)'));
  }
  return { display, data, mediaType: mediaType as ImageFile['mediaType'] };
}

/** The image format its first bytes show, whatever the file is called. */
export function sniffImage(data: Uint8Array): string | undefined {
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'image/png';
  if (data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46) return 'image/gif';
  const head = Buffer.from(data.subarray(0, 256)).toString('utf8');
  if (/<svg[\s>]/.test(head) || /^\s*<\?xml/.test(head)) return 'image/svg+xml';
  return undefined;
}
