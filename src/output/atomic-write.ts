// Output files appear complete or not at all: each is written to a temporary
// name in the same folder, then renamed over the old one (rename is atomic on
// one file system). A build killed halfway leaves the previous book intact.
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileProblem, UserError } from '../diagnostic.js';
import { describeFsError, displayPath } from '../issue/load.js';

const TEMP_MARK = '.qikan-tmp-';

export async function writeFileAtomic(file: string, data: Buffer | string): Promise<void> {
  const dir = path.dirname(file);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UserError(fileProblem(displayPath(dir), 'output/unwritable', `cannot create the output folder: ${describeFsError(error)}`));
  }
  // pid + random suffix: two builds of the same issue at once never share a temp file.
  const temp = path.join(dir, `${path.basename(file)}${TEMP_MARK}${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(fileProblem(displayPath(file), 'output/unwritable', `cannot be written: ${describeFsError(error)}`));
  }
}

/** Removes temporary files left by a build that was killed (older than a minute, so a running build's are kept). */
export async function removeStaleTemporaries(dir: string, now = Date.now()): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.includes(TEMP_MARK)) continue;
    const full = path.join(dir, name);
    try {
      if (now - (await stat(full)).mtimeMs > 60_000) await rm(full, { force: true });
    } catch {
      // Another build removed or renamed it meanwhile: nothing to clean.
    }
  }
}
