// Many issues in one `qikan build` (shared among worker threads): every book
// equals the one a single-issue build makes, and a broken issue is reported
// without stopping the others.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { copyIssues, runCli, tempDir } from '../helpers/book.js';

async function archive(count: number): Promise<string> {
  const work = await copyIssues();
  for (let n = 1; n <= count; n++) {
    const id = `2023-${String(n).padStart(2, '0')}`;
    const dir = path.join(work, 'issues', id);
    await cp(path.join(work, 'issues', '2024-02'), dir, { recursive: true });
    const yaml = (await readFile(path.join(dir, 'issue.yaml'), 'utf8'))
      .replace(/^year: .*$/m, 'year: 2023')
      .replace(/^number: .*$/m, `number: ${n}`)
      .replace(/^date: .*$/m, `date: ${id}`);
    await writeFile(path.join(dir, 'issue.yaml'), yaml);
  }
  return work;
}

it('builds an archive in parallel, each book identical to its single build', async () => {
  const work = await archive(7);
  const all = await runCli(['build', '--out', 'all'], { cwd: work });
  expect(all.code, all.stderr).toBe(0);
  expect(all.stdout.trim().split('\n')).toHaveLength(8);
  for (const id of ['2023-01', '2023-07', '2024-02']) {
    const single = await tempDir();
    const one = await runCli(['build', id, '--out', single], { cwd: work });
    expect(one.code, one.stderr).toBe(0);
    const a = await readFile(path.join(work, 'all', id, `llxx-${id}.epub`));
    const b = await readFile(path.join(single, id, `llxx-${id}.epub`));
    expect(a.equals(b), id).toBe(true);
  }
}, 180_000);

it('reports a broken issue of an archive and still builds the rest', async () => {
  const work = await archive(5);
  await writeFile(path.join(work, 'issues', '2023-03', 'issue.yaml'), 'year: 2023\nnumber: 3\ndate: 2023-03\narticles: [missing.md]\n');
  const result = await runCli(['build', '--out', 'all'], { cwd: work });
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^issues\/2023-03\/issue\.yaml:4:\d+ {2}error {2}schema\/missing-article {2}articles\[0\]: file missing\.md not found/m);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout.trim().split('\n')).toHaveLength(5);
}, 180_000);
