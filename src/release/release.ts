// `qikan release 2024-02` and `qikan release 2024`: everything a GitHub
// release of one issue — or of a year's 合订本 — needs, made and verified
// locally in <outDir>/<id>/; the workflow only uploads what release.json names.
//   build EPUB → EPUBCheck ∥ Ace ∥ AZW3 + MOBI, read back → SHA256SUMS →
//   release-notes.md → release.json
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { prepareAnnual } from '../annual/build-annual.js';
import { issueRangeText } from '../annual/compose-annual.js';
import { annualKindleBook } from '../annual/kindle-book.js';
import { CHECKSUMS_FILE, MANIFEST_FILE, NOTES_FILE } from '../book-files.js';
import { prepareIssueBook } from '../build.js';
import type { Issue } from '../issue/model.js';
import { issueKindleBook, type KindleBook } from '../kindle/expected.js';
import { stageBooks } from '../kindle/kindle-books.js';
import { staged, type Staging } from '../output/staging.js';
import { checksumsText, sha256Of, type FileChecksum } from './checksums.js';
import { manifestText, releaseManifest } from './manifest.js';
import { annualReleaseText, issueReleaseText, releaseNotes, type ReleaseText } from './notes.js';

export interface ReleaseOptions {
  /** As for `qikan build`: pins dcterms:modified for a reproducible EPUB. */
  sourceDateEpoch?: string;
}

/** One book to release: an issue's, or a year's volume. */
export interface ReleaseBook {
  /** The release's tag: the issue id, or the year. */
  tag: string;
  /** Where the EPUB goes; the other files go beside it. */
  epubPath: string;
  /** The finished, in-process-verified EPUB. */
  epub: Buffer;
  /** What its Kindle editions must read back as. */
  kindle: KindleBook;
  text: ReleaseText;
  /** The folders this run created for it: a failure removes them. */
  madeFolders?: readonly string[];
}

export interface ReleaseResult {
  tag: string;
  /** Plain text, as the release is titled. */
  title: string;
  /** Absolute paths of the release assets: the .epub, .azw3, .mobi and SHA256SUMS. */
  assets: string[];
  /** Absolute path of release-notes.md (the release's body, not an asset). */
  notes: string;
  /** Absolute path of release.json, which the workflow uploads from. */
  manifest: string;
}

export async function releaseIssue(dir: string, outDir: string, options: ReleaseOptions = {}): Promise<ReleaseResult & { issue: Issue }> {
  const { issue, epubPath, epub, madeFolders } = await prepareIssueBook(dir, { outDir, ...pinned(options) });
  const result = await releaseBook({ tag: issue.id, epubPath, epub, kindle: issueKindleBook(issue), text: issueReleaseText(issue), madeFolders });
  return { ...result, issue };
}

/** The 合订本 of `year`: every issue of that year under `issuesRoot`. */
export async function releaseYear(issuesRoot: string, year: number, outDir: string, options: ReleaseOptions = {}): Promise<ReleaseResult & { issues: Issue[] }> {
  const { epubPath, epub, issues } = await prepareAnnual(issuesRoot, year, { outDir, ...pinned(options) });
  const range = issueRangeText(issues.map((i) => i.meta.number));
  const result = await releaseBook({ tag: String(year), epubPath, epub, kindle: annualKindleBook(issues, year), text: annualReleaseText(issues, year, range) });
  return { ...result, issues };
}

/**
 * The release from the EPUB bytes: EPUBCheck runs while Calibre converts and
 * reads back (stageBooks), then checksums, notes and the manifest are made.
 * All seven files are staged and take their places together, so a failure
 * anywhere leaves the previous release folder — its EPUB included — exactly
 * as it was.
 */
export async function releaseBook(book: ReleaseBook): Promise<ReleaseResult> {
  const folder = path.dirname(book.epubPath);
  const checksumsPath = path.join(folder, CHECKSUMS_FILE);
  const notesPath = path.join(folder, NOTES_FILE);
  const manifestPath = path.join(folder, MANIFEST_FILE);
  return staged(
    folder,
    async (staging) => {
      const files = await stageBooks(staging, book.epubPath, book.epub, book.kindle, { accessibility: true });
      const books = [files.epub, files.azw3, files.mobi];
      const checksums = await stagedChecksums(staging, books);
      await staging.write(checksumsPath, checksumsText(checksums));
      const names = { epub: path.basename(files.epub), azw3: path.basename(files.azw3), mobi: path.basename(files.mobi) };
      await staging.write(notesPath, releaseNotes(book.text, names, checksums));
      const result = { tag: book.tag, title: book.text.title, assets: [...books, checksumsPath], notes: notesPath, manifest: manifestPath };
      await staging.write(manifestPath, manifestText(releaseManifest(folder, result)));
      return result;
    },
    book.madeFolders ? { madeFolders: book.madeFolders } : {},
  );
}

function pinned(options: ReleaseOptions): { sourceDateEpoch?: string } {
  return options.sourceDateEpoch !== undefined ? { sourceDateEpoch: options.sourceDateEpoch } : {};
}

/** Checksums of staged files, under the names they will have. */
async function stagedChecksums(staging: Staging, finals: string[]): Promise<FileChecksum[]> {
  return Promise.all(finals.map(async (final) => ({ name: path.basename(final), sha256: sha256Of(await readFile(staging.temporaryFor(final))) })));
}
