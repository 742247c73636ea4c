// A set of output files that must change together — a release's EPUB, AZW3,
// MOBI, checksums and notes. Each is first written under a temporary name in
// its final folder; only when every one is made and verified are they renamed
// into place. A failure anywhere before that leaves the previous set exactly
// as it was: no half-made release, and no good book replaced by a bad one.
import { copyFile, link, lstat, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { existsSync } from '../builtins.js';
import { fileProblem, UserError } from '../diagnostic.js';
import { describeFsError, displayPath } from '../files.js';
import { ensureFolder, removeMadeFolders, removeStaleTemporaries, temporaryName } from './atomic-write.js';
import { withoutInterruption } from './interruption.js';

export class Staging {
  /** final path → temporary path, in the order they were staged. */
  private readonly temporaries = new Map<string, string>();

  /** `madeFolders`: the folders this run created for it, which a failure removes again. */
  private constructor(
    readonly folder: string,
    readonly madeFolders: readonly string[],
  ) {}

  /** Prepares `folder` (created; debris of killed runs removed) for staged files. */
  static async open(folder: string): Promise<Staging> {
    const madeFolders = await ensureFolder(folder);
    await removeStaleTemporaries(folder);
    return new Staging(folder, madeFolders);
  }

  /**
   * The temporary path that stands for `final` until commit. It keeps the
   * extension: EPUBCheck and Calibre decide what a file is by its name.
   */
  temporaryFor(final: string): string {
    const existing = this.temporaries.get(final);
    if (existing) return existing;
    const temp = temporaryName(path.join(this.folder, path.basename(final)));
    this.temporaries.set(final, temp);
    return temp;
  }

  /** Writes `data` for `final`; returns the temporary path it is at until commit. */
  async write(final: string, data: Buffer | string): Promise<string> {
    const temp = this.temporaryFor(final);
    try {
      await writeFile(temp, data);
    } catch (error) {
      throw new UserError(fileProblem(displayPath(final), 'output/unwritable', `cannot be written: ${describeFsError(error)}`));
    }
    return temp;
  }

  /**
   * Renames every staged file into place, all or none: a final path that is
   * a folder is refused before anything moves, and should a rename fail half
   * way, the files already moved are put back as they were.
   */
  async commit(): Promise<void> {
    await withoutInterruption(() => this.renameIntoPlace());
    this.temporaries.clear();
  }

  private async renameIntoPlace(): Promise<void> {
    const entries = [...this.temporaries];
    for (const [final] of entries) {
      const stats = await lstat(final).catch(() => undefined);
      if (stats?.isDirectory()) {
        throw new UserError(fileProblem(displayPath(final), 'output/unwritable', 'is a folder where a file of the book should go — move or delete the folder, then run again'));
      }
    }
    // The previous version of each file, kept (as a temporary, so a killed run's are cleaned) until all are in place.
    const previous = new Map<string, string>();
    const moved: string[] = [];
    try {
      for (const [final] of entries) {
        if (!existsSync(final)) continue;
        const backup = temporaryName(final);
        await link(final, backup).catch(() => copyFile(final, backup));
        previous.set(final, backup);
      }
      for (const [final, temp] of entries) {
        await rename(temp, final);
        moved.push(final);
      }
    } catch (error) {
      const unrestored: string[] = [];
      for (const final of moved.reverse()) {
        const backup = previous.get(final);
        try {
          await (backup ? rename(backup, final) : rm(final, { force: true }));
        } catch {
          // Keep the backup: it is the only copy of the previous file now.
          if (backup) previous.delete(final);
          unrestored.push(backup ?? final);
        }
      }
      const failed = entries[moved.length]?.[0] ?? entries[0]![0];
      const outcome = unrestored.length === 0 ? 'the previous files are left as they were' : `the previous files could not all be put back: see ${unrestored.map(displayPath).join(', ')}`;
      throw new UserError(fileProblem(displayPath(failed), 'output/unwritable', `cannot be written: ${describeFsError(error)} — ${outcome}`));
    } finally {
      await Promise.all([...previous.values()].map((backup) => rm(backup, { force: true })));
    }
  }

  /** Removes every staged file; the final files are not touched. */
  async discard(): Promise<void> {
    await Promise.all([...this.temporaries.values()].map((temp) => rm(temp, { force: true })));
    this.temporaries.clear();
  }
}

/**
 * Runs `stage` on a fresh Staging of `folder`, commits on success and
 * discards on any failure — removing the folder too when this run made it
 * (`madeFolders`: the ones an earlier step of the run made, e.g. prepareIssueBook).
 */
export async function staged<T>(folder: string, stage: (staging: Staging) => Promise<T>, options: { madeFolders?: readonly string[] } = {}): Promise<T> {
  const staging = await Staging.open(folder);
  try {
    const result = await stage(staging);
    await staging.commit();
    return result;
  } catch (error) {
    await staging.discard();
    // A failed run leaves no trace: not even the folder made for it.
    await removeMadeFolders([...(options.madeFolders ?? []), ...staging.madeFolders]);
    throw error;
  }
}
