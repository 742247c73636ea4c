// EPUB → AZW3 + MOBI with Calibre, each verified by reading it back (in the
// one Calibre process that made both). The caller runs this beside EPUBCheck
// and keeps the books only if the EPUB passes (kindle-books.ts). The books
// are staged (output/staging.ts): they take their final names only when the
// caller commits the whole set.
import { bookPaths } from '../book-files.js';
import { UserError } from '../diagnostic.js';
import { displayPath } from '../files.js';
import type { Staging } from '../output/staging.js';
import type { KindleBook } from './expected.js';
import { kindleFormats, type KindleExtension } from './formats.js';
import { convertAndReadBack } from './read-back.js';
import { verifyKindleBook } from './verify.js';
import { removeScratchFolder, scratchFolder } from '../output/interruption.js';

export type KindleFiles = Record<KindleExtension, string>;

/** <slug>-<id>.azw3 / .mobi, beside <slug>-<id>.epub. */
function kindleFilePaths(outFolder: string, book: KindleBook): KindleFiles {
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
  const formats = kindleFormats(book.publisher).map((format) => ({ format, output: staging.temporaryFor(finals[format.extension]), shownAs: displayPath(finals[format.extension]) }));
  signal?.throwIfAborted();
  const workDir = await scratchFolder('kindle-verify');
  try {
    // One Calibre process makes and reads back both books, one after the
    // other: the machine's cores are taken by EPUBCheck and Ace meanwhile, and
    // a second process would only pay Calibre's start again (read-back.ts).
    await convertAndReadBack(epubPath, formats.map(({ format, output, shownAs }) => ({ flags: format.flags, book: output, shownAs })), workDir, shownEpub, signal);
    signal?.throwIfAborted();
    // The first format (AZW3, then MOBI) that fails is the one reported.
    for (const { format, output, shownAs } of formats) {
      const problems = await verifyKindleBook(output, format, book, shownAs, workDir);
      if (problems.length > 0) throw new UserError(problems);
    }
    return finals;
  } finally {
    await removeScratchFolder(workDir);
  }
}
