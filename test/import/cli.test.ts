// `qikan import` as a maintainer runs it: the raw printed text becomes an
// issue folder, the check report says what is left, and the result builds.
import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { RAW_2024_02, runCli, tempDir } from '../helpers/book.js';

it('imports the raw 2024-02 text, reports what needs a person, and the result builds', async () => {
  const work = await tempDir();
  const imported = await runCli(['import', RAW_2024_02], { cwd: work });
  expect(imported.code, imported.stderr).toBe(0);
  expect(imported.stdout).toMatch(/^imported 6 articles into issues\/2024-02$/m);
  expect(imported.stdout).toMatch(/^issues\/2024-02\/05-[a-z0-9-]+\.md:\d+:\d+ {2}warning {2}cjk\/latin-word {2}Latin word "-executioner"/m);
  expect(imported.stdout).toMatch(/^0 errors, 1 warning$/m);

  const built = await runCli(['build', '2024-02', '--out', 'dist'], { cwd: work });
  expect(built.code, built.stderr).toBe(0);
  expect(await readdir(path.join(work, 'dist', '2024-02'))).toEqual(['llxx-2024-02.epub']);

  const again = await runCli(['import', RAW_2024_02], { cwd: work });
  expect(again.code).toBe(1);
  expect(again.stderr.trim().split('\n')).toHaveLength(1);
  expect(again.stderr).toMatch(/--force/);
}, 120_000);

it('says how to call it on a usage mistake', async () => {
  const result = await runCli(['import']);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/import takes one file/);
});
