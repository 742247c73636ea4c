// A release's files change together or not at all: Staging.commit either puts
// every staged file in place or leaves every previous file as it was, and
// says in one line what stopped it.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostic.js';
import { staged, Staging } from '../../src/output/staging.js';

let folder: string;
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function previousRelease(): Promise<void> {
  folder = await mkdtemp(path.join(os.tmpdir(), 'qikan-staging-'));
  await writeFile(path.join(folder, 'book.epub'), 'old epub');
  await writeFile(path.join(folder, 'SHA256SUMS'), 'old sums');
}

const contents = async () => Object.fromEntries(await Promise.all((await readdir(folder)).sort().map(async (n) => [n, await readFile(path.join(folder, n), 'utf8').catch(() => '(folder)')])));

describe('Staging', () => {
  it('puts every staged file in place and leaves no temporary', async () => {
    await previousRelease();
    await staged(folder, async (staging) => {
      await staging.write(path.join(folder, 'book.epub'), 'new epub');
      await staging.write(path.join(folder, 'SHA256SUMS'), 'new sums');
      await staging.write(path.join(folder, 'release-notes.md'), 'notes');
    });
    expect(await contents()).toEqual({ 'book.epub': 'new epub', 'SHA256SUMS': 'new sums', 'release-notes.md': 'notes' });
  });

  it('refuses, before moving anything, when a final path is a folder', async () => {
    await previousRelease();
    await mkdir(path.join(folder, 'release-notes.md'));
    const run = staged(folder, async (staging) => {
      await staging.write(path.join(folder, 'book.epub'), 'new epub');
      await staging.write(path.join(folder, 'release-notes.md'), 'notes');
    });
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(/release-notes\.md.*is a folder where a file of the book should go/);
    expect(await contents()).toEqual({ 'book.epub': 'old epub', 'SHA256SUMS': 'old sums', 'release-notes.md': '(folder)' });
  });

  it('puts the previous files back when a rename fails half way', async () => {
    await previousRelease();
    const staging = await Staging.open(folder);
    await staging.write(path.join(folder, 'book.epub'), 'new epub');
    await staging.write(path.join(folder, 'new.azw3'), 'new azw3');
    const sums = await staging.write(path.join(folder, 'SHA256SUMS'), 'new sums');
    await rm(sums); // the third rename will fail
    const error = await staging.commit().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).diagnostics).toMatchObject([{ ruleId: 'output/unwritable', message: /the previous files are left as they were/ }]);
    await staging.discard();
    expect(await contents()).toEqual({ 'book.epub': 'old epub', 'SHA256SUMS': 'old sums' });
  });
});
