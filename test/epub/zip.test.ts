// zip.ts against independent readers: JSZip and Info-ZIP's `unzip -t` must
// read back every entry with its bytes, method and UTC time stamp.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { tableCrc32, zipArchive, type ZipEntry } from '../../src/epub/zip.js';
import { tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';

const ENTRIES: ZipEntry[] = [
  { name: 'mimetype', data: Buffer.from('application/epub+zip'), store: true },
  { name: 'OEBPS/', data: Buffer.alloc(0), store: false },
  { name: 'OEBPS/article-01.xhtml', data: Buffer.from('<p>学习贯彻党的二十大精神。</p>\n'.repeat(200)), store: false },
  { name: 'OEBPS/images/01-a.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), store: true },
];
const DATE = new Date('2024-02-08T09:30:42Z');

describe('zipArchive', () => {
  it('reads back in JSZip: same names in order, same bytes, the UTC time (to DOS’s two seconds)', async () => {
    const zip = await JSZip.loadAsync(zipArchive(ENTRIES, DATE));
    expect(Object.keys(zip.files)).toEqual(ENTRIES.map((e) => e.name));
    for (const entry of ENTRIES) {
      const file = zip.file(entry.name.replace(/\/$/, '')) ?? zip.files[entry.name]!;
      if (!file.dir) expect((await file.async('nodebuffer')).equals(entry.data)).toBe(true);
      expect(file.date.toISOString()).toBe('2024-02-08T09:30:42.000Z');
    }
  });

  it('stores the mimetype first, uncompressed, with no extra field (EPUB 3.3 OCF), and deflates text', () => {
    const bytes = zipArchive(ENTRIES, DATE);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0); // method: stored
    expect(bytes.readUInt16LE(28)).toBe(0); // extra field length
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.subarray(38, 58).toString()).toBe('application/epub+zip');
    expect(bytes.length).toBeLessThan(ENTRIES[2]!.data.length / 4);
  });

  it('is the same bytes every time, and clamps a time outside 1980–2107 (what the DOS date can hold)', async () => {
    expect(zipArchive(ENTRIES, DATE).equals(zipArchive(ENTRIES, new Date(DATE)))).toBe(true);
    const early = await JSZip.loadAsync(zipArchive(ENTRIES, new Date(0)));
    expect(early.files.mimetype!.date.toISOString()).toBe('1980-01-01T00:00:00.000Z');
    const late = await JSZip.loadAsync(zipArchive(ENTRIES, new Date('2150-01-01T00:00:00Z')));
    expect(late.files.mimetype!.date.toISOString()).toBe('2107-12-31T23:59:58.000Z');
  });

  it.skipIf(!toolAvailable('unzip'))('passes Info-ZIP’s integrity test', async () => {
    const file = path.join(await tempDir(), 'test.zip');
    await writeFile(file, zipArchive(ENTRIES, DATE));
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });
});

describe('tableCrc32 (the CRC for Node 20 before 20.15, which lacks zlib.crc32)', () => {
  it('agrees with zlib.crc32 and the standard check value', () => {
    expect(tableCrc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    for (const data of [Buffer.alloc(0), Buffer.from('application/epub+zip'), Buffer.from('学习资料𠮷'.repeat(1000)), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) & 0xff))]) {
      expect(tableCrc32(data)).toBe(crc32(data));
    }
  });
});
