// Ctrl-C (SIGINT) or SIGTERM while a command is making files: the files
// replace nothing, so the earlier ones stay as they were, and nothing of the
// run is left behind but the whole files of the on-disk cache, which the next
// run uses. Its temporaries (atomic-write.ts names them all, with
// the pid in the name) are removed, the tools it started (Calibre, EPUBCheck)
// are killed first so that none writes one again, and it exits 130 or 143,
// as a shell reports a command stopped by that signal. Its working folders in
// the system's temporary folder (scratchFolder) and the output folders it made
// and left empty go too. Renames into place already under way
// (Staging.commit) are finished first: a set of files changes together or not
// at all, and the message then says the new ones are in place. A second
// Ctrl-C stops it at once.
//
// Only the command line asks for this (cli.ts), for every command but
// preview, which stops on Ctrl-C its own way: a process that merely uses
// these modules (a test runner's worker) keeps its signals as they were.
import type { ChildProcess } from 'node:child_process';
import type { Dirent } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readdirSync, rmdirSync, rmSync } from '../builtins.js';

/** Folders where this process names temporaries → the mark in their names, and whether in subfolders too. */
const temporaryFolders = new Map<string, { mark: string; subfolders: boolean }>();
/** Working folders in the system's temporary folder, removed whole. */
const scratchFolders = new Set<string>();
/** Tools running for this process → whether to kill its whole process group (a browser's helpers are in it). */
const children = new Map<ChildProcess, boolean>();
let enabled = false;
let listening = false;
/** Renames into place under way: a signal meanwhile waits for them. */
let renamesUnderWay = 0;
let interruptedBy: NodeJS.Signals | undefined;
/** Output folders this run made, outermost first: removed again if the run stops and leaves them empty. */
const madeFolders: string[] = [];

/** For the command line: from now on, a signal stops a run as said above. */
export function cleanUpWhenInterrupted(): void {
  enabled = true;
  if (temporaryFolders.size > 0 || scratchFolders.size > 0 || children.size > 0) listen();
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

/** `child` works for this run: it is killed if the run is interrupted (with `group`, its process group: it was started detached). */
export function killIfInterrupted(child: ChildProcess, options: { group?: boolean } = {}): void {
  children.set(child, options.group ?? false);
  child.once('exit', () => children.delete(child));
  child.once('error', () => children.delete(child));
  listen();
}

/** A new working folder in the system's temporary folder (`qikan-<purpose>-…`), removed if the run is interrupted. */
export async function scratchFolder(purpose: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), `qikan-${purpose}-`));
  scratchFolders.add(folder);
  listen();
  return folder;
}

/** Removes a working folder made by scratchFolder. */
export async function removeScratchFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  scratchFolders.delete(folder);
}

/** `folders` were made for this run's output (outermost first): an interrupted run removes them again if they are empty. */
export function removeIfEmptyWhenInterrupted(folders: readonly string[]): void {
  madeFolders.push(...folders);
}

/**
 * Runs `renames` (moves into place) to the end even if a signal comes
 * meanwhile; the signal is acted on after, and the message then says that
 * the new files are in place.
 */
export async function withoutInterruption<T>(renames: () => Promise<T>): Promise<T> {
  renamesUnderWay++;
  try {
    return await renames();
  } finally {
    if (--renamesUnderWay === 0 && interruptedBy !== undefined) stopNow(interruptedBy, 'after renames');
  }
}

function listen(): void {
  if (!enabled || listening) return;
  listening = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (renamesUnderWay > 0) interruptedBy = signal;
      else stopNow(signal);
    });
  }
}

function stopNow(signal: NodeJS.Signals, when: 'now' | 'after renames' = 'now'): never {
  // SIGKILL: a tool that finished its cleanup after ours could write a temporary again.
  for (const [child, group] of children) {
    try {
      if (group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // It has ended meanwhile.
    }
  }
  removeOwnTemporaries();
  for (const folder of [...madeFolders].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty (another run writes there) or gone: left as it is.
    }
  }
  process.stderr.write(
    when === 'now'
      ? `qikan: stopped (${signal}) — the files it was making are removed; the earlier ones are as they were\n`
      : `qikan: stopped (${signal}) once the new files were in place; nothing after them was done\n`,
  );
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/** Removes every temporary this process has named (see removeIfInterrupted); synchronous, as the process ends next. */
export function removeOwnTemporaries(): void {
  for (const [folder, { mark, subfolders }] of temporaryFolders) removeOwn(folder, mark, subfolders);
  for (const folder of scratchFolders) rmSync(folder, { recursive: true, force: true });
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
