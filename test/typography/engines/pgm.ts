// Binary greyscale PNM (P5), as `mutool draw -c gray` writes it: the rasters
// the glyph-form measure reads the ink of ，and 。 from.
import type { GreyImage } from '../measures/glyph-forms.js';

export function parsePgm(data: Buffer): GreyImage {
  // Header: P5 <white space> width <ws> height <ws> maxval <one ws> pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM (P5) image');
  const [whole, width, height, maxval] = header;
  if (Number(maxval) !== 255) throw new Error(`PGM with maxval ${maxval}: only 8-bit images are read`);
  const start = Buffer.byteLength(whole!, 'latin1');
  return { width: Number(width), height: Number(height), pixels: new Uint8Array(data.subarray(start, start + Number(width) * Number(height))) };
}
