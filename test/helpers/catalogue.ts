// The bad-input catalogue's harness: build a broken copy of the issues and
// expect exactly one message, exit 1, and the output folder as it was.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, expect } from 'vitest';
import { copyIssues, runCli, tempDir } from './book.js';

/** A digest of every file (name and bytes) under a folder. */
export async function folderDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (d: string): Promise<void> => {
    for (const entry of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, entry.name);
      hash.update(path.relative(dir, full));
      if (entry.isDirectory()) await walk(full);
      else hash.update(await readFile(full));
    }
  };
  await walk(dir);
  return hash.digest('hex');
}

/**
 * The good build every fixture of a catalogue file must leave as it was:
 * 2024-02 built into a temporary folder before the tests, and its digest.
 */
export function goodOutput(): { out: string; before: string } {
  const good = { out: '', before: '' };
  beforeAll(async () => {
    good.out = await tempDir();
    const result = await runCli(['build', '2024-02', '--out', good.out]);
    expect(result.code, result.stderr).toBe(0);
    good.before = await folderDigest(good.out);
  }, 120_000);
  return good;
}

export type BreakIt = (issues: string, work: string) => Promise<unknown>;

/**
 * Breaks a copy of the issues, builds 2024-02 into `out` and expects `message`
 * as the whole of stderr (a message ending in two spaces: only the start of
 * the one line), exit 1, and `out` unchanged.
 */
export async function expectRefused(breakIt: BreakIt, message: string, out: string, before: string): Promise<void> {
  const work = await copyIssues();
  await breakIt(path.join(work, 'issues'), work);
  const result = await runCli(['build', '2024-02', '--out', out], { cwd: work });
  if (message.endsWith('  ')) expect(result.stderr.startsWith(message) && result.stderr.trim().split('\n').length === 1, result.stderr).toBe(true);
  else expect(result.stderr).toBe(`${message}\n`);
  expect(result.code).toBe(1);
  expect(await folderDigest(out)).toBe(before);
}
