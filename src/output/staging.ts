// A set of output files that must change together — a release's EPUB, AZW3,
// MOBI, checksums and notes. Each is first written under a temporary name in
// its final folder; only when every one is made and verified are they renamed
// into place. A failure anywhere before that leaves the previous set exactly
// as it was: no half-made release, and no good book replaced by a bad one.
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileProblem, UserError } from '../diagnostic.js';
import { describeFsError, displayPath } from '../issue/load.js';
import { ensureFolder, removeStaleTemporaries, TEMP_MARK } from './atomic-write.js';

export class Staging {
  /** final path → temporary path, in the order they were staged. */
  private readonly temporaries = new Map<string, string>();

  private constructor(readonly folder: string) {}

  /** Prepares `folder` (created; debris of killed runs removed) for staged files. */
  static async open(folder: string): Promise<Staging> {
    await ensureFolder(folder);
    await removeStaleTemporaries(folder);
    return new Staging(folder);
  }

  /**
   * The temporary path that stands for `final` until commit. It keeps the
   * extension: EPUBCheck and Calibre decide what a file is by its name.
   */
  temporaryFor(final: string): string {
    const existing = this.temporaries.get(final);
    if (existing) return existing;
    const extension = path.extname(final);
    const stem = path.join(this.folder, path.basename(final, extension));
    // pid + random: a concurrent run never shares a temporary, and removeStaleTemporaries knows whose it is.
    const temp = `${stem}${TEMP_MARK}${process.pid}-${Math.random().toString(36).slice(2, 10)}${extension}`;
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

  /** Renames every staged file into place. */
  async commit(): Promise<void> {
    for (const [final, temp] of this.temporaries) await rename(temp, final);
    this.temporaries.clear();
  }

  /** Removes every staged file; the final files are not touched. */
  async discard(): Promise<void> {
    await Promise.all([...this.temporaries.values()].map((temp) => rm(temp, { force: true })));
    this.temporaries.clear();
  }
}

/** Runs `stage` on a fresh Staging of `folder`, commits on success and discards on any failure. */
export async function staged<T>(folder: string, stage: (staging: Staging) => Promise<T>): Promise<T> {
  const staging = await Staging.open(folder);
  try {
    const result = await stage(staging);
    await staging.commit();
    return result;
  } catch (error) {
    await staging.discard();
    throw error;
  }
}
