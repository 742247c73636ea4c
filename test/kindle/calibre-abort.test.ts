// Stopping a conversion waits for it to end: a killed ebook-convert may still
// be writing (here: a stand-in that takes its time to stop and writes as it
// goes), and the caller discards its staged files as soon as runCalibre
// returns. Nothing may write after that.
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { runCalibre } from '../../src/kindle/calibre.js';
import { tempDir } from '../helpers/book.js';

it('settles only when the stopped tool has ended', async () => {
  const dir = await tempDir();
  const bin = path.join(dir, 'bin');
  const trace = path.join(dir, 'trace');
  await mkdir(bin);
  // On SIGTERM it works on for a moment, then writes its last word and exits.
  await writeFile(path.join(bin, 'ebook-convert'), `#!/bin/sh\ntrap 'sleep 0.5; echo stopped >> "${trace}"; exit 143' TERM\necho started >> "${trace}"\nwhile true; do sleep 0.1; done\n`);
  await chmod(path.join(bin, 'ebook-convert'), 0o755);
  vi.stubEnv('PATH', `${bin}:${process.env.PATH ?? ''}`);
  try {
    const stop = new AbortController();
    const run = runCalibre('ebook-convert', [], 'book.epub', stop.signal);
    await new Promise((resolve) => setTimeout(resolve, 400));
    stop.abort();
    await expect(run).rejects.toThrow();
    // By the time runCalibre gave up, the tool had finished writing.
    expect(await readFile(trace, 'utf8')).toBe('started\nstopped\n');
  } finally {
    vi.unstubAllEnvs();
  }
});
