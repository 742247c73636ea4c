// A second raw text, written for the tests (fixtures/2025-03-raw.txt): four
// articles, a byline, a dateline, two page-break splits, a headline with a
// stray space, `2025 年`, a Latin word, a contents entry on two lines, a short
// subheading (not joined), and paragraphs that Markdown would misread. The
// import must equal fixtures/2025-03-expected/ byte for byte.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/import/build-issue.js';
import { runImport } from '../../src/import/command.js';
import { textBlocks } from '../../src/import/text/read-text.js';
import { loadIssue } from '../../src/issue/load.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const RAW = path.join(FIXTURES, '2025-03-raw.txt');
const EXPECTED = path.join(FIXTURES, '2025-03-expected');

let into: string;
beforeEach(async () => {
  into = await mkdtemp(path.join(os.tmpdir(), 'qikan-import-'));
});
afterEach(async () => {
  await rm(into, { recursive: true, force: true });
});

async function expectFolderEqual(actual: string, expected: string): Promise<void> {
  const names = (await readdir(expected)).sort();
  expect((await readdir(actual)).sort()).toEqual(names);
  for (const name of names) {
    expect(await readFile(path.join(actual, name), 'utf8'), name).toBe(await readFile(path.join(expected, name), 'utf8'));
  }
}

describe('import of a second raw text', () => {
  it('writes exactly the expected issue folder and series.yaml', async () => {
    const result = await runImport({ input: RAW, into, force: false });
    expect(result.issueDir).toBe(path.join(into, '2025-03'));
    await expectFolderEqual(result.issueDir, EXPECTED);
    expect(await readFile(path.join(into, 'series.yaml'), 'utf8')).toBe(await readFile(path.join(FIXTURES, '2025-03-series.yaml'), 'utf8'));
    await expect(loadIssue(result.issueDir)).resolves.toMatchObject({ id: '2025-03' });
  });

  it('joins exactly the two paragraphs torn at page breaks', async () => {
    const issue = buildIssue(textBlocks(await readFile(RAW, 'utf8')), { display: 'raw.txt' });
    expect(issue.joins).toBe(2);
  });

  it('reads Windows line endings the same way', async () => {
    const crlf = path.join(into, '2025-03-raw.txt');
    await writeFile(crlf, (await readFile(RAW, 'utf8')).replace(/\n/g, '\r\n'));
    const result = await runImport({ input: crlf, into: path.join(into, 'issues'), force: false });
    await expectFolderEqual(result.issueDir, EXPECTED);
  });

  it('takes the id from --id over the one printed', async () => {
    const result = await runImport({ input: RAW, into, id: '2025-13', force: false });
    expect(result.issueDir).toBe(path.join(into, '2025-13'));
    expect(await readFile(path.join(result.issueDir, 'issue.yaml'), 'utf8')).toContain('number: 13\ndate: 2025-03\n');
    await expect(loadIssue(result.issueDir)).resolves.toMatchObject({ id: '2025-13' });
  });

  it('replaces an existing issue folder with --force, and only then', async () => {
    const first = await runImport({ input: RAW, into, force: false });
    await writeFile(path.join(first.issueDir, '05-extra.md'), 'left over\n');
    await expect(runImport({ input: RAW, into, force: false })).rejects.toThrow(/already exists — pass --force/);
    await runImport({ input: RAW, into, force: true });
    await expectFolderEqual(first.issueDir, EXPECTED);
    expect((await readdir(into)).sort()).toEqual(['2025-03', 'series.yaml']);
  });
});
