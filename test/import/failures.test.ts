// Every failure is a UserError with one clear line (file, rule, what to do),
// and nothing is written: the into folder is exactly as it was.
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/import/command.js';
import { UserError } from '../../src/diagnostic.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const RAW = path.join(FIXTURES, '2025-03-raw.txt');
const SERIES = path.resolve(import.meta.dirname, '../../issues/series.yaml');

let work: string;
let into: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'qikan-import-'));
  into = path.join(work, 'issues');
  await mkdir(into);
  await writeFile(path.join(into, 'series.yaml'), await readFile(SERIES));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Every file under a folder with its content, to prove that nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = entry.isFile() ? await readFile(full, 'base64') : '<dir>';
  }
  return out;
}

async function rawWith(change: (text: string) => string, name = 'input.txt'): Promise<string> {
  const file = path.join(work, name);
  await writeFile(file, change(await readFile(RAW, 'utf8')));
  return file;
}

type Case = [string, () => Promise<{ input: string; id?: string }>, RegExp];

const CASES: Case[] = [
  ['a file that does not exist', async () => ({ input: path.join(work, 'missing.txt') }), /missing\.txt {2}error {2}source\/missing-file {2}cannot be read: no such file or folder$/],
  ['an empty text file', async () => ({ input: await rawWith(() => '') }), /input\.txt {2}error {2}import\/empty {2}is empty — nothing to import$/],
  ['a text file of blank lines', async () => ({ input: await rawWith(() => '\n \u3000\n\n') }), /import\/empty {2}is empty/],
  ['an empty .docx', async () => ({ input: await rawWith(() => '', 'input.docx') }), /input\.docx {2}error {2}import\/empty {2}is empty/],
  ['a .docx that is not a Word document', async () => ({ input: await rawWith((t) => t, 'input.docx') }), /input\.docx {2}error {2}import\/not-docx {2}is not a readable Word \.docx document \(.*\) — open it in Word or WPS and save it again as \.docx$/],
  ['an old .doc file', async () => ({ input: await rawWith((t) => t, 'input.doc') }), /import\/unsupported-format {2}is an old Word \.doc file — open it in Word or WPS and save it as \.docx$/],
  ['a file of another kind', async () => ({ input: await rawWith((t) => t, 'input.html') }), /import\/unsupported-format {2}is not a \.txt, \.docx or \.pdf file/],
  ['text that is not UTF-8', async () => {
    const file = path.join(work, 'gbk.txt');
    await writeFile(file, Buffer.from([0xc0, 0xed, 0xc2, 0xdb])); // 理论 in GBK
    return { input: file };
  }, /gbk\.txt {2}error {2}source\/encoding {2}is not valid UTF-8/],
  // No contents page: fail rather than guess the articles (see buildIssue).
  ['a text without a contents page', async () => ({ input: await rawWith((t) => t.replace(/目 {2}录[\s\S]*?通知……+12\n/, '')) }), /input\.txt {2}error {2}import\/no-contents {2}has no contents page \(a line 目 录 followed by one line per article\) — add one/],
  ['a contents entry whose headline is missing', async () => ({ input: await rawWith((t) => t.replace('\n市委常委会召开会议传达学习全国两会精神\n', '\n')) }), /import\/contents-entry-not-found {2}contents entry 3 "市委常委会召开会议传达学习全国两会精神" has no matching headline/],
  ['text between the contents and the first article', async () => ({ input: await rawWith((t) => t.replace('\n全国两会在北京隆重 开幕', '\n编者按：本期选编四篇文章。\n\n全国两会在北京隆重 开幕')) }), /import\/orphan-text {2}text after the contents page belongs to no article: "编者按：本期选编四篇文章。"/],
  ['a text with no year or number', async () => ({ input: await rawWith((t) => t.replace('二〇二五年', '').replace('第3次', '').replace('（第3次）', '')) }), /import\/no-issue-id {2}names no year and issue number .* or pass --id 2024-02$/],
  ['a malformed --id', async () => ({ input: RAW, id: '2025-3' }), /import\/bad-id {2}--id 2025-3 is not an issue id/],
  ['an --id whose year is not the date’s', async () => ({ input: RAW, id: '2024-03' }), /import\/date-year {2}is dated 2025-03, which is not in the year 2024 of issue 2024-03/],
  ['a title page that disagrees with series.yaml', async () => ({ input: await rawWith((t) => t.replace('\n综合办\n', '\n宣传部\n')) }), /issues\/series\.yaml {2}error {2}import\/series-mismatch {2}has editor "综合办", but the title page of .*input\.txt prints "宣传部" — correct whichever is wrong/],
];

describe('failures write nothing', () => {
  it.each(CASES)('%s', async (_, make, message) => {
    const { input, id } = await make();
    const before = await snapshot(into);
    const error = await runImport({ input, into, force: false, ...(id ? { id } : {}) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    const text = (error as UserError).message;
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toMatch(message);
    expect(await snapshot(into)).toEqual(before);
  });

  it('refuses to replace an existing issue folder without --force', async () => {
    await mkdir(path.join(into, '2025-03'));
    await writeFile(path.join(into, '2025-03', 'notes.md'), 'mine\n');
    const before = await snapshot(into);
    await expect(runImport({ input: RAW, into, force: false })).rejects.toThrow(
      /issues\/2025-03 {2}error {2}import\/issue-exists {2}already exists — pass --force to replace it, or --id to import under another id$/,
    );
    expect(await snapshot(into)).toEqual(before);
  });

  it('leaves no trace when the into folder cannot be written', async () => {
    const file = path.join(work, 'not-a-folder');
    await writeFile(file, 'x');
    await expect(runImport({ input: RAW, into: path.join(file, 'issues'), force: false })).rejects.toThrow(/output\/unwritable {2}cannot be written/);
    expect((await stat(file)).isFile()).toBe(true);
    expect((await readdir(work)).sort()).toEqual(['issues', 'not-a-folder']);
  });

  it('names a missing series.yaml that the text cannot supply', async () => {
    await rm(path.join(into, 'series.yaml'));
    const input = await rawWith((t) => t.replace('（第3次）', '第3次'));
    await expect(runImport({ input, into, force: false })).rejects.toThrow(/issues\/series\.yaml {2}error {2}import\/no-series {2}is missing and .* has no title page/);
    expect(await readdir(into)).toEqual([]);
  });
});
