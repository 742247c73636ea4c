// The edge that reads the input: .txt (UTF-8 text copied out of a PDF),
// .docx (Word or WPS) or .pdf (its text layer), chosen by extension, as
// blocks for buildIssue.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileProblem, UserError } from '../diagnostic.js';
import { describeFsError, displayPath } from '../files.js';
import { readSource } from '../issue/read-source.js';
import type { ImportSource } from './model.js';
import { textBlocks } from './text/read-text.js';

// A month's compilation with its pictures is a few MB; this stops a wrong file, not a real one.
const MAX_INPUT_BYTES = 100 * 1024 * 1024;

const OTHER_FORMATS: Record<string, string> = {
  '.doc': 'is an old Word .doc file — open it in Word or WPS and save it as .docx',
  '.wps': 'is a WPS .wps file — open it in WPS and save it as .docx',
};

export async function readImportSource(file: string): Promise<ImportSource> {
  const display = displayPath(path.resolve(file));
  const extension = path.extname(file).toLowerCase();
  const fail = (ruleId: string, message: string): never => {
    throw new UserError(fileProblem(display, ruleId, message));
  };
  if (extension === '.txt') {
    const { text } = await readSource(file);
    if (text.trim() === '') fail('import/empty', 'is empty — nothing to import');
    return { display, blocks: textBlocks(text), images: [], notes: [] };
  }
  if (extension === '.docx') {
    const bytes = await readBytes(file, display);
    if (bytes.length === 0) fail('import/empty', 'is empty — nothing to import');
    // Each reader is loaded for its own format only: mammoth (docx) and pdf.js are large.
    const { readDocx } = await import('./docx/read-docx.js');
    const { blocks, images, notes } = await readDocx(bytes, display);
    if (blocks.every((block) => block.text.trim() === '')) fail('import/empty', 'has no text — nothing to import');
    return { display, blocks, images, notes };
  }
  if (extension === '.pdf') {
    const bytes = await readBytes(file, display);
    if (bytes.length === 0) fail('import/empty', 'is empty — nothing to import');
    const { readPdfSource } = await import('./pdf/pdf-source.js');
    return { display, images: [], ...(await readPdfSource(bytes, display)) };
  }
  return fail('import/unsupported-format', OTHER_FORMATS[extension] ?? `is not a .txt, .docx or .pdf file — import reads plain text (.txt, UTF-8), Word (.docx) or a PDF with text`);
}

async function readBytes(file: string, display: string): Promise<Buffer> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UserError(fileProblem(display, 'source/unreadable', 'is not a regular file'));
    if (info.size > MAX_INPUT_BYTES) throw new UserError(fileProblem(display, 'source/too-large', `is over ${MAX_INPUT_BYTES / 1048576} MB`));
    return await readFile(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(fileProblem(display, 'source/missing-file', `cannot be read: ${describeFsError(error)}`));
  }
}
