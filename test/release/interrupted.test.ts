// Ctrl-C (or SIGTERM) during a release: the files it was making go, the
// earlier release stays as it was byte for byte, the tools it started do not
// run on, and the exit code says which signal stopped it.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';

const EARLIER: Record<string, string> = {
  'llxx-2024-02.epub': 'earlier epub',
  'llxx-2024-02.azw3': 'earlier azw3',
  'llxx-2024-02.mobi': 'earlier mobi',
  SHA256SUMS: 'earlier sums',
  'release-notes.md': 'earlier notes',
  'release.json': '{"earlier":true}',
};

/** The processes whose command line holds `text` (the tools a run started, with its output folder in their arguments). */
async function processesNaming(text: string): Promise<number[]> {
  const pids: number[] = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (command.includes(text) && Number(pid) !== process.pid) pids.push(Number(pid));
  }
  return pids;
}

describe.skipIf(!(toolAvailable('calibre') && toolAvailable('epubcheck')))('a release stopped by a signal', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s while the books are checked and converted: exit %i, nothing left behind, the earlier release untouched', async (signal, code) => {
    const out = await tempDir();
    const folder = path.join(out, '2024-02');
    await mkdir(folder);
    for (const [name, text] of Object.entries(EARLIER)) await writeFile(path.join(folder, name), text);
    const child = spawn(process.execPath, [CLI, 'release', '2024-02', '--out', out], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    // Stopped once the Kindle conversions are under way: a temporary AZW3 is in the folder.
    await new Promise<void>((resolve) => {
      const watcher = watch(folder, (_event, name) => {
        if (!String(name).includes('.qikan-tmp-') || !String(name).endsWith('.azw3')) return;
        watcher.close();
        resolve();
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const tools = await processesNaming(folder);
    expect(tools.length, 'Calibre is converting into the folder').toBeGreaterThan(0);
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(stderr).toBe(`qikan: stopped (${signal}) — the files it was making are removed; the earlier ones are as they were\n`);
    // Nothing of the run is written afterwards either: its tools are gone.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await processesNaming(folder)).toEqual([]);
    expect((await readdir(folder)).sort()).toEqual(Object.keys(EARLIER).sort());
    for (const [name, text] of Object.entries(EARLIER)) expect(await readFile(path.join(folder, name), 'utf8')).toBe(text);
  }, 120_000);

  it('a first release stopped by SIGINT leaves neither the folder it made for the books nor anything in the temporary folder', async () => {
    const out = await tempDir();
    const tmp = await tempDir();
    const child = spawn(process.execPath, [CLI, 'release', '2024-02', '--out', out], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, TMPDIR: tmp } });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    // Stopped once Ace, EPUBCheck and Calibre are all under way: Ace's browser has its profile, Calibre writes the AZW3.
    await new Promise<void>((resolve) => {
      const watcher = watch(out, { recursive: true }, (_event, name) => {
        if (!String(name).includes('.qikan-tmp-') || !String(name).endsWith('.azw3')) return;
        watcher.close();
        resolve();
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await readdir(tmp)).some((name) => name.startsWith('qikan-'))).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // The cover cache stays, whole files only (they are written atomically): the next run uses it.
    expect(await readdir(out)).toEqual(['.cache']);
    expect((await readdir(out, { recursive: true })).filter((name) => name.includes('.qikan-tmp-'))).toEqual([]);
    expect(await readdir(tmp)).toEqual([]);
  }, 120_000);
});
