// The Kindle stage against real Calibre and EPUBCheck: 2024-02 built once,
// converted to AZW3 and MOBI, read back; then the same books checked
// against an issue whose text differs, which must fail and change nothing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { prepareIssueBook } from '../../src/build.js';
import { UserError } from '../../src/diagnostic.js';
import type { Issue } from '../../src/issue/model.js';
import { sniffImage } from '../../src/issue/images.js';
import type { KindleFiles } from '../../src/kindle/convert.js';
import { issueKindleBook } from '../../src/kindle/expected.js';
import { stageKindleBooks } from '../../src/kindle/convert.js';
import { kindleFormats } from '../../src/kindle/formats.js';
import { staged } from '../../src/output/staging.js';
import { writeBooks } from '../../src/kindle/kindle-books.js';
import { convertAndReadBack, readMetadata, readToc } from '../../src/kindle/read-back.js';
import { verifyKindleBook } from '../../src/kindle/verify.js';
import { tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';
import { issue202402 } from './issue-fixture.js';

const ready = toolAvailable('calibre') && toolAvailable('epubcheck');
const AZW3 = kindleFormats('中共运城开放大学总支委员会').find((f) => f.extension === 'azw3')!;
const MOBI = kindleFormats('中共运城开放大学总支委员会').find((f) => f.extension === 'mobi')!;
const NOT_IN_THE_BOOK = '这一句不在书里。';

/** The issue with one more sentence at the end of its third article. */
function withChangedText(issue: Issue): Issue {
  return { ...issue, articles: issue.articles.map((a) => (a.index === 2 ? { ...a, body: `${a.body}\n\n${NOT_IN_THE_BOOK}\n` } : a)) };
}

describe.skipIf(!ready)('Kindle books of 2024-02 (Calibre, EPUBCheck)', () => {
  let issue: Issue;
  let epubPath: string;
  let epub: Buffer;
  let files: KindleFiles;

  beforeAll(async () => {
    const outDir = await tempDir();
    ({ issue, epubPath, epub } = await prepareIssueBook(await issue202402(), { outDir }));
    files = await writeBooks(epubPath, epub, issueKindleBook(issue));
  }, 180_000);

  it('writes the EPUB with llxx-2024-02.azw3 and .mobi beside it, and no temporary file', async () => {
    expect((await readFile(epubPath)).equals(epub)).toBe(true);
    expect(path.basename(files.azw3)).toBe('llxx-2024-02.azw3');
    expect(path.basename(files.mobi)).toBe('llxx-2024-02.mobi');
    expect((await readdir(path.dirname(epubPath))).sort()).toEqual(['llxx-2024-02.azw3', 'llxx-2024-02.epub', 'llxx-2024-02.mobi']);
  });

  it.each([['azw3'], ['mobi']] as const)('the %s reads back with title, author, publisher, Chinese, series and a cover', async (extension) => {
    const metadata = await readMetadata(files[extension], await tempDir(), extension);
    expect(metadata).toMatchObject({
      title: '理论学习中心组学习资料（2024年第2次）',
      authors: ['中共运城开放大学总支委员会'],
      publisher: '中共运城开放大学总支委员会',
      languages: ['zho'],
      subjects: ['理论学习中心组学习资料'],
    });
    expect(sniffImage(metadata.cover!)).toBe('image/jpeg');
  }, 60_000);

  it('the AZW3 contents are the six articles, one level deep', async () => {
    const toc = await readToc(files.azw3, await tempDir(), 'azw3');
    expect(toc.map((n) => n.title)).toEqual(issue.articles.map((a) => a.meta.toc_title ?? a.meta.title));
    expect(toc.every((n) => n.children.length === 0)).toBe(true);
  }, 60_000);

  it.each([['azw3', AZW3], ['mobi', MOBI]] as const)('the %s passes verification', async (extension, format) => {
    expect(await verifyKindleBook(files[extension], format, issueKindleBook(issue), extension)).toEqual([]);
  }, 60_000);

  it('a book without a sentence of the issue fails verification, naming the article', async () => {
    const problems = await verifyKindleBook(files.azw3, AZW3, issueKindleBook(withChangedText(issue)), 'llxx-2024-02.azw3');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ruleId: 'kindle/text', file: issue.articles[2]!.source.display, severity: 'error' });
    expect(problems[0]!.message).toBe(`the last sentence “${NOT_IN_THE_BOOK}” is missing from llxx-2024-02.azw3`);
  }, 60_000);

  it('a failed verification changes nothing: the previous EPUB and Kindle files stay, no temporary is left', async () => {
    const folder = path.join(await tempDir(), '2024-02');
    await mkdir(folder);
    // The books of an "earlier build", which the failed one must not replace.
    const earlier = { epub: 'earlier epub', azw3: 'earlier azw3', mobi: 'earlier mobi' };
    for (const [extension, text] of Object.entries(earlier)) await writeFile(path.join(folder, `llxx-2024-02.${extension}`), text);
    const failure = writeBooks(path.join(folder, 'llxx-2024-02.epub'), epub, issueKindleBook(withChangedText(issue)));
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(/kindle\/text/);
    expect((await readdir(folder)).sort()).toEqual(['llxx-2024-02.azw3', 'llxx-2024-02.epub', 'llxx-2024-02.mobi']);
    for (const [extension, text] of Object.entries(earlier)) expect(await readFile(path.join(folder, `llxx-2024-02.${extension}`), 'utf8')).toBe(text);
  }, 120_000);

  // One Calibre process converts each book and reads it back (read-back.ts):
  // a failure of the conversion is still ebook-convert's, about the EPUB, and
  // the books of an earlier build stay as they were.
  it('an EPUB Calibre cannot convert is one problem naming the EPUB and ebook-convert, and replaces nothing', async () => {
    const folder = await tempDir();
    const broken = path.join(folder, 'broken.epub');
    await writeFile(broken, epub.subarray(0, 2048));
    await writeFile(path.join(folder, 'llxx-2024-02.azw3'), 'earlier azw3');
    const failure = staged(folder, (staging) => stageKindleBooks(staging, broken, 'dist/2024-02/llxx-2024-02.epub', issueKindleBook(issue)));
    const error = (await failure.catch((e: unknown) => e)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.diagnostics).toHaveLength(1);
    expect(error.diagnostics[0]).toMatchObject({ ruleId: 'kindle/calibre-failed', file: 'dist/2024-02/llxx-2024-02.epub' });
    expect(error.diagnostics[0]!.message).toMatch(/^ebook-convert failed \(exit \d+\): /);
    expect((await readdir(folder)).sort()).toEqual(['broken.epub', 'llxx-2024-02.azw3']);
    expect(await readFile(path.join(folder, 'llxx-2024-02.azw3'), 'utf8')).toBe('earlier azw3');
  }, 60_000);

  it('a Kindle file Calibre cannot read is one problem naming it, with the end of Calibre\'s own words', async () => {
    const damaged = path.join(await tempDir(), 'damaged.azw3');
    await writeFile(damaged, (await readFile(files.azw3)).subarray(0, 4096));
    const failure = verifyKindleBook(damaged, AZW3, issueKindleBook(issue), 'llxx-2024-02.azw3');
    await expect(failure).rejects.toBeInstanceOf(UserError);
    const error = (await failure.catch((e: unknown) => e)) as UserError;
    expect(error.diagnostics).toHaveLength(1);
    expect(error.diagnostics[0]).toMatchObject({ ruleId: 'kindle/calibre-failed', file: 'llxx-2024-02.azw3' });
    // The cause, Calibre's last words (its traceback, on stderr), ends the message.
    expect(error.diagnostics[0]!.message).toMatch(/^reading it back with Calibre \(ebook-meta, ebook-convert\) failed \(exit \d+\): .*ValueError: KF8 does not have a valid FDST record$/);
  }, 60_000);

  // Both books are made and read back by one Calibre process, one after the
  // other (read-back.ts): Calibre's start is paid once.
  it('makes and reads back both books in one Calibre process', async () => {
    const folder = await tempDir();
    const log = path.join(folder, 'calibre-runs');
    const wrapper = path.join(folder, 'bin');
    await mkdir(wrapper);
    const calibreDebug = execFileSync('sh', ['-c', 'command -v calibre-debug'], { encoding: 'utf8' }).trim();
    await writeFile(path.join(wrapper, 'calibre-debug'), `#!/bin/sh\necho run >> '${log}'\nexec '${calibreDebug}' "$@"\n`, { mode: 0o755 });
    vi.stubEnv('PATH', `${wrapper}${path.delimiter}${process.env.PATH ?? ''}`);
    try {
      const made = await writeBooks(path.join(folder, 'out', 'llxx-2024-02.epub'), epub, issueKindleBook(issue));
      expect((await readdir(path.dirname(made.azw3))).sort()).toEqual(['llxx-2024-02.azw3', 'llxx-2024-02.epub', 'llxx-2024-02.mobi']);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(await readFile(log, 'utf8')).toBe('run\n');
  }, 120_000);

  // Reproducible whatever else the process made before (read-back.ts): the books made in the
  // other order, MOBI first, are the same bytes as those writeBooks made.
  it('makes the same books, byte for byte, when the MOBI is made first', async () => {
    const workDir = await tempDir();
    const azw3 = path.join(workDir, 'llxx-2024-02.azw3');
    const mobi = path.join(workDir, 'llxx-2024-02.mobi');
    const conversions = [
      { flags: MOBI.flags, book: mobi, shownAs: 'mobi' },
      { flags: AZW3.flags, book: azw3, shownAs: 'azw3' },
    ];
    await convertAndReadBack(epubPath, conversions, workDir, 'epub');
    expect((await readFile(mobi)).equals(await readFile(files.mobi)), 'MOBI').toBe(true);
    expect((await readFile(azw3)).equals(await readFile(files.azw3)), 'AZW3').toBe(true);
  }, 120_000);

  // SOURCE_DATE_EPOCH may go to 2107 (ZIP's last year); the Palm database's dates end in 2106.
  it('a book dated past 2106 still converts, its Kindle dates the last the Palm database can hold', async () => {
    const { epubPath: late, epub: lateEpub } = await prepareIssueBook(await issue202402(), { outDir: await tempDir(), sourceDateEpoch: '4300000000' });
    const made = await writeBooks(late, lateEpub, issueKindleBook(issue));
    for (const book of [made.azw3, made.mobi]) {
      const header = await readFile(book);
      expect([header.readUInt32BE(36), header.readUInt32BE(40)], path.basename(book)).toEqual([0xffffffff, 0xffffffff]);
    }
  }, 120_000);

  it('a second conversion that fails is ebook-convert\'s problem about the EPUB; the first book is made and read back', async () => {
    const workDir = await tempDir();
    const first = path.join(workDir, 'first.azw3');
    const second = path.join(workDir, 'second.mobi');
    const failure = convertAndReadBack(
      epubPath,
      [
        { flags: AZW3.flags, book: first, shownAs: 'first.azw3' },
        { flags: ['--no-such-option'], book: second, shownAs: 'second.mobi' },
      ],
      workDir,
      'dist/2024-02/llxx-2024-02.epub',
    );
    const error = (await failure.catch((e: unknown) => e)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.diagnostics.map((d) => [d.file, d.ruleId])).toEqual([['dist/2024-02/llxx-2024-02.epub', 'kindle/calibre-failed']]);
    expect(error.diagnostics[0]!.message).toMatch(/^ebook-convert failed \(exit \d+\): .*no such option/i);
    expect(existsSync(second)).toBe(false);
    // The first book's read-back is there: it verifies with no Calibre on PATH.
    vi.stubEnv('PATH', await tempDir());
    try {
      expect(await verifyKindleBook(first, AZW3, issueKindleBook(issue), 'first.azw3', workDir)).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
  }, 120_000);
});
