// Helpers to build books from the real sources in a temp folder and open them.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = path.join(ROOT, 'dist-js', 'cli.js');
export const RAW_2024_02 = path.join(ROOT, '..', 'shared', 'inputs', '2024-02-raw.txt');

const execFileAsync = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the compiled CLI as a user would (npm test compiles it first). */
export async function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

export async function tempDir(prefix = 'qikan-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

/** A temp copy of the repository's issues/ folder, to break or extend in a test. */
export async function copyIssues(): Promise<string> {
  const dir = await tempDir();
  await cp(path.join(ROOT, 'issues'), path.join(dir, 'issues'), { recursive: true });
  return dir;
}

export async function openEpub(file: string): Promise<JSZip> {
  return JSZip.loadAsync(await readFile(file));
}

export async function entryText(zip: JSZip, name: string): Promise<string> {
  const entry = zip.file(name);
  if (!entry) throw new Error(`${name} is not in the book`);
  return entry.async('string');
}
