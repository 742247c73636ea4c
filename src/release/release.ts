// `qikan release ID`: everything a GitHub release of one issue needs, made
// and verified locally in <outDir>/<id>/ — the workflow only uploads it.
//   check (hook) → build EPUB → EPUBCheck → AZW3 + MOBI, read back →
//   SHA256SUMS → release-notes.md
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { prepareIssueBook } from '../build.js';
import type { Issue } from '../issue/model.js';
import { issueKindleBook } from '../kindle/expected.js';
import { stageBooks } from '../kindle/kindle-books.js';
import { staged, type Staging } from '../output/staging.js';
import { CHECKSUMS_FILE, NOTES_FILE } from '../book-files.js';
import { checksumsText, sha256Of, type FileChecksum } from './checksums.js';
import { releaseNotes } from './notes.js';

export interface ReleaseOptions {
  /**
   * The `qikan check` step, run on the issue folder before anything is
   * built; it throws a UserError to stop the release.
   */
  checkSources?: (dir: string) => Promise<void>;
  /** As for `qikan build`: pins dcterms:modified for a reproducible EPUB. */
  sourceDateEpoch?: string;
}

export interface ReleaseResult {
  issue: Issue;
  /** Absolute paths of the release assets: the .epub, .azw3, .mobi and SHA256SUMS. */
  assets: string[];
  /** Absolute path of release-notes.md (the release's body, not an asset). */
  notes: string;
}

export async function releaseIssue(dir: string, outDir: string, options: ReleaseOptions = {}): Promise<ReleaseResult> {
  await options.checkSources?.(dir);
  const { issue, epubPath, epub, madeFolders } = await prepareIssueBook(dir, {
    outDir,
    ...(options.sourceDateEpoch !== undefined ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
  });
  return releaseFromEpub(epubPath, epub, issue, { madeFolders });
}

/**
 * The release from the EPUB bytes: EPUBCheck gates the Kindle conversion,
 * then checksums and notes are made. All five files are staged and take
 * their places together, so a failure anywhere leaves the previous release
 * folder — its EPUB included — exactly as it was.
 */
export async function releaseFromEpub(epubPath: string, epub: Buffer, issue: Issue, options: { madeFolders?: readonly string[] } = {}): Promise<ReleaseResult> {
  const folder = path.dirname(epubPath);
  const checksumsPath = path.join(folder, CHECKSUMS_FILE);
  const notesPath = path.join(folder, NOTES_FILE);
  return staged(folder, async (staging) => {
    const files = await stageBooks(staging, epubPath, epub, issueKindleBook(issue));
    const books = [files.epub, files.azw3, files.mobi];
    const checksums = await stagedChecksums(staging, books);
    await staging.write(checksumsPath, checksumsText(checksums));
    const names = { epub: path.basename(files.epub), azw3: path.basename(files.azw3), mobi: path.basename(files.mobi) };
    await staging.write(notesPath, releaseNotes(issue, names, checksums));
    return { issue, assets: [...books, checksumsPath], notes: notesPath };
  }, options);
}

/** Checksums of staged files, under the names they will have. */
async function stagedChecksums(staging: Staging, finals: string[]): Promise<FileChecksum[]> {
  return Promise.all(finals.map(async (final) => ({ name: path.basename(final), sha256: sha256Of(await readFile(staging.temporaryFor(final))) })));
}
