// What a JPEG, PNG or GIF file holds, read from its structure without
// decoding a pixel: the format, the pixel size, and whether the file is whole.
// Each reader walks the file's own segments, chunks or blocks, so a legal
// fill byte before a JPEG marker, a progressive JPEG, an animated GIF or a
// cut-off download is read as what it is (a regex over the first bytes let a
// fill byte hide a 30000-px image, and a truncated file reach EPUBCheck).

export type RasterType = 'image/jpeg' | 'image/png' | 'image/gif';

export type RasterHeader = { ok: true; mediaType: RasterType; width: number; height: number } | { ok: false; problem: string };

/** The raster format the first bytes announce, whatever the file is called. */
export function rasterType(data: Uint8Array): RasterType | undefined {
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'image/png';
  if (data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46) return 'image/gif';
  return undefined;
}

export function readRasterHeader(data: Buffer): RasterHeader {
  const type = rasterType(data);
  if (type === 'image/jpeg') return jpegHeader(data);
  if (type === 'image/png') return pngHeader(data);
  if (type === 'image/gif') return gifHeader(data);
  return { ok: false, problem: 'is not a JPEG, PNG or GIF image' };
}

const TRUNCATED = (format: string) => ({ ok: false as const, problem: `is a truncated ${format} (the file ends before the image does)` });
const CORRUPT = (format: string, what: string) => ({ ok: false as const, problem: `is a damaged ${format} (${what})` });

function sized(mediaType: RasterType, width: number, height: number, format: string): RasterHeader {
  if (width === 0 || height === 0) return CORRUPT(format, `its size is ${width} × ${height} px`);
  return { ok: true, mediaType, width, height };
}

// ITU T.81 §B.1.1.2: any marker may be preceded by fill bytes 0xFF; SOI, EOI,
// RSTn and TEM stand alone, every other marker has a 2-byte length.
const STANDALONE = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8);
// Start of frame, every coding process (not DHT C4, JPG C8, DAC CC).
const SOF = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegHeader(data: Buffer): RasterHeader {
  let size: [number, number] | undefined;
  let at = 2;
  for (;;) {
    if (at >= data.length) return TRUNCATED('JPEG');
    if (data[at] !== 0xff) return CORRUPT('JPEG', `no marker at byte ${at}`);
    while (data[at] === 0xff) at++;
    if (at >= data.length) return TRUNCATED('JPEG');
    const marker = data[at++]!;
    if (STANDALONE(marker)) continue;
    if (marker === 0xd9) return CORRUPT('JPEG', 'it ends before its first scan');
    if (at + 2 > data.length) return TRUNCATED('JPEG');
    const length = data.readUInt16BE(at);
    if (length < 2) return CORRUPT('JPEG', `a segment of length ${length}`);
    if (at + length > data.length) return TRUNCATED('JPEG');
    if (SOF(marker)) {
      if (length < 7) return CORRUPT('JPEG', 'a frame header too short');
      size = [data.readUInt16BE(at + 5), data.readUInt16BE(at + 3)];
    }
    if (marker === 0xda) {
      if (!size) return CORRUPT('JPEG', 'a scan before its frame header');
      // The entropy-coded data runs to the end of image marker (a progressive
      // JPEG has several scans before it); a file cut short has none.
      if (data.lastIndexOf(Buffer.from([0xff, 0xd9])) < at + length) return TRUNCATED('JPEG');
      return sized('image/jpeg', size[0], size[1], 'JPEG');
    }
    at += length;
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG §5.3: chunks of length, type, data and CRC, IHDR first, IEND last. */
function pngHeader(data: Buffer): RasterHeader {
  if (data.length < 8 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) return CORRUPT('PNG', 'its signature is wrong');
  if (data.length < 33) return TRUNCATED('PNG');
  if (data.toString('latin1', 12, 16) !== 'IHDR') return CORRUPT('PNG', 'its first chunk is not IHDR');
  let at = 8;
  while (at + 12 <= data.length) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > data.length) break;
    if (type === 'IEND') return sized('image/png', data.readUInt32BE(16), data.readUInt32BE(20), 'PNG');
    at += 12 + length;
  }
  return TRUNCATED('PNG');
}

/** GIF89a: header, screen descriptor, then extensions and images of sub-blocks, to the trailer 0x3B. */
function gifHeader(data: Buffer): RasterHeader {
  const signature = data.toString('latin1', 0, 6);
  if (signature !== 'GIF87a' && signature !== 'GIF89a') return CORRUPT('GIF', 'its signature is wrong');
  if (data.length < 13) return TRUNCATED('GIF');
  // A frame may reach past the logical screen: the size is what any frame covers.
  let width = data.readUInt16LE(6);
  let height = data.readUInt16LE(8);
  let at = 13 + colourTable(data[10]!);
  let frames = 0;
  for (;;) {
    if (at >= data.length) return TRUNCATED('GIF');
    const block = data[at]!;
    if (block === 0x3b) return frames > 0 ? sized('image/gif', width, height, 'GIF') : CORRUPT('GIF', 'it has no image');
    if (block === 0x21) at = subBlocks(data, at + 2);
    else if (block === 0x2c) {
      if (at + 10 > data.length) return TRUNCATED('GIF');
      width = Math.max(width, data.readUInt16LE(at + 1) + data.readUInt16LE(at + 5));
      height = Math.max(height, data.readUInt16LE(at + 3) + data.readUInt16LE(at + 7));
      at = subBlocks(data, at + 10 + colourTable(data[at + 9]!) + 1);
      frames++;
    } else return CORRUPT('GIF', `an unknown block 0x${block.toString(16)} at byte ${at}`);
    if (at < 0) return TRUNCATED('GIF');
  }
}

function colourTable(flags: number): number {
  return flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0;
}

/** Past a run of sub-blocks (size byte, data; a size 0 ends it); -1 when the file ends first. */
function subBlocks(data: Buffer, from: number): number {
  let at = from;
  while (at < data.length) {
    const size = data[at]!;
    at += 1 + size;
    if (size === 0) return at;
  }
  return -1;
}
