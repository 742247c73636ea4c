import { describe, expect, it } from 'vitest';
import { subsetNotoSerif } from '../../src/cover/fonts.js';
import { chunkTypes, pngSize, rasterise, withSrgbChunk } from '../../src/cover/raster.js';

const page = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150"><rect width="300" height="150" fill="#ffffff"/>${body}</svg>`;
const word = (weight: number) => `<text x="20" y="110" font-family="Noto Serif SC" font-weight="${weight}" font-size="100">学习</text>`;

describe('rasterise', () => {
  // This machine has Noto CJK system fonts; if resvg were loading them (as it
  // silently does when handed an option it does not know, e.g. `fontBuffers`),
  // the text would be drawn here.
  it('draws text only with the fonts handed in, never system fonts', async () => {
    const blank = rasterise(page(''), []);
    expect(rasterise(page(word(900)), [])).toEqual(blank);
    expect(rasterise(page(word(900)), [await subsetNotoSerif(900, '学习')])).not.toEqual(blank);
  });

  it('picks the subset of the requested weight when several are loaded', async () => {
    const black = await subsetNotoSerif(900, '学习');
    const medium = await subsetNotoSerif(500, '学习');
    const both = [medium, black];
    expect(rasterise(page(word(900)), both)).toEqual(rasterise(page(word(900)), [black]));
    expect(rasterise(page(word(500)), both)).toEqual(rasterise(page(word(500)), [medium]));
    expect(rasterise(page(word(900)), both)).not.toEqual(rasterise(page(word(500)), both));
  });

  it('scales to a requested width', () => {
    expect(pngSize(rasterise(page(''), [], { width: 150 }))).toEqual({ width: 150, height: 75 });
  });
});

describe('PNG chunks', () => {
  it('tags the PNG as sRGB right after IHDR, once', () => {
    const png = rasterise(page(''), []);
    expect(chunkTypes(png).slice(0, 2)).toEqual(['IHDR', 'sRGB']);
    expect(chunkTypes(png).filter((type) => type === 'sRGB')).toHaveLength(1);
    expect(withSrgbChunk(png)).toBe(png);
  });

  it('writes a correct CRC for the sRGB chunk', () => {
    const png = rasterise(page(''), []);
    const at = 8 + 25; // signature, then IHDR: length, type, 13 bytes of data, CRC
    expect(png.toString('latin1', at + 4, at + 8)).toBe('sRGB');
    // CRC-32 of "sRGB" + 0x00 (rendering intent: perceptual), from the PNG spec's algorithm.
    expect(png.readUInt32BE(at + 9)).toBe(0xaece1ce9);
  });

  it('reads the size of a complete PNG only', () => {
    const png = rasterise(page(''), []);
    expect(pngSize(png)).toEqual({ width: 300, height: 150 });
    expect(pngSize(png.subarray(0, png.length - 1))).toBeUndefined();
    expect(pngSize(Buffer.from('not a png at all, not a png at all, not a png'))).toBeUndefined();
  });
});
