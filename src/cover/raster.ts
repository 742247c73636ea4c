// SVG → PNG with resvg, using only the fonts handed in.
//
// The fonts go to resvg as files, not as `fontBuffers`: in @resvg/resvg-js
// 2.6.2 `fontBuffers` exists only in the Wasm build. The native binding's
// options parser does not know the key, rejects the whole `font` object and
// falls back to its defaults — which load the system fonts, so the cover would
// silently be set in whatever CJK font the machine has (tested; see
// test/cover/raster.test.ts). Writing the few-KB subsets to a private temporary
// folder costs well under a millisecond.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from '../builtins.js';
import { FONT_FAMILY } from './fonts.js';

// Loaded on first use: a build whose cover comes from the cache never needs it.
const require = createRequire(import.meta.url);
let resvgModule: typeof import('@resvg/resvg-js') | undefined;

export interface RasteriseOptions {
  /** Scale the image to this width (a thumbnail); default: the SVG's own size. */
  width?: number;
}

/**
 * Synchronous on purpose, file writes included. resvg's renderAsync costs
 * ~400 ms of start-up on its first call against ~100 ms for render + PNG. And
 * with no event-loop turn between subsetting and rasterising, V8's background
 * optimising compile of the harfbuzz Wasm (started by the first subset) runs
 * alongside the raster instead of holding up the next turn of the loop.
 */
export function rasterise(svg: string, fonts: Buffer[], options: RasteriseOptions = {}): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qikan-cover-fonts-'));
  try {
    const fontFiles = fonts.map((font, i) => {
      const file = path.join(dir, `${i}.ttf`);
      writeFileSync(file, font);
      return file;
    });
    resvgModule ??= require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
    const resvg = new resvgModule.Resvg(svg, {
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
      fitTo: options.width === undefined ? { mode: 'original' } : { mode: 'width', value: options.width },
      shapeRendering: 2, // geometricPrecision: anti-aliased frame and band edges
      textRendering: 1, // optimizeLegibility
      logLevel: 'off',
    });
    return withSrgbChunk(resvg.render().asPng());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * resvg writes no colour-space chunk. Readers assume sRGB for an untagged PNG
 * anyway, but saying so costs 13 bytes and removes the guess (PNG spec §11.3.3.5:
 * sRGB goes before PLTE and IDAT; IHDR is always the first chunk, 33 bytes in).
 */
export function withSrgbChunk(png: Buffer): Buffer {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE) || chunkTypes(png).includes('sRGB')) return png;
  const afterIhdr = 8 + 8 + png.readUInt32BE(8) + 4;
  return Buffer.concat([png.subarray(0, afterIhdr), pngChunk('sRGB', Buffer.from([0])), png.subarray(afterIhdr)]);
}

/** Chunk types of a PNG, in order (the walk stops at a truncated chunk). */
export function chunkTypes(png: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at + 8 <= png.length; at += 12 + png.readUInt32BE(at)) types.push(png.toString('latin1', at + 4, at + 8));
  return types;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** CRC-32 as PNG uses it (ISO 3309); zlib.crc32 only arrived in Node 20.15. */
function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Width and height of a complete PNG (signature, IHDR and a final IEND), else undefined. */
export function pngSize(png: Buffer): { width: number; height: number } | undefined {
  const iend = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
  if (png.length < 45 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  if (png.toString('latin1', 12, 16) !== 'IHDR' || !png.subarray(png.length - 12).equals(iend)) return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
