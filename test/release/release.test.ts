// `releaseIssue` end to end with real EPUBCheck and Calibre: the 2024-02
// release folder holds exactly the four assets, the notes and the manifest,
// the checksums check with coreutils, and an EPUB that fails EPUBCheck
// changes nothing (though Calibre converted it meanwhile).
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostic.js';
import { displayPath } from '../../src/files.js';
import { issueKindleBook } from '../../src/kindle/expected.js';
import type { Issue } from '../../src/issue/model.js';
import { issueReleaseText } from '../../src/release/notes.js';
import { releaseBook, releaseIssue, type ReleaseResult } from '../../src/release/release.js';
import { openEpub, tempDir } from '../helpers/book.js';
import { hasCommand, toolAvailable } from '../helpers/tools.js';
import { issue202402 } from '../kindle/issue-fixture.js';

const ready = toolAvailable('calibre') && toolAvailable('epubcheck');

describe.skipIf(!ready)('releaseIssue 2024-02 (EPUBCheck, Calibre)', () => {
  let result: ReleaseResult & { issue: Issue };
  let folder: string;
  let notes: string;

  beforeAll(async () => {
    const outDir = await tempDir();
    result = await releaseIssue(await issue202402(), outDir);
    folder = path.join(outDir, '2024-02');
    notes = await readFile(result.notes, 'utf8');
  }, 180_000);

  it('makes exactly the four ASCII-named assets, plus the notes and the manifest, in <outDir>/<id>/', async () => {
    expect(result.assets.map((a) => path.basename(a))).toEqual(['llxx-2024-02.epub', 'llxx-2024-02.azw3', 'llxx-2024-02.mobi', 'SHA256SUMS']);
    expect(result.assets.every((a) => path.dirname(a) === folder)).toBe(true);
    expect(path.basename(result.notes)).toBe('release-notes.md');
    expect((await readdir(folder)).sort()).toEqual(['SHA256SUMS', 'llxx-2024-02.azw3', 'llxx-2024-02.epub', 'llxx-2024-02.mobi', 'release-notes.md', 'release.json']);
  });

  it('release.json names the tag, the plain title, the notes and the assets for the workflow', async () => {
    expect(JSON.parse(await readFile(path.join(folder, 'release.json'), 'utf8'))).toEqual({
      tag: '2024-02',
      title: '《理论学习中心组学习资料》2024年第2次',
      notes: 'release-notes.md',
      assets: ['llxx-2024-02.epub', 'llxx-2024-02.azw3', 'llxx-2024-02.mobi', 'SHA256SUMS'],
    });
  });

  it('SHA256SUMS passes `sha256sum -c` run inside the folder', (context) => {
    if (!hasCommand('sha256sum')) return context.skip();
    const output = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
    expect(output).toBe('llxx-2024-02.epub: OK\nllxx-2024-02.azw3: OK\nllxx-2024-02.mobi: OK\n');
  });

  it('the notes have the title, every article, the files for each device and the checksums', async () => {
    expect(notes.split('\n')[0]).toBe('# 《理论学习中心组学习资料》2024年第2次');
    for (const article of result.issue.articles) expect(notes).toContain(article.meta.toc_title ?? article.meta.title);
    for (const reader of ['Apple Books', 'Kobo', '微信读书', '掌阅', 'Send to Kindle', 'USB', '2012']) expect(notes).toContain(reader);
    expect(notes).toContain((await readFile(path.join(folder, 'SHA256SUMS'), 'utf8')).trimEnd());
  });

  // The Kindle books are reproducible too (src/kindle/read-back.ts): a re-run
  // of a release publishes the same files under the same checksums.
  it('the same sources release the same books, byte for byte, dated by the sources and not by the clock', async () => {
    const again = await releaseIssue(await issue202402(), await tempDir());
    for (const [index, asset] of result.assets.entries()) {
      expect((await readFile(again.assets[index]!)).equals(await readFile(asset)), path.basename(asset)).toBe(true);
    }
    // The Palm database's creation and modification dates: the issue's date (2024-02), not today.
    for (const book of result.assets.slice(1, 3)) {
      const header = await readFile(book);
      expect([header.readUInt32BE(36), header.readUInt32BE(40)], path.basename(book)).toEqual([Date.UTC(2024, 1, 1) / 1000, Date.UTC(2024, 1, 1) / 1000]);
    }
  }, 180_000);

  it('an EPUB that fails EPUBCheck changes nothing: the previous release stays whole, no temporary is left', async () => {
    const bad = path.join(await tempDir(), '2024-02');
    await mkdir(bad);
    // The previous, good release, which a failed run must leave exactly as it was.
    const previous = [...result.assets, result.notes, result.manifest];
    for (const file of previous) await copyFile(file, path.join(bad, path.basename(file)));
    const epub = path.join(bad, 'llxx-2024-02.epub');

    const { issue } = result;
    const failure = releaseBook({ tag: issue.id, epubPath: epub, epub: await withoutArticle(result.assets[0]!), kindle: issueKindleBook(issue), text: issueReleaseText(issue) });
    await expect(failure).rejects.toBeInstanceOf(UserError);
    const error = await failure.catch((e: unknown) => e as UserError);
    expect(error.diagnostics.length).toBeGreaterThan(0);
    expect(error.diagnostics.every((d) => d.ruleId.startsWith('epubcheck/'))).toBe(true);
    // Named as the book, not as the temporary it was checked under.
    expect(error.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'epubcheck/RSC-001', file: displayPath(epub), message: expect.stringContaining('OEBPS/article-03.xhtml') }));
    expect((await readdir(bad)).sort()).toEqual(previous.map((file) => path.basename(file)).sort());
    for (const file of previous) expect((await readFile(path.join(bad, path.basename(file)))).equals(await readFile(file))).toBe(true);
  }, 120_000);
});

/** The built EPUB with article 3 deleted: its manifest entry now points at nothing (EPUBCheck RSC-001). */
async function withoutArticle(epubPath: string): Promise<Buffer> {
  const zip = await openEpub(epubPath);
  zip.remove('OEBPS/article-03.xhtml');
  // EPUB 3.3 §4.2.2: mimetype stays first and stored, so the only error is the one we made.
  zip.file('mimetype', 'application/epub+zip', { compression: 'STORE' });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
