// Image headers read by walking each format's structure: size, format,
// and whether the file is whole. Sizes below are those written into the
// fixtures, not read back by the code under test.
import { describe, expect, it } from 'vitest';
import { readRasterHeader } from '../../src/issue/raster-header.js';
import { tinyPng } from '../import/tiny-png.js';
import { gif, jpeg, resizedPng } from '../helpers/images.js';

describe('readRasterHeader', () => {
  it.each([
    ['a baseline JPEG', jpeg({ width: 640, height: 480 }), 'image/jpeg', 640, 480],
    ['a progressive JPEG', jpeg({ width: 1200, height: 900, progressive: true }), 'image/jpeg', 1200, 900],
    ['a JPEG with fill bytes before its first marker (ITU T.81 §B.1.1.2)', jpeg({ width: 30000, height: 30000, fill: 1 }), 'image/jpeg', 30000, 30000],
    ['a JPEG with many fill bytes', jpeg({ width: 3000, height: 2000, fill: 7 }), 'image/jpeg', 3000, 2000],
    ['a PNG', tinyPng(), 'image/png', 2, 2],
    ['a PNG whose header claims 30000 × 30000', resizedPng(tinyPng(), 30000, 30000), 'image/png', 30000, 30000],
    ['a GIF', gif(320, 200), 'image/gif', 320, 200],
  ])('%s', (_name, data, mediaType, width, height) => {
    expect(readRasterHeader(data)).toEqual({ ok: true, mediaType, width, height });
  });

  it.each([
    ['a JPEG cut in its scan', jpeg().subarray(0, 140), 'is a truncated JPEG (the file ends before the image does)'],
    ['a JPEG cut in its header', jpeg().subarray(0, 30), 'is a truncated JPEG (the file ends before the image does)'],
    ['a progressive JPEG cut between scans', jpeg({ progressive: true }).subarray(0, 200), 'is a truncated JPEG (the file ends before the image does)'],
    ['a JPEG of 0 × 8', jpeg({ width: 0 }), 'is a damaged JPEG (its size is 0 × 8 px)'],
    ['a PNG without IEND', tinyPng().subarray(0, tinyPng().length - 12), 'is a truncated PNG (the file ends before the image does)'],
    ['a GIF without its trailer', gif().subarray(0, gif().length - 1), 'is a truncated GIF (the file ends before the image does)'],
    ['a GIF cut in its frame', gif().subarray(0, 30), 'is a truncated GIF (the file ends before the image does)'],
    ['text', Buffer.from('not an image'), 'is not a JPEG, PNG or GIF image'],
  ])('%s', (_name, data, problem) => {
    expect(readRasterHeader(Buffer.from(data))).toEqual({ ok: false, problem });
  });
});
