// The stand-in the compiled CLI gives epub-gen-memory for JSZip
// (scripts/stand-ins/file-map-zip.cjs) against JSZip itself: the same calls,
// as epub-gen-memory makes them and a few more, must list the same entries in
// the same order, folders included, with the same bytes.
import { createRequire } from 'node:module';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

const FileMapZip = createRequire(import.meta.url)('../../scripts/stand-ins/file-map-zip.cjs') as new () => JSZip;

/** What epub-gen-memory's render() does with its zip, and the folder calls its fonts, images and cover add. */
function fill(zip: JSZip): void {
  zip.file('mimetype', 'application/epub+zip', { compression: 'STORE' });
  const oebps = zip.folder('OEBPS')!;
  oebps.file('style.css', 'p { text-indent: 2em; }');
  oebps.file('article-01.xhtml', '<p>学习贯彻党的二十大精神。𠮷</p>');
  zip.folder('META-INF')!.file('container.xml', '<?xml version="1.0"?><container/>');
  oebps.file('content.opf', '<package/>');
  oebps.folder('fonts')!.file('kai.otf', Buffer.from([0, 1, 0, 0, 0xff]));
  zip.folder('OEBPS')!.folder('images/')!.file('01-a.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]).subarray(1));
  zip.file('deep/er/note.txt', '一');
}

async function listing(zip: JSZip): Promise<[string, boolean, string][]> {
  return Promise.all(Object.entries(zip.files).map(async ([name, file]) => [name, file.dir, file.dir ? '' : (await file.async('nodebuffer')).toString('hex')] as [string, boolean, string]));
}

describe('the file map epub-gen-memory gets for JSZip', () => {
  it('lists the entries JSZip lists, in its order, folders included, with the same bytes', async () => {
    const real = new JSZip();
    const standIn = new FileMapZip();
    fill(real);
    fill(standIn);
    const expected = await listing(real);
    expect(expected.map(([name]) => name)).toContain('OEBPS/images/');
    expect(await listing(standIn)).toEqual(expected);
  });

  it('refuses to write a ZIP, and content that is neither text nor bytes', () => {
    const zip = new FileMapZip();
    expect(() => zip.generateAsync({ type: 'nodebuffer' })).toThrow(/not a ZIP writer/);
    expect(() => zip.file('a.bin', 42 as unknown as string)).toThrow(/text and bytes only/);
  });
});
