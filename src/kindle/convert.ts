// EPUB → AZW3 + MOBI with Calibre, each verified by reading it back before
// it takes its final name. The caller passes an EPUB that passed EPUBCheck
// (see kindle-books.ts); nothing else is ever converted.
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../diagnostic.js';
import { displayPath } from '../issue/load.js';
import { runCalibre } from './calibre.js';
import type { KindleBook } from './expected.js';
import { kindleFormats, type KindleExtension, type KindleFormat } from './formats.js';
import { verifyKindleBook } from './verify.js';

export type KindleFiles = Record<KindleExtension, string>;

/** The same mark as output/atomic-write.ts, so removeStaleTemporaries() clears what a killed run left. */
const TEMP_MARK = '.qikan-tmp-';

/** <slug>-<id>.azw3 / .mobi, beside <slug>-<id>.epub. */
export function kindleFilePaths(outFolder: string, book: KindleBook): KindleFiles {
  const base = path.join(outFolder, book.baseName);
  return { azw3: `${base}.azw3`, mobi: `${base}.mobi` };
}

/**
 * Writes and verifies <slug>-<id>.azw3 and .mobi in `outFolder`. Both appear
 * together or not at all: each is converted to a temporary name (keeping its
 * extension, from which Calibre picks the format), verified, and only when
 * both pass are they renamed into place. On any failure the temporaries and
 * any Kindle files of an earlier run are removed — a Kindle file beside the
 * EPUB must have been made from that EPUB.
 */
export async function convertForKindle(epubPath: string, outFolder: string, book: KindleBook): Promise<KindleFiles> {
  const finals = kindleFilePaths(outFolder, book);
  const temps: Partial<KindleFiles> = {};
  try {
    await mkdir(outFolder, { recursive: true });
    for (const format of kindleFormats(book.publisher)) {
      const temp = temporaryName(finals[format.extension]);
      temps[format.extension] = temp;
      await convertOne(epubPath, temp, format, book, displayPath(finals[format.extension]));
    }
    for (const extension of Object.keys(finals) as KindleExtension[]) await rename(temps[extension]!, finals[extension]);
    return finals;
  } catch (error) {
    await Promise.all([...Object.values(temps), ...Object.values(finals)].map((file) => rm(file, { force: true })));
    throw error;
  }
}

async function convertOne(epubPath: string, output: string, format: KindleFormat, book: KindleBook, shownAs: string): Promise<void> {
  await runCalibre('ebook-convert', [epubPath, output, ...format.flags], displayPath(epubPath));
  const problems = await verifyKindleBook(output, format, book, shownAs);
  if (problems.length > 0) throw new UserError(problems);
}

/** llxx-2024-02.azw3 → llxx-2024-02.qikan-tmp-<pid>-<random>.azw3 */
function temporaryName(final: string): string {
  const extension = path.extname(final);
  const stem = final.slice(0, -extension.length);
  return `${stem}${TEMP_MARK}${process.pid}-${Math.random().toString(36).slice(2, 10)}${extension}`;
}

/** Removes the Kindle files of a book (when its EPUB is not fit to convert). */
export async function removeKindleFiles(outFolder: string, book: KindleBook): Promise<void> {
  await Promise.all(Object.values(kindleFilePaths(outFolder, book)).map((file) => rm(file, { force: true })));
}
