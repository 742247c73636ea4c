// Importing the raw text of 2024-02 reproduces the curated sources in
// issues/2024-02 article by article — except the one editorial correction
// (执行者 for the extraction's -executioner), which import must leave for the
// maintainer to decide.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/import/build-issue.js';
import { runImport } from '../../src/import/command.js';
import { textBlocks } from '../../src/import/text/read-text.js';
import { loadIssue } from '../../src/issue/load.js';
import { readArticle, readIssueFolder, type ArticleParts } from './article-parts.js';

const RAW = '/work/shared/inputs/2024-02-raw.txt';
const CURATED = path.resolve(import.meta.dirname, '../../issues/2024-02');

let into: string;
let imported: ArticleParts[];
let curated: ArticleParts[];
let result: Awaited<ReturnType<typeof runImport>>;

beforeAll(async () => {
  into = await mkdtemp(path.join(os.tmpdir(), 'qikan-import-'));
  result = await runImport({ input: RAW, into, force: false });
  imported = await readIssueFolder(result.issueDir);
  curated = await readIssueFolder(CURATED);
});

afterAll(async () => {
  await rm(into, { recursive: true, force: true });
});

describe('import of the raw 2024-02 text', () => {
  it('writes the issue folder named by the text, and series.yaml', async () => {
    expect(result.issueDir).toBe(path.join(into, '2024-02'));
    expect((await readdir(into)).sort()).toEqual(['2024-02', 'series.yaml']);
  });

  it('has the same number of articles as the curated issue', () => {
    expect(imported.map((a) => a.meta.title)).toEqual(curated.map((a) => a.meta.title));
  });

  it('writes issue.yaml with year, number, date and the articles in order', async () => {
    const meta = parse(await readFile(path.join(result.issueDir, 'issue.yaml'), 'utf8'));
    expect(meta).toMatchObject({ year: 2024, number: 2, date: '2024-02' });
    expect(meta.articles).toEqual(imported.map((a) => a.fileName));
    expect(meta.articles.every((name: string, i: number) => name.startsWith(`0${i + 1}`) && /^[a-z0-9-]+\.md$/.test(name))).toBe(true);
  });

  it.each([0, 1, 2, 3, 4, 5])('article %i has the curated title, toc_title and byline', (i) => {
    expect(imported[i]!.meta).toEqual(curated[i]!.meta);
  });

  it.each([0, 1, 2, 3, 5])('article %i has the curated paragraphs', (i) => {
    expect(imported[i]!.paragraphs).toEqual(curated[i]!.paragraphs);
  });

  it('leaves the Latin word in article 5 for the maintainer, and matches the curated text once it is corrected', () => {
    const body = imported[4]!.paragraphs.join('\n\n');
    expect(body).toContain('的-executioner、');
    expect(body.replace('的-executioner、', '的执行者、')).toBe(curated[4]!.paragraphs.join('\n\n'));
  });

  it('joins the 15 paragraphs torn at page breaks', async () => {
    expect(buildIssue(textBlocks(await readFile(RAW, 'utf8')), { display: 'raw.txt' }).joins).toBe(15);
  });

  it('writes a series.yaml that agrees with the curated one', async () => {
    const written = parse(await readFile(path.join(into, 'series.yaml'), 'utf8'));
    const expected = parse(await readFile(path.join(CURATED, '..', 'series.yaml'), 'utf8'));
    expect(written).toEqual(expected);
  });

  it('loads with loadIssue', async () => {
    const issue = await loadIssue(result.issueDir);
    expect(issue.id).toBe('2024-02');
    expect(issue.articles).toHaveLength(6);
  });

  it('lists every file it wrote', () => {
    expect(result.files.map((f) => path.relative(into, f))).toEqual([
      '2024-02/issue.yaml',
      ...imported.map((a) => `2024-02/${a.fileName}`),
      'series.yaml',
    ]);
  });

  it('agrees with an existing series.yaml and leaves it alone', async () => {
    const second = await mkdtemp(path.join(os.tmpdir(), 'qikan-import-'));
    try {
      const seriesText = await readFile(path.join(CURATED, '..', 'series.yaml'), 'utf8');
      await writeFile(path.join(second, 'series.yaml'), seriesText);
      const again = await runImport({ input: RAW, into: second, force: false });
      expect(again.files.map((f) => path.relative(second, f))).not.toContain('series.yaml');
      expect(await readFile(path.join(second, 'series.yaml'), 'utf8')).toBe(seriesText);
      expect(await readArticle(again.files[1]!)).toEqual(imported[0]);
    } finally {
      await rm(second, { recursive: true, force: true });
    }
  });
});
