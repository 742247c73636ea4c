// A build killed at any moment leaves the previous good book untouched, and
// the next run leaves no temporary file behind; concurrent builds of the same
// issue do not corrupt each other.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { CLI, ROOT, runCli, tempDir } from '../helpers/book.js';

let out: string;
let good: Buffer;
const book = () => path.join(out, '2024-02', 'llxx-2024-02.epub');

beforeAll(async () => {
  out = await tempDir();
  const result = await runCli(['build', '2024-02', '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  good = await readFile(book());
}, 120_000);

function killAfter(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'build', '2024-02', '--out', out], { cwd: ROOT, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

it('survives SIGKILL at random moments: the book is always the complete previous one', async () => {
  // Seeded, so a failure can be replayed: delays spread over a whole build.
  let seed = 20240208;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let round = 0; round < 12; round++) {
    await killAfter(Math.floor(random() * 900));
    // Same sources give the same bytes, so a finished build also equals the good book.
    expect((await readFile(book())).equals(good), `round ${round}`).toBe(true);
  }
  const result = await runCli(['build', '2024-02', '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  expect(await readdir(path.join(out, '2024-02'))).toEqual(['llxx-2024-02.epub']);
  expect((await readFile(book())).equals(good)).toBe(true);
}, 180_000);

/** Starts a build and kills it the moment its temporary file appears: in the window between writing and renaming. */
function killWhileWriting(): Promise<boolean> {
  return new Promise((resolve) => {
    const folder = path.join(out, '2024-02');
    let caught = false;
    const child = spawn(process.execPath, [CLI, 'build', '2024-02', '--out', out], { cwd: ROOT, stdio: 'ignore' });
    const watcher = watch(folder, (_event, name) => {
      if (caught || !String(name).includes('.qikan-tmp-')) return;
      caught = true;
      child.kill('SIGKILL');
    });
    child.on('exit', () => {
      watcher.close();
      resolve(caught);
    });
  });
}

it('survives SIGKILL while the new book is being written: the old one stays, the next run clears the debris', async () => {
  let caughtInTheWindow = 0;
  for (let round = 0; round < 5; round++) {
    if (await killWhileWriting()) caughtInTheWindow++;
    expect((await readFile(book())).equals(good), `round ${round}`).toBe(true);
  }
  // The test is only worth something if the kill did land mid-write.
  expect(caughtInTheWindow).toBeGreaterThan(0);
  const result = await runCli(['build', '2024-02', '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  expect(await readdir(path.join(out, '2024-02'))).toEqual(['llxx-2024-02.epub']);
}, 120_000);

it('lets two builds of the same issue run at once', async () => {
  const [a, b] = await Promise.all([runCli(['build', '2024-02', '--out', out]), runCli(['build', '2024-02', '--out', out])]);
  expect(a.code, a.stderr).toBe(0);
  expect(b.code, b.stderr).toBe(0);
  expect((await readFile(book())).equals(good)).toBe(true);
  expect(await readdir(path.join(out, '2024-02'))).toEqual(['llxx-2024-02.epub']);
}, 120_000);
