// ZIP bombs dressed as Word documents, imported by the real CLI under a 1 GB
// heap: each is refused in one line, in seconds, before mammoth unpacks it.
// (Before: a 6.7 MB file that inflates to 1.5 GB peaked at 3 GB; 0.5 MB of
// 3 million empty paragraphs ran Node out of heap, exit 134.)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/book.js';

const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A .docx whose word/document.xml is `documentXml` (the parts mammoth needs around it). */
async function docx(documentXml: string | Buffer): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', documentXml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Sets every central-directory "uncompressed size" to `size`: a header that lies. */
function lyingSizes(zip: Buffer, size: number): Buffer {
  const copy = Buffer.from(zip);
  for (let at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) copy.writeUInt32LE(size, at + 24);
  return copy;
}

async function importFile(data: Buffer): Promise<{ code: number; stderr: string; seconds: number }> {
  const work = await tempDir();
  const input = path.join(work, 'bomb.docx');
  await writeFile(input, data);
  await writeFile(path.join(work, 'series.yaml'), await readFile(path.join(import.meta.dirname, '../../issues/series.yaml')));
  const started = Date.now();
  const result = await runCli(['import', 'bomb.docx', '--into', '.'], { cwd: work, env: { NODE_OPTIONS: '--max-old-space-size=1024' } });
  return { code: result.code, stderr: result.stderr, seconds: (Date.now() - started) / 1000 };
}

const body = (paragraphs: string) => `<?xml version="1.0"?><w:document xmlns:w="${WORD}"><w:body>${paragraphs}</w:body></w:document>`;

describe('a .docx that would unpack without bound', () => {
  it('one that inflates to 300 MB (over the 256 MB an import unpacks)', async () => {
    const zeros = Buffer.alloc(300 * 1024 * 1024, 0x20);
    const result = await importFile(await docx(Buffer.concat([Buffer.from(body('<w:p><w:r><w:t>学习</w:t></w:r></w:p>')), zeros])));
    expect(result.stderr).toBe('bomb.docx  error  import/too-large  unpacks to more than 256 MB — not a compilation qikan can import (save the document again, or split it)\n');
    expect(result.code).toBe(1);
    expect(result.seconds).toBeLessThan(60);
  }, 120_000);

  it('one whose headers lie about its size', async () => {
    const zeros = Buffer.alloc(300 * 1024 * 1024, 0x20);
    const result = await importFile(lyingSizes(await docx(Buffer.concat([Buffer.from(body('')), zeros])), 1000));
    expect(result.stderr).toBe('bomb.docx  error  import/too-large  unpacks to more than 256 MB — not a compilation qikan can import (save the document again, or split it)\n');
    expect(result.code).toBe(1);
  }, 120_000);

  it('3 million empty paragraphs in half a megabyte', async () => {
    const bomb = await docx(body('<w:p/>'.repeat(3_000_000)));
    expect(bomb.length).toBeLessThan(512 * 1024);
    const result = await importFile(bomb);
    expect(result.stderr).toBe('bomb.docx  error  import/too-large  has 3000000 paragraphs, more than the 100000 an import reads — split the document\n');
    expect(result.code).toBe(1);
    expect(result.seconds).toBeLessThan(60);
  }, 120_000);

  it('a file that is no ZIP at all', async () => {
    const result = await importFile(Buffer.from('学习材料'));
    expect(result.stderr).toBe('bomb.docx  error  import/not-docx  is not a readable Word .docx document (not a ZIP archive) — open it in Word or WPS and save it again as .docx\n');
  }, 60_000);
});
