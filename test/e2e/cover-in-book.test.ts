// The cover as readers and library apps get it: Calibre extracts the
// generated one from the EPUB; a maintainer's image replaces it; a wrong size
// is a warning, a missing or non-image file an error.
import { execFileSync } from 'node:child_process';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { expect, it } from 'vitest';
import { copyIssues, entryText, openEpub, runCli, tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';

function png(width: number, height: number, colour: string): Buffer {
  return Buffer.from(new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${colour}"/></svg>`).render().asPng());
}

it.skipIf(!toolAvailable('calibre'))('Calibre finds the generated cover in the EPUB (ebook-meta --get-cover)', async () => {
  const out = await tempDir();
  expect((await runCli(['build', '2024-02', '--out', out])).code).toBe(0);
  const epub = path.join(out, '2024-02', 'llxx-2024-02.epub');
  const extracted = path.join(out, 'cover-from-calibre.png');
  execFileSync('ebook-meta', [epub, `--get-cover=${extracted}`], { env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } });
  const inBook = await (await openEpub(epub)).file('OEBPS/cover.png')!.async('nodebuffer');
  const fromCalibre = await readFile(extracted);
  expect(fromCalibre.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(fromCalibre.readUInt32BE(16)).toBe(1600);
  expect(fromCalibre.readUInt32BE(20)).toBe(2560);
  expect(fromCalibre.equals(inBook)).toBe(true);
}, 120_000);

it('uses a supplied cover instead of the generated one', async () => {
  const work = await copyIssues();
  const supplied = png(1600, 2560, '#123456');
  await writeFile(path.join(work, 'issues', '2024-02', 'cover.png'), supplied);
  await appendFile(path.join(work, 'issues', '2024-02', 'issue.yaml'), 'cover: cover.png\n');
  const result = await runCli(['build', '2024-02', '--out', 'dist'], { cwd: work });
  expect(result.code, result.stderr).toBe(0);
  const book = await openEpub(path.join(work, 'dist', '2024-02', 'llxx-2024-02.epub'));
  expect((await book.file('OEBPS/cover.png')!.async('nodebuffer')).equals(supplied)).toBe(true);
  expect(await entryText(book, 'OEBPS/cover.xhtml')).toContain('viewBox="0 0 1600 2560"');
  const check = await runCli(['check', '2024-02'], { cwd: work });
  expect(check.stdout).not.toMatch(/cover-size/);
}, 60_000);

it('warns about a supplied cover of the wrong size, and still builds with it', async () => {
  const work = await copyIssues();
  await writeFile(path.join(work, 'issues', '2024-02', 'scan.png'), png(800, 600, '#654321'));
  await appendFile(path.join(work, 'issues', '2024-02', 'issue.yaml'), 'cover: scan.png\n');
  const check = await runCli(['check', '2024-02'], { cwd: work });
  expect(check.code).toBe(0);
  expect(check.stdout).toContain(
    'issues/2024-02/issue.yaml:12:1  warning  structure/cover-size  cover scan.png is 800 × 600 px; readers expect 1600 × 2560 (1:1.6) — it will be letterboxed or blurred: export it at that size, or remove cover: to use the generated one',
  );
  const result = await runCli(['build', '2024-02', '--out', 'dist'], { cwd: work });
  expect(result.code, result.stderr).toBe(0);
  const book = await openEpub(path.join(work, 'dist', '2024-02', 'llxx-2024-02.epub'));
  expect(await entryText(book, 'OEBPS/cover.xhtml')).toContain('viewBox="0 0 800 600"');
}, 60_000);

it.each([
  ['a missing cover file', async (_dir: string) => {}, 'issues/2024-02/issue.yaml:12:8  error  structure/cover-missing  cover: none.png not found in the issue folder — check the name or add the file'],
  ['a cover that is not an image', async (dir: string) => writeFile(path.join(dir, 'none.png'), 'text'), 'issues/2024-02/issue.yaml:12:8  error  source/not-an-image  cover: none.png is not a JPEG or PNG image'],
])('refuses %s with one line', async (_name, prepare, message) => {
  const work = await copyIssues();
  const dir = path.join(work, 'issues', '2024-02');
  await prepare(dir);
  await appendFile(path.join(dir, 'issue.yaml'), 'cover: none.png\n');
  const result = await runCli(['build', '2024-02', '--out', 'dist'], { cwd: work });
  expect(result.code).toBe(1);
  expect(result.stderr).toBe(`${message}\n`);
}, 60_000);
