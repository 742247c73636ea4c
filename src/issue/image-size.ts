// Pixel size of a PNG, JPEG or GIF from its header, without decoding the image.
import { sniffImage } from './images.js';

/** Pixel size from a PNG IHDR, a JPEG SOFn header or a GIF screen descriptor. */
export function imageSize(data: Buffer): { width: number; height: number } | undefined {
  if (sniffImage(data) === 'image/gif' && data.length >= 10) return { width: data.readUInt16LE(6), height: data.readUInt16LE(8) };
  if (sniffImage(data) === 'image/png' && data.length >= 24) return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  if (sniffImage(data) === 'image/jpeg') {
    let offset = 2;
    while (offset + 9 < data.length) {
      if (data[offset] !== 0xff) return undefined;
      const marker = data[offset + 1]!;
      const length = data.readUInt16BE(offset + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
      }
      offset += 2 + length;
    }
  }
  return undefined;
}
