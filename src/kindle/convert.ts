// EPUB → AZW3 + MOBI with Calibre, each verified by reading it back (in the
// same Calibre process that made it). The caller passes an EPUB that passed
// EPUBCheck (see kindle-books.ts); nothing else is ever converted. The books
// are staged (output/staging.ts): they take their final names only when the
// caller commits the whole set.
import { bookPaths } from '../book-files.js';
import { UserError } from '../diagnostic.js';
import { displayPath } from '../files.js';
import type { Staging } from '../output/staging.js';
import type { KindleBook } from './expected.js';
import { kindleFormats, type KindleExtension, type KindleFormat } from './formats.js';
import { convertAndReadBack } from './read-back.js';
import { verifyKindleBook } from './verify.js';
import { removeScratchFolder, scratchFolder } from '../output/interruption.js';

export type KindleFiles = Record<KindleExtension, string>;

/** <slug>-<id>.azw3 / .mobi, beside <slug>-<id>.epub. */
export function kindleFilePaths(outFolder: string, book: KindleBook): KindleFiles {
  const { azw3, mobi } = bookPaths(outFolder, book.baseName);
  return { azw3, mobi };
}

/**
 * Converts `epubPath` (shown in messages as `shownEpub`) into the AZW3 and
 * MOBI of `book`, staged in `staging`, and verifies each. Returns their final
 * paths; a conversion or verification failure throws, and the caller's
 * discard removes what was staged. `signal` stops the work early (EPUBCheck
 * has failed: the books would be discarded anyway).
 */
export async function stageKindleBooks(staging: Staging, epubPath: string, shownEpub: string, book: KindleBook, signal?: AbortSignal): Promise<KindleFiles> {
  const finals = kindleFilePaths(staging.folder, book);
  // Both at once: each is one Calibre process after another, and the cores
  // are free as soon as EPUBCheck, running beside them, is done. Both are
  // waited for, so no conversion still writes when the caller discards; the
  // first failure in format order (AZW3, then MOBI) is the one reported.
  const outcomes = await Promise.allSettled(
    kindleFormats(book.publisher).map((format) => {
      const final = finals[format.extension];
      return convertOne(epubPath, shownEpub, staging.temporaryFor(final), format, book, displayPath(final), signal);
    }),
  );
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return finals;
}

/** One format: converted and read back by one Calibre process (read-back.ts says why), then verified. */
async function convertOne(epubPath: string, shownEpub: string, output: string, format: KindleFormat, book: KindleBook, shownAs: string, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  const workDir = await scratchFolder('kindle-verify');
  try {
    await convertAndReadBack(epubPath, format.flags, output, workDir, { epub: shownEpub, book: shownAs }, signal);
    signal?.throwIfAborted();
    const problems = await verifyKindleBook(output, format, book, shownAs, workDir);
    if (problems.length > 0) throw new UserError(problems);
  } finally {
    await removeScratchFolder(workDir);
  }
}
