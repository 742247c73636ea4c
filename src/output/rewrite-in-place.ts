// `check --fix` rewrites a maintainer's own file: it must stay the file it
// was. The new text goes in atomically (a temporary beside the real file,
// renamed over it) with the file's mode and, where the system permits, its
// owner; a symbolic link is written through, to its target inside the
// folder, and stays a link; a file with other hard links is written in place
// (a rename would split them); a read-only file is refused, not made
// writable behind the maintainer's back.
import { chmod, chown, lstat, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileProblem, UserError } from '../diagnostic.js';
import { describeFsError, displayPath } from '../files.js';
import { temporaryName } from './atomic-write.js';

/** Replaces the text of `file`, a source inside `folder`, keeping what the file is. */
export async function rewriteInPlace(file: string, data: string, folder: string): Promise<void> {
  const display = displayPath(file);
  const refuse = (message: string): never => {
    throw new UserError(fileProblem(display, 'check/fix-refused', message));
  };
  const target = (await lstat(file)).isSymbolicLink() ? await realpath(file) : file;
  if (target !== file) {
    const root = await realpath(folder);
    if (!target.startsWith(root + path.sep)) refuse(`is a symbolic link to ${target}, outside ${displayPath(folder)}/ — --fix does not write there; copy the file into the folder to fix it`);
  }
  const info = await stat(target);
  // The owner's write bit: 444 means "leave this alone" (root could write it anyway).
  if ((info.mode & 0o200) === 0) refuse('is read-only — --fix leaves it as it is; make it writable (chmod u+w) to let --fix change it');
  try {
    if (info.nlink > 1) {
      // Other names share this file: a rename would give this name a new file and leave them the old text.
      await writeFile(target, data);
      return;
    }
    const temp = temporaryName(target);
    try {
      await writeFile(temp, data, { mode: info.mode & 0o7777 });
      await chmod(temp, info.mode & 0o7777);
      await chown(temp, info.uid, info.gid).catch(() => undefined);
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  } catch (error) {
    throw new UserError(fileProblem(display, 'output/unwritable', `cannot be written: ${describeFsError(error)}`));
  }
}
