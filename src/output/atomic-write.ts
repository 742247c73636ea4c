// Output files appear complete or not at all: each is written to a temporary
// name in the same folder, then renamed over the old one (rename is atomic on
// one file system). A build killed halfway leaves the previous book intact.
import { mkdir, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileProblem, UserError } from '../diagnostic.js';
import { describeFsError, displayPath } from '../files.js';
import { removeIfEmptyWhenInterrupted, removeIfInterrupted } from './interruption.js';

const TEMP_MARK = '.qikan-tmp-';

/**
 * The one way output temporaries are named: beside `final`, in its folder
 * (so the rename into place stays on one file system), with the writer's
 * pid — a concurrent run never shares one, and removeStaleTemporaries knows
 * whose it is — and a random part. The extension is kept: EPUBCheck and
 * Calibre decide what a file is by its name.
 *   llxx-2024-02.epub → llxx-2024-02.qikan-tmp-4242-k3j9x0qa.epub
 */
export function temporaryName(final: string): string {
  ownTemporariesGoIfInterrupted(path.dirname(final));
  const extension = path.extname(final);
  const stem = path.join(path.dirname(final), path.basename(final, extension));
  return `${stem}${TEMP_MARK}${process.pid}-${Math.random().toString(36).slice(2, 10)}${extension}`;
}

/**
 * If this process is interrupted, the temporaries it has named in `folder`
 * (and with `subfolders`, below it) are removed (src/output/interruption.ts).
 */
export function ownTemporariesGoIfInterrupted(folder: string, subfolders = false): void {
  removeIfInterrupted(folder, `${TEMP_MARK}${process.pid}-`, subfolders);
}

/**
 * Creates an output folder, or says in one line why it cannot be. Returns
 * the folders this call made, outermost first: a failed run removes them
 * again (removeMadeFolders).
 */
export async function ensureFolder(dir: string): Promise<string[]> {
  try {
    const made = await makeFolders(path.resolve(dir));
    removeIfEmptyWhenInterrupted(made);
    return made;
  } catch (error) {
    throw new UserError(fileProblem(displayPath(dir), 'output/unwritable', `cannot create the output folder: ${describeFsError(error)} — choose another --out folder`));
  }
}

/**
 * mkdir -p, one level at a time. Node 20's `mkdir(…, { recursive: true })`
 * never returns under a file system that refuses new folders with an odd
 * error (e.g. /proc, ENOENT for a folder it cannot hold): here every level
 * is created or fails once.
 */
async function makeFolders(dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let at = dir; ; at = path.dirname(at)) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR' });
      break;
    }
    missing.unshift(at);
    if (path.dirname(at) === at) break;
  }
  const made: string[] = [];
  for (const folder of missing) {
    await mkdir(folder).then(
      () => made.push(folder),
      (error: NodeJS.ErrnoException) => {
        // Another build made it meanwhile.
        if (error.code !== 'EEXIST') throw error;
      },
    );
  }
  return made;
}

/**
 * A failed run leaves no trace: removes the folders it made (ensureFolder's
 * list), innermost first, and stops at one that is not empty — something
 * else (a cache, another build) lives there.
 */
export async function removeMadeFolders(made: readonly string[]): Promise<void> {
  for (const folder of [...made].reverse()) {
    try {
      await rmdir(folder);
    } catch {
      return;
    }
  }
}

export async function writeFileAtomic(file: string, data: Buffer | string): Promise<void> {
  const dir = path.dirname(file);
  const madeFolders = await ensureFolder(dir);
  const temp = temporaryName(file);
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    // A failed write leaves no trace: not even the folder made for it.
    await removeMadeFolders(madeFolders);
    throw new UserError(fileProblem(displayPath(file), 'output/unwritable', `cannot be written: ${describeFsError(error)}`));
  }
}

/**
 * Removes temporary files left by a build that was killed. The writer's pid is
 * in the name: a file whose process is gone is debris; one whose process still
 * runs belongs to a concurrent build and is left alone.
 */
export async function removeStaleTemporaries(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const at = name.indexOf(TEMP_MARK);
    if (at < 0) continue;
    const pid = Number.parseInt(name.slice(at + TEMP_MARK.length), 10);
    if (Number.isInteger(pid) && (pid === process.pid || processIsAlive(pid))) continue;
    await rm(path.join(dir, name), { force: true });
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
