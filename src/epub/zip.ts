// The EPUB's ZIP container, written with Node's own zlib. epub-gen-memory
// gathers the files in a JSZip, whose deflate is pako — JavaScript, and at
// level 9 the largest single cost of a build (~70 ms of ~300, by
// `node --cpu-prof`). Native zlib does the same work in a fraction of that.
// yazl, the usual native-zlib writer, stamps entries in local time, which
// would make the bytes depend on the machine's time zone; this writer is
// small, stamps in UTC, and does only what OCF (EPUB 3.3 §4.2) needs: stored
// or deflated entries in the given order, no extra fields, no encryption.
import * as zlib from 'node:zlib';
import { ZIP_SIGNATURE } from '../zip-format.js';

export interface ZipEntry {
  /** Path in the archive; a name ending in / is a folder. */
  name: string;
  data: Buffer;
  /** Stored as is (the mimetype, and images that are compressed already). */
  store: boolean;
}

// zlib.crc32 is native but arrived in Node 20.15; earlier 20.x get the table version.
const crc32: (data: Buffer) => number = (zlib as { crc32?: (data: Buffer) => number }).crc32 ?? tableCrc32;

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as ZIP uses it), byte by byte from a 256-entry table. */
export function tableCrc32(data: Buffer): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The archive, every entry stamped with `date` (UTC, at least 1980: DOS time starts there). */
export function zipArchive(entries: readonly ZipEntry[], date: Date): Buffer {
  const { dosTime, dosDate } = dosDateTime(date);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const store = entry.store || entry.data.length === 0;
    const body = store ? entry.data : zlib.deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    const method = store ? 0 : 8;
    const version = store ? 10 : 20;
    // Bit 11: the name is UTF-8 (only set when it is not plain ASCII).
    const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : 0x0800;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(ZIP_SIGNATURE.localHeader, 0);
    local.writeUInt16LE(version, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, name, body);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(ZIP_SIGNATURE.centralHeader, 0);
    header.writeUInt16LE(version, 4); // made by: MS-DOS (0), version 1.0/2.0
    header.writeUInt16LE(version, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(dosTime, 12);
    header.writeUInt16LE(dosDate, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal attributes: 0; external: the DOS folder bit for folders.
    header.writeUInt32LE(entry.name.endsWith('/') ? 0x10 : 0, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(ZIP_SIGNATURE.endOfCentralDirectory, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

// The DOS date field holds 1980–2107; a time outside is clamped to the nearest end.
const DOS_FIRST = Date.UTC(1980, 0, 1);
const DOS_LAST = Date.UTC(2107, 11, 31, 23, 59, 58);

function dosDateTime(date: Date): { dosTime: number; dosDate: number } {
  const at = new Date(Math.min(Math.max(date.getTime(), DOS_FIRST), DOS_LAST));
  return {
    dosTime: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
    dosDate: ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}
