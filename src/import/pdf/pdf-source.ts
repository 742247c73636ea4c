// `qikan import FILE.pdf`: the PDF's text layer → blocks and notes. pdf.js
// failures (not a PDF, damaged, encrypted) become one clear line.
import { fileProblem, UserError } from '../../diagnostic.js';
import type { ImportSource } from '../model.js';
import { pdfBlocks } from './pdf-blocks.js';
import { readPdf, type PdfPage } from './read-pdf.js';

export async function readPdfSource(bytes: Buffer, display: string): Promise<Pick<ImportSource, 'blocks' | 'notes'>> {
  let pages: PdfPage[];
  try {
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
    pages = await readPdf(new Uint8Array(bytes));
  } catch (error) {
    const name = (error as { name?: string }).name;
    const why =
      name === 'PasswordException'
        ? 'is protected by a password — save an unprotected copy and import that'
        : `cannot be read as a PDF (${(error as Error).message}) — check that the file is a complete PDF`;
    throw new UserError(fileProblem(display, 'import/unreadable-pdf', why));
  }
  return pdfBlocks(pages, display);
}
