// The Kindle stage as callers use it (`qikan build --kindle`, `qikan
// release`): the EPUB is staged, and EPUBCheck runs while Calibre converts it
// and reads the conversions back — EPUBCheck alone takes about as long as
// both conversions, and the machine has the cores for both. Only an EPUB that
// passes EPUBCheck has Kindle books: the conversions stay temporaries until
// both are done, and a failed EPUBCheck discards them. Nothing replaces the
// previous books until all three are made and verified, so a failed run
// leaves the last good set as it was.
import path from 'node:path';
import { UserError } from '../diagnostic.js';
import { displayPath } from '../files.js';
import { staged, type Staging } from '../output/staging.js';
import { stageKindleBooks, type KindleFiles } from './convert.js';
import { aceProblems } from './ace.js';
import { epubcheckProblems } from './epubcheck.js';
import type { KindleBook } from './expected.js';

export interface BookFiles extends KindleFiles {
  epub: string;
}

export interface StageOptions {
  /** Also run Ace by DAISY (a release does): an accessibility violation fails the books like an EPUBCheck error. */
  accessibility?: boolean;
}

/**
 * Stages the EPUB bytes at `epubPath`, then EPUBChecks them (and, for a
 * release, Ace checks them) while the AZW3 and MOBI are made and verified
 * from them. Returns the final paths; the files take them when `staging`
 * commits. The checkers' findings come first: a conversion failure from a
 * broken EPUB is only its echo.
 */
export async function stageBooks(staging: Staging, epubPath: string, epub: Buffer, book: KindleBook, options: StageOptions = {}): Promise<BookFiles> {
  const tempEpub = await staging.write(epubPath, epub);
  const shown = displayPath(epubPath);
  // A failed check stops the conversions: their books would be discarded anyway.
  const stop = new AbortController();
  // EPUBCheck first: on a book it refuses, Ace's findings are only the echo of its errors.
  const validating = epubcheckProblems(tempEpub, { shownAs: shown });
  const accessible = options.accessibility ? aceProblems(tempEpub, { shownAs: shown }) : Promise.resolve([]);
  const checking = Promise.all([validating, accessible]).then(([invalid, inaccessible]) => (invalid.length > 0 ? invalid : inaccessible)).then(
    (problems) => {
      if (problems.length > 0) stop.abort();
      return problems;
    },
    (error: unknown) => {
      stop.abort();
      throw error;
    },
  );
  const [checked, converted] = await Promise.allSettled([checking, stageKindleBooks(staging, tempEpub, shown, book, stop.signal)]);
  if (checked.status === 'rejected') throw checked.reason;
  if (checked.value.length > 0) throw new UserError(checked.value);
  if (converted.status === 'rejected') throw converted.reason;
  return { epub: epubPath, ...converted.value };
}

/**
 * `build --kindle`: the EPUB and its Kindle books, written together or not at
 * all. `madeFolders`: the folders the run created for it (a failure removes them).
 */
export async function writeBooks(epubPath: string, epub: Buffer, book: KindleBook, options: { madeFolders?: readonly string[] } = {}): Promise<BookFiles> {
  return staged(path.dirname(epubPath), (staging) => stageBooks(staging, epubPath, epub, book), options);
}
