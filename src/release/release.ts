// `qikan release ID`: everything a GitHub release of one issue needs, made
// and verified locally in <outDir>/<id>/ — the workflow only uploads it.
//   check (hook) → build EPUB → EPUBCheck → AZW3 + MOBI, read back →
//   SHA256SUMS → release-notes.md
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { buildIssue } from '../build.js';
import type { Issue } from '../issue/model.js';
import { issueKindleBook } from '../kindle/expected.js';
import { buildKindleBooks } from '../kindle/kindle-books.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { CHECKSUMS_FILE, checksumsText, fileChecksums } from './checksums.js';
import { NOTES_FILE, releaseNotes } from './notes.js';

export interface ReleaseOptions {
  /**
   * The `qikan check` step, run on the issue folder before anything is
   * built; it throws a UserError to stop the release. Until `qikan check`
   * exists the CLI passes nothing and the release starts with the build.
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
  const { issue, epubPath } = await buildIssue(dir, {
    outDir,
    ...(options.sourceDateEpoch !== undefined ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
  });
  return releaseFromEpub(epubPath, issue);
}

/**
 * The release from a built EPUB: EPUBCheck gates the Kindle conversion, then
 * checksums and notes are written beside the books. Files of an earlier
 * release are removed first, so a failure leaves nothing stale to upload.
 */
export async function releaseFromEpub(epubPath: string, issue: Issue): Promise<ReleaseResult> {
  const folder = path.dirname(epubPath);
  const checksumsPath = path.join(folder, CHECKSUMS_FILE);
  const notesPath = path.join(folder, NOTES_FILE);
  await Promise.all([checksumsPath, notesPath].map((file) => rm(file, { force: true })));

  const kindle = await buildKindleBooks(epubPath, issueKindleBook(issue));
  const books = [epubPath, kindle.azw3, kindle.mobi];
  const checksums = await fileChecksums(books);
  await writeFileAtomic(checksumsPath, checksumsText(checksums));
  const names = { epub: path.basename(epubPath), azw3: path.basename(kindle.azw3), mobi: path.basename(kindle.mobi) };
  await writeFileAtomic(notesPath, releaseNotes(issue, names, checksums));
  return { issue, assets: [...books, checksumsPath], notes: notesPath };
}
