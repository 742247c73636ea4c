import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chunkTypes } from '../../src/cover/raster.js';
import { coverCacheFile, renderCover } from '../../src/cover/render.js';
import { CoverStyleSchema } from '../../src/issue/cover-style.js';
import { COVER_2024_02, STYLE_2024_02, pngHeader } from './fixtures.js';

let cacheDir: string;
let cover: Buffer;

beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'qikan-cover-test-'));
  cover = (await renderCover(COVER_2024_02, STYLE_2024_02)).data;
});
afterAll(() => rm(cacheDir, { recursive: true, force: true }));

describe('renderCover', () => {
  it('returns an sRGB PNG of 1600 × 2560 under 1 MB, as it says', async () => {
    const rendered = await renderCover(COVER_2024_02, STYLE_2024_02);
    expect(rendered).toMatchObject({ mediaType: 'image/png', extension: 'png', width: 1600, height: 2560 });
    expect(pngHeader(rendered.data)).toEqual({ signature: true, width: 1600, height: 2560 });
    expect(rendered.data.length).toBeLessThan(1024 * 1024);
    expect(chunkTypes(rendered.data)).toContain('sRGB');
  });

  it('gives identical bytes for identical inputs, also from a fresh module (no in-memory font subsets)', async () => {
    expect((await renderCover(COVER_2024_02, STYLE_2024_02)).data.equals(cover)).toBe(true);
    vi.resetModules();
    const fresh = (await import('../../src/cover/render.js')) as typeof import('../../src/cover/render.js');
    expect((await fresh.renderCover(COVER_2024_02, STYLE_2024_02)).data.equals(cover)).toBe(true);
  });

  it('draws a different image for a different issue or style', async () => {
    expect((await renderCover({ ...COVER_2024_02, issueText: '第3次' }, STYLE_2024_02)).data.equals(cover)).toBe(false);
    const blue = CoverStyleSchema.parse({ ...STYLE_2024_02, background: '#1f3b6e' });
    expect((await renderCover(COVER_2024_02, blue)).data.equals(cover)).toBe(false);
  });
});

describe('the cover cache', () => {
  const entry = () => path.join(cacheDir, coverCacheFile(COVER_2024_02, STYLE_2024_02));

  it('names an entry by the sha256 of the inputs, whatever the key order', () => {
    expect(coverCacheFile(COVER_2024_02, STYLE_2024_02)).toMatch(/^cover-[0-9a-f]{64}\.png$/);
    const reordered = Object.fromEntries(Object.entries(STYLE_2024_02).reverse()) as typeof STYLE_2024_02;
    expect(coverCacheFile(COVER_2024_02, reordered)).toBe(coverCacheFile(COVER_2024_02, STYLE_2024_02));
    expect(coverCacheFile({ ...COVER_2024_02, issueText: '第3次' }, STYLE_2024_02)).not.toBe(coverCacheFile(COVER_2024_02, STYLE_2024_02));
    expect(coverCacheFile(COVER_2024_02, { ...STYLE_2024_02, accent: '#ffffff' })).not.toBe(coverCacheFile(COVER_2024_02, STYLE_2024_02));
  });

  it('writes the render to the entry, and nothing else', async () => {
    const rendered = await renderCover(COVER_2024_02, STYLE_2024_02, { cacheDir });
    expect(rendered.data.equals(cover)).toBe(true);
    expect(await readdir(cacheDir)).toEqual([path.basename(entry())]);
    expect((await readFile(entry())).equals(cover)).toBe(true);
  });

  it('serves a second render from the entry without rendering or writing', async () => {
    // Replace the entry with a different, complete cover: only a cache hit can return it.
    const other = (await renderCover({ ...COVER_2024_02, issueText: '第9次' }, STYLE_2024_02)).data;
    await writeFile(entry(), other);
    const before = await stat(entry());
    const rendered = await renderCover(COVER_2024_02, STYLE_2024_02, { cacheDir });
    expect(rendered.data.equals(other)).toBe(true);
    expect((await stat(entry())).mtimeMs).toBe(before.mtimeMs);
    await writeFile(entry(), cover);
  });

  it.each([
    ['truncated', (png: Buffer) => png.subarray(0, png.length >> 1)],
    ['empty', () => Buffer.alloc(0)],
    ['not a PNG', () => Buffer.from('<html>oops</html>')],
    ['a PNG of the wrong size', (png: Buffer) => Buffer.concat([png.subarray(0, 16), Buffer.from([0, 0, 0, 1, 0, 0, 0, 1]), png.subarray(24)])],
  ])('re-renders and repairs an entry that is %s', async (_, corrupt) => {
    await writeFile(entry(), corrupt(cover));
    const rendered = await renderCover(COVER_2024_02, STYLE_2024_02, { cacheDir });
    expect(rendered.data.equals(cover)).toBe(true);
    expect((await readFile(entry())).equals(cover)).toBe(true);
  });

  it('creates a missing cache folder', async () => {
    const nested = path.join(cacheDir, 'a', 'b');
    await renderCover(COVER_2024_02, STYLE_2024_02, { cacheDir: nested });
    expect(await readdir(nested)).toEqual([path.basename(entry())]);
  });
});
