// A .docx is a ZIP: a few MB can unpack to gigabytes (a 6.7 MB file inflated
// to 1.5 GB and took mammoth to 3 GB), or hold millions of empty paragraphs
// in half a megabyte (Node ran out of heap). Before mammoth sees the file,
// its central directory is read, every entry is inflated once with a bound
// on its output (a header may lie about the size), and the paragraphs of the
// main document are counted. (APPNOTE.TXT, the ZIP format: §4.3.12 central
// directory header, §4.3.7 local file header, §4.3.16 end of central directory.)
import { inflateRawSync } from 'node:zlib';
import { ZIP_SIGNATURE } from '../../zip-format.js';

/** What a month's compilation with its pictures needs, many times over. */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
const MAX_ENTRIES = 10_000;
/** The 2024-02 compilation has a few hundred; an article of 100,000 paragraphs still builds. */
const MAX_PARAGRAPHS = 100_000;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Why the .docx may not be unpacked (a clause after the file's name), or undefined. */
export function docxBoundsProblem(bytes: Buffer): string | undefined {
  const entries = centralDirectory(bytes);
  if (typeof entries === 'string') return entries;
  if (entries.length > MAX_ENTRIES) return `holds ${entries.length} files, more than the ${MAX_ENTRIES} a Word document can need`;
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > MAX_UNPACKED_BYTES) return tooLarge();
  let unpacked = 0;
  for (const entry of entries) {
    const data = inflate(bytes, entry, MAX_UNPACKED_BYTES - unpacked);
    if (typeof data === 'string') return data;
    unpacked += data.length;
    if (entry.name === 'word/document.xml') {
      const paragraphs = countParagraphs(data);
      if (paragraphs > MAX_PARAGRAPHS) return `has ${paragraphs} paragraphs, more than the ${MAX_PARAGRAPHS} an import reads — split the document`;
    }
  }
  return undefined;
}

function tooLarge(): string {
  return `unpacks to more than ${MAX_UNPACKED_BYTES / 1048576} MB — not a compilation qikan can import (save the document again, or split it)`;
}

function centralDirectory(bytes: Buffer): Entry[] | string {
  const damaged = 'is not a readable ZIP archive';
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (bytes.readUInt32LE(at) === ZIP_SIGNATURE.endOfCentralDirectory) {
      end = at;
      break;
    }
  }
  if (end < 0) return damaged;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) return 'is a ZIP64 archive, larger than any Word document — save it again';
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== ZIP_SIGNATURE.centralHeader) return damaged;
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** An entry's bytes, inflated with at most `room` bytes of output; a clause when it cannot be, or would be more. */
function inflate(bytes: Buffer, entry: Entry, room: number): Buffer | string {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== ZIP_SIGNATURE.localHeader) return 'is not a readable ZIP archive';
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const raw = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return raw;
  if (entry.method !== 8) return `holds ${entry.name} compressed in a way Word does not use (method ${entry.method})`;
  try {
    // One byte over the room tells "more" from "exactly as much".
    const data = inflateRawSync(raw, { maxOutputLength: Math.max(1, room + 1) });
    return data.length > room ? tooLarge() : data;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return tooLarge();
    return 'is not a readable ZIP archive';
  }
}

/** `<w:p>` and `<w:p …>` start tags (not `<w:pPr>`, `<w:proofErr>`). */
function countParagraphs(xml: Buffer): number {
  let count = 0;
  const tag = Buffer.from('<w:p');
  for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + 4)) {
    const next = xml[at + 4];
    if (next === 0x3e || next === 0x20 || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) count++;
  }
  return count;
}
