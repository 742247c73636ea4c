// All or nothing: the issue folder is written complete into a temporary
// folder next to the target and renamed into place (rename is atomic on one
// file system). With --force the old folder is moved aside first and removed
// only once the new one is in place; on any failure everything is put back.
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileProblem, UserError } from '../diagnostic.js';
import { describeFsError, displayPath } from '../files.js';
import type { OutputFile } from './model.js';

export interface IssueWrite {
  issueDir: string;
  files: readonly OutputFile[];
  force: boolean;
  /** series.yaml to create next to the issue folder (only when it does not exist). */
  series?: { file: string; text: string };
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

function issueExistsError(issueDir: string): UserError {
  return new UserError(
    fileProblem(displayPath(issueDir), 'import/issue-exists', 'already exists — pass --force to replace it, or --id to import under another id'),
  );
}

function tempName(dir: string, base: string, mark: string): string {
  // pid + random: two imports at once never share a temporary name.
  return path.join(dir, `.${base}.qikan-${mark}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
}

export async function writeIssue(plan: IssueWrite): Promise<void> {
  const into = path.dirname(plan.issueDir);
  const targetExists = await exists(plan.issueDir);
  if (targetExists && !plan.force) throw issueExistsError(plan.issueDir);

  const undo: Array<() => Promise<unknown>> = [];
  try {
    const created = await mkdir(into, { recursive: true });
    if (created !== undefined) undo.push(() => rm(created, { recursive: true, force: true }));

    const temp = tempName(into, path.basename(plan.issueDir), 'import');
    undo.push(() => rm(temp, { recursive: true, force: true }));
    await mkdir(temp);
    for (const file of plan.files) {
      const full = path.join(temp, file.path);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, file.data);
    }

    if (plan.series) {
      const seriesTemp = tempName(into, 'series.yaml', 'import');
      undo.push(() => rm(seriesTemp, { force: true }));
      await writeFile(seriesTemp, plan.series.text);
      if (await exists(plan.series.file)) throw new Error(`${displayPath(plan.series.file)} appeared while importing`);
      await rename(seriesTemp, plan.series.file);
      const seriesFile = plan.series.file;
      undo.push(() => rm(seriesFile, { force: true }));
    }

    if (targetExists) {
      const old = tempName(into, path.basename(plan.issueDir), 'old');
      await rename(plan.issueDir, old);
      undo.push(() => rename(old, plan.issueDir));
      await rename(temp, plan.issueDir);
      undo.push(() => rm(plan.issueDir, { recursive: true, force: true }));
      undo.length = 0; // the new folder is complete and in place: nothing to undo from here on
      // A leftover old copy (hidden, dot-named) is untidy but harmless; the import itself succeeded.
      await rm(old, { recursive: true, force: true }).catch(() => undefined);
    } else {
      // Linux renames a folder onto an empty folder without complaint: check once more just before.
      if (await exists(plan.issueDir)) throw issueExistsError(plan.issueDir);
      await rename(temp, plan.issueDir);
    }
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    if (error instanceof UserError) throw error;
    throw new UserError(fileProblem(displayPath(plan.issueDir), 'output/unwritable', `cannot be written: ${describeFsError(error)}`));
  }
}
