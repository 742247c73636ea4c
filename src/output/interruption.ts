// Ctrl-C (SIGINT) or SIGTERM while a command is making files: the files
// replace nothing, so the earlier ones stay as they were, and nothing of the
// run is left behind. Its temporaries (atomic-write.ts names them all, with
// the pid in the name) are removed, the tools it started (Calibre, EPUBCheck)
// are killed first so that none writes one again, and it exits 130 or 143,
// as a shell reports a command stopped by that signal. Renames into place
// already under way (Staging.commit) are finished first: a set of files
// changes together or not at all. A second Ctrl-C stops it at once.
//
// Only the command line asks for this (cli.ts): a process that merely uses
// these modules (a test runner's worker) keeps its signals as they were. A
// command with its own way to stop (preview) listens too, and then decides.
import type { ChildProcess } from 'node:child_process';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { readdirSync, rmSync } from '../builtins.js';

/** Folders where this process names temporaries → the mark in their names, and whether in subfolders too. */
const temporaryFolders = new Map<string, { mark: string; subfolders: boolean }>();
/** Tools running for this process. */
const children = new Set<ChildProcess>();
let enabled = false;
let listening = false;
/** Renames into place under way: a signal meanwhile waits for them. */
let renamesUnderWay = 0;
let interruptedBy: NodeJS.Signals | undefined;

/** For the command line: from now on, a signal stops a run as said above. */
export function cleanUpWhenInterrupted(): void {
  enabled = true;
  if (temporaryFolders.size > 0 || children.size > 0) listen();
}

/**
 * Temporaries are being named in `folder` (and, with `subfolders`, anywhere
 * below it: build workers write there, and signals reach only the main
 * thread), each with `ownMark` in its name: they go if this process is interrupted.
 */
export function removeIfInterrupted(folder: string, ownMark: string, subfolders = false): void {
  const key = path.resolve(folder);
  const known = temporaryFolders.get(key);
  temporaryFolders.set(key, { mark: ownMark, subfolders: subfolders || (known?.subfolders ?? false) });
  listen();
}

/** `child` writes for this run: it is killed if the run is interrupted. */
export function killIfInterrupted(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
  listen();
}

/** Runs `renames` (moves into place) to the end even if a signal comes meanwhile; the signal is acted on after. */
export async function withoutInterruption<T>(renames: () => Promise<T>): Promise<T> {
  renamesUnderWay++;
  try {
    return await renames();
  } finally {
    if (--renamesUnderWay === 0 && interruptedBy !== undefined) stopNow(interruptedBy);
  }
}

function listen(): void {
  if (!enabled || listening) return;
  listening = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      // Another listener (preview's) stops the command its own way.
      if (process.listenerCount(signal) > 0) return;
      if (renamesUnderWay > 0) interruptedBy = signal;
      else stopNow(signal);
    });
  }
}

function stopNow(signal: NodeJS.Signals): never {
  // SIGKILL: a tool that finished its cleanup after ours could write a temporary again.
  for (const child of children) child.kill('SIGKILL');
  removeOwnTemporaries();
  process.stderr.write(`qikan: stopped (${signal}) — the files it was making are removed; the earlier ones are as they were\n`);
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/** Removes every temporary this process has named (see removeIfInterrupted); synchronous, as the process ends next. */
export function removeOwnTemporaries(): void {
  for (const [folder, { mark, subfolders }] of temporaryFolders) removeOwn(folder, mark, subfolders);
}

function removeOwn(folder: string, mark: string, subfolders: boolean): void {
  let entries: Dirent[] = [];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    // The folder has gone: nothing of ours is left in it.
  }
  for (const entry of entries) {
    const at = path.join(folder, entry.name);
    if (entry.name.includes(mark)) rmSync(at, { force: true, recursive: true });
    else if (subfolders && entry.isDirectory()) removeOwn(at, mark, true);
  }
}
