// Reading a text source (YAML or Markdown) as the maintainer wrote it:
// strict UTF-8, size-limited, and only from inside its folder.
//
// The calls are synchronous: a source is a few kilobytes, and each call of
// node:fs/promises is a round trip through the thread pool (readFile alone is
// four). An issue of twenty files waited longer for those round trips than
// it took to parse them — the preview's rebuild most of all.
import path from 'node:path';
import { readFileSync, realpathSync, statSync } from '../builtins.js';
import { fileProblem, UserError } from '../diagnostic.js';
import { describeFsError, displayPath } from '../files.js';
import type { SourceFile } from './model.js';

// Big enough for any real article; small enough that a wrong file cannot exhaust memory.
const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export interface ReadSourceOptions {
  maxBytes?: number;
  /**
   * The folder the file must really be in: a symbolic link leading out of it
   * is refused, so a source cannot pull a private file (~/.ssh/…, /etc/…)
   * into a book that a release then publishes.
   */
  inside?: string;
}

/** Reads a text source as strict UTF-8; a BOM is dropped from the text and remembered in `hasBom`. */
export async function readSource(file: string, options: ReadSourceOptions = {}): Promise<SourceFile> {
  const { maxBytes = MAX_ARTICLE_BYTES, inside } = options;
  const display = displayPath(file);
  let bytes: Buffer;
  try {
    if (inside !== undefined && !isReallyInside(inside, file)) {
      throw new UserError(fileProblem(display, 'source/outside-folder', `is a symbolic link to a file outside ${displayPath(inside)}/ — copy the file into the folder instead`));
    }
    const info = statSync(file);
    if (!info.isFile()) throw new UserError(fileProblem(display, 'source/unreadable', 'is not a regular file'));
    if (info.size > maxBytes) {
      throw new UserError(
        fileProblem(display, 'source/too-large', `is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB — split it`),
      );
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(fileProblem(display, 'source/missing-file', `cannot be read: ${describeFsError(error)}`));
  }
  const text = decodeUtf8(bytes, display);
  const hasBom = text.charCodeAt(0) === 0xfeff;
  return { path: file, display, text: hasBom ? text.slice(1) : text, hasBom };
}

function isReallyInside(folder: string, file: string): boolean {
  const root = realpathSync.native(folder);
  // A file that does not exist is not outside: the read below says it is missing.
  let real: string | undefined;
  try {
    real = realpathSync.native(file);
  } catch {
    real = undefined;
  }
  return real === undefined || real.startsWith(root + path.sep);
}

/** Strict UTF-8 (a BOM, if any, is kept as U+FEFF); anything else is the maintainer's to convert. */
function decodeUtf8(bytes: Uint8Array, display: string): string {
  // A UTF-16 byte-order mark (Notepad's "Unicode") names the encoding exactly.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'UTF-16LE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'UTF-16BE' : undefined;
  if (utf16) {
    throw new UserError(fileProblem(display, 'source/encoding', `is ${utf16} (it starts with that byte-order mark), not UTF-8 — convert it: iconv -f UTF-16 -t UTF-8 "${display}" > fixed.md`));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UserError(
      fileProblem(
        display,
        'source/encoding',
        `is not valid UTF-8 (probably GB18030/GBK from a Chinese Windows program) — convert it: iconv -f GB18030 -t UTF-8 "${display}" > fixed.md`,
      ),
    );
  }
}
