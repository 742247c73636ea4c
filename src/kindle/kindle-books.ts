// The Kindle stage as callers use it (`qikan build --kindle`, `qikan
// release`): the EPUB is staged, EPUBCheck'd, and only an EPUB that passes is
// converted. Nothing replaces the previous books until all three are made
// and verified, so a failed run leaves the last good set as it was.
import path from 'node:path';
import { UserError } from '../diagnostic.js';
import { displayPath } from '../files.js';
import { staged, type Staging } from '../output/staging.js';
import { stageKindleBooks, type KindleFiles } from './convert.js';
import { epubcheckProblems } from './epubcheck.js';
import type { KindleBook } from './expected.js';

export interface BookFiles extends KindleFiles {
  epub: string;
}

/**
 * Stages the EPUB bytes at `epubPath`, EPUBChecks them, then stages the AZW3
 * and MOBI made and verified from them. Returns the final paths; the files
 * take them when `staging` commits.
 */
export async function stageBooks(staging: Staging, epubPath: string, epub: Buffer, book: KindleBook): Promise<BookFiles> {
  const tempEpub = await staging.write(epubPath, epub);
  const shown = displayPath(epubPath);
  const problems = await epubcheckProblems(tempEpub, { shownAs: shown });
  if (problems.length > 0) throw new UserError(problems);
  return { epub: epubPath, ...(await stageKindleBooks(staging, tempEpub, shown, book)) };
}

/**
 * `build --kindle`: the EPUB and its Kindle books, written together or not at
 * all. `madeFolders`: the folders the run created for it (a failure removes them).
 */
export async function writeBooks(epubPath: string, epub: Buffer, book: KindleBook, options: { madeFolders?: readonly string[] } = {}): Promise<BookFiles> {
  return staged(path.dirname(epubPath), (staging) => stageBooks(staging, epubPath, epub, book), options);
}
