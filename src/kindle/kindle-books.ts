// The Kindle stage as callers use it (`qikan build --kindle`, `qikan
// release`): EPUBCheck first, and only an EPUB that passes is converted.
import path from 'node:path';
import { UserError } from '../diagnostic.js';
import { convertForKindle, removeKindleFiles, type KindleFiles } from './convert.js';
import { epubcheckProblems } from './epubcheck.js';
import type { KindleBook } from './expected.js';

/**
 * EPUBCheck `epubPath`, then write and verify the AZW3 and MOBI beside it.
 * A failing EPUB yields no Kindle files: none are made, and those of an
 * earlier build (made from another EPUB) are removed.
 */
export async function buildKindleBooks(epubPath: string, book: KindleBook): Promise<KindleFiles> {
  const outFolder = path.dirname(epubPath);
  const problems = await epubcheckProblems(epubPath);
  if (problems.length > 0) {
    await removeKindleFiles(outFolder, book);
    throw new UserError(problems);
  }
  return convertForKindle(epubPath, outFolder, book);
}
