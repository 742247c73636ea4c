// Pixel size of a PNG, JPEG or GIF from its structure, without decoding the image.
import { readRasterHeader } from './raster-header.js';

/** Pixel size of a whole PNG, JPEG or GIF; undefined for anything else, or a damaged or truncated file. */
export function imageSize(data: Buffer): { width: number; height: number } | undefined {
  const header = readRasterHeader(data);
  return header.ok ? { width: header.width, height: header.height } : undefined;
}
