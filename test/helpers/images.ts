// Small, real image files for the image tests, made here so that no binary
// fixture is needed. The JPEGs were written by libjpeg-turbo's cjpeg from an
// 8 × 8 grey image (baseline with -optimize, and -progressive); a size is
// set by rewriting the frame header, as a bomb would.

const BASELINE = '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/wAALCAAIAAgBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z';
const PROGRESSIVE =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/wgALCAAIAAgBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQAAAAF//8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABBQJ//8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQAGPwJ//8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPyF//9oACAEBAAAAEH//xAAUEAEAAAAAAAAAAAAAAAAAAAAA/9oACAEBAAE/EH//2Q==';

/** A JPEG whose frame header says width × height (8 × 8 by default); `fill` 0xFF bytes before its first marker after SOI. */
export function jpeg(options: { width?: number; height?: number; progressive?: boolean; fill?: number } = {}): Buffer {
  const data = Buffer.from(options.progressive ? PROGRESSIVE : BASELINE, 'base64');
  const sof = data.indexOf(Buffer.from([0xff, options.progressive ? 0xc2 : 0xc0]));
  data.writeUInt16BE(options.height ?? 8, sof + 5);
  data.writeUInt16BE(options.width ?? 8, sof + 7);
  return Buffer.concat([data.subarray(0, 2), Buffer.alloc(options.fill ?? 0, 0xff), data.subarray(2)]);
}

/** A GIF89a whose logical screen is width × height, holding one 1 × 1 frame (the classic smallest GIF). */
export function gif(width = 1, height = 1): Buffer {
  const screen = Buffer.alloc(4);
  screen.writeUInt16LE(width, 0);
  screen.writeUInt16LE(height, 2);
  return Buffer.concat([
    Buffer.from('GIF89a', 'ascii'),
    screen,
    Buffer.from([0x80, 0x00, 0x00]), // a global colour table of two colours
    Buffer.from([0x00, 0x00, 0x00, 0xff, 0xff, 0xff]),
    Buffer.from([0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0x00]), // image descriptor: 1 × 1 at 0,0
    Buffer.from([0x02, 0x02, 0x44, 0x01, 0x00]), // LZW minimum code size, one sub-block, terminator
    Buffer.from([0x3b]),
  ]);
}

/** A PNG (the given one, or any) with its IHDR rewritten to width × height: the header a decoder would trust. */
export function resizedPng(png: Buffer, width: number, height: number): Buffer {
  const copy = Buffer.from(png);
  copy.writeUInt32BE(width, 16);
  copy.writeUInt32BE(height, 20);
  return copy;
}
