// Every invalid source gives its one-line error — file, line, rule, what to
// do — exit code 1, no stack trace, and the previous good book untouched.
import { appendFile, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyIssues, runCli, tempDir } from '../helpers/book.js';

let out: string;
let goodBook: Buffer;
const bookPath = () => path.join(out, '2024-02', 'llxx-2024-02.epub');

beforeAll(async () => {
  out = await tempDir();
  const result = await runCli(['build', '2024-02', '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  goodBook = await readFile(bookPath());
}, 120_000);

type Breakage = (issues: string) => Promise<void>;

const edit = (file: string, change: (text: string) => string): Breakage => async (issues) => {
  const full = path.join(issues, file);
  await writeFile(full, change(await readFile(full, 'utf8')));
};

const CASES: [string, Breakage, RegExp][] = [
  [
    'an unknown key in series.yaml',
    edit('series.yaml', (t) => t.replace('slug: llxx', 'slug: llxx\ncolour: red')),
    /^issues\/series\.yaml:7:1 {2}error {2}schema\/unknown-key {2}colour: unknown key — remove it or check its spelling/,
  ],
  [
    'a slug that is not ASCII',
    edit('series.yaml', (t) => t.replace('slug: llxx', 'slug: 理论')),
    /^issues\/series\.yaml:6:7 {2}error {2}schema\/invalid-value {2}slug: must be lowercase ASCII/,
  ],
  [
    'a wrong type in issue.yaml',
    edit('2024-02/issue.yaml', (t) => t.replace('number: 2', 'number: two')),
    // zod's own words, in English: zod/mini loads no locale of itself (src/issue/zod.ts sets it).
    /^issues\/2024-02\/issue\.yaml:3:9 {2}error {2}schema\/invalid-value {2}number: Invalid input: expected number, received string$/,
  ],
  [
    'a folder name that disagrees with year/number',
    edit('2024-02/issue.yaml', (t) => t.replace('number: 2', 'number: 3')),
    /^issues\/2024-02\/issue\.yaml:3:9 {2}error {2}schema\/folder-name {2}year 2024 and number 3 make the issue id 2024-03, but the folder is named 2024-02/,
  ],
  [
    // Its web page would be the issue's title page (index.html): its text missing from the site (found by a hostile review).
    'an article named index.md',
    edit('2024-02/issue.yaml', (t) => t.replace('  - 01-xi-tuanbai.md', '  - Index.md')),
    /^issues\/2024-02\/issue\.yaml:6:5 {2}error {2}schema\/invalid-value {2}articles\[0\]: must not be index\.md \(the web edition’s title page is index\.html\) — rename the file, e.g\. 01-index\.md/,
  ],
  [
    'a date that is not a real date',
    edit('2024-02/issue.yaml', (t) => t.replace('date: 2024-02', 'date: 2024-13')),
    /^issues\/2024-02\/issue\.yaml:4:7 {2}error {2}schema\/invalid-value {2}date: is not a real calendar date/,
  ],
  [
    // zod runs a string's later checks after its format fails: the time check read a date without a time and threw (exit 70).
    'a corrected-edition time written as a date',
    edit('2024-02/issue.yaml', (t) => t.replace('date: 2024-02', 'date: 2024-02\nmodified: 2024-01-01')),
    /^issues\/2024-02\/issue\.yaml:5:11 {2}error {2}schema\/invalid-value {2}modified: must be a UTC time stamp like 2024-03-01T08:00:00Z$/,
  ],
  [
    'an issue date in another form',
    edit('2024-02/issue.yaml', (t) => t.replace('date: 2024-02', 'date: 2024/02')),
    /^issues\/2024-02\/issue\.yaml:4:7 {2}error {2}schema\/invalid-value {2}date: must be a date written YYYY-MM or YYYY-MM-DD \(quote it in YAML\)$/,
  ],
  [
    // zod also ran the list's length check on the string (“at most 3 lines fit on the cover”): one message is the type's.
    'cover lines written as one line instead of a list',
    edit('series.yaml', (t) => t.replace(/organisation: \[[^\]]*\]/, 'organisation: 中国共产党运城开放大学总支委员会')),
    /^issues\/series\.yaml:11:\d+ {2}error {2}schema\/invalid-value {2}cover\.organisation: Invalid input: expected array, received string$/,
  ],
  [
    'an empty article list written as an empty string',
    edit('2024-02/issue.yaml', (t) => t.replace(/articles:\n(  - .*\n)+/, 'articles: ""\n')),
    /^issues\/2024-02\/issue\.yaml:5:11 {2}error {2}schema\/invalid-value {2}articles: Invalid input: expected array, received string$/,
  ],
  [
    'a listed file that is missing',
    edit('2024-02/issue.yaml', (t) => `${t}  - 07-shi.md\n`),
    /^issues\/2024-02\/issue\.yaml:12:5 {2}error {2}schema\/missing-article {2}articles\[6\]: file 07-shi\.md not found/,
  ],
  [
    'a Markdown file that is not listed',
    async (issues) => writeFile(path.join(issues, '2024-02', '07-extra.md'), '---\ntitle: 附录\n---\n\n正文。\n'),
    /^issues\/2024-02\/issue\.yaml:5:1 {2}error {2}schema\/unlisted-article {2}07-extra\.md is in the issue folder but not listed in articles/,
  ],
  [
    'an article without a title',
    edit('2024-02/05-quanguo-jiaoyu.md', (t) => t.replace('title: 2024年全国教育工作会议精神\n', '')),
    /^issues\/2024-02\/05-quanguo-jiaoyu\.md:2:1 {2}error {2}schema\/missing-key {2}title: required key is missing/,
  ],
  [
    'an unknown front-matter key',
    edit('2024-02/03-shengwei.md', (t) => t.replace('byline:', 'author:')),
    /^issues\/2024-02\/03-shengwei\.md:4:1 {2}error {2}schema\/unknown-key {2}author: unknown key/,
  ],
  [
    'a YAML escape that puts a control character into the series title',
    edit('series.yaml', (t) => t.replace('title: 理论学习中心组学习资料', 'title: "理论\\u0007学习"')),
    /^issues\/series\.yaml:2:8 {2}error {2}schema\/invalid-value {2}title: contains the invisible character U\+0007, which XML forbids — delete it/,
  ],
  [
    'a YAML escape that puts a control character into an article title',
    edit('2024-02/01-xi-tuanbai.md', (t) => t.replace('title: 习近平：在二〇二四年春节团拜会上的讲话', 'title: "\\x1b习近平：在二〇二四年春节团拜会上的讲话"')),
    /^issues\/2024-02\/01-xi-tuanbai\.md:2:8 {2}error {2}schema\/invalid-value {2}title: contains the invisible character U\+001B/,
  ],
  [
    'a YAML escape that puts U+FFFE into a cover line',
    edit('series.yaml', (t) => t.replace('organisation: [中国共产党,', 'organisation: ["中国\\uFFFE共产党",')),
    /^issues\/series\.yaml:11:\d+ {2}error {2}schema\/invalid-value {2}cover\.organisation\[0\]: contains the invisible character U\+FFFE/,
  ],
  [
    'an article that is a symbolic link to a file outside the issue folder',
    async (issues) => {
      const article = path.join(issues, '2024-02', '06-quansheng-jiaoyu.md');
      const outside = path.join(issues, '..', 'private.md');
      await writeFile(outside, '---\ntitle: 私人笔记\n---\n\n不应出版。\n');
      await rm(article);
      await symlink(outside, article);
    },
    /^issues\/2024-02\/06-quansheng-jiaoyu\.md {2}error {2}source\/outside-folder {2}is a symbolic link to a file outside issues\/2024-02\/ — copy the file into the folder instead$/,
  ],
  [
    'broken YAML',
    edit('2024-02/issue.yaml', (t) => t.replace('year: 2024', 'year: [2024')),
    /^issues\/2024-02\/issue\.yaml:\d+:\d+ {2}error {2}schema\/yaml-syntax {2}YAML syntax: /,
  ],
  [
    'an article saved as GB18030',
    async (issues) => writeFile(path.join(issues, '2024-02', '06-quansheng-jiaoyu.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xd6, 0xd0, 0xce, 0xc4, 0x0a])),
    /^issues\/2024-02\/06-quansheng-jiaoyu\.md {2}error {2}source\/encoding {2}is not valid UTF-8 .* iconv -f GB18030 -t UTF-8/,
  ],
];

describe('a broken source', () => {
  it.each(CASES)('%s: one clear line, exit 1, the previous book untouched', async (_name, breakIt, expected) => {
    const work = await copyIssues();
    await breakIt(path.join(work, 'issues'));
    const result = await runCli(['build', '2024-02', '--out', out], { cwd: work });
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect((await readFile(bookPath())).equals(goodBook)).toBe(true);
    expect((await readdir(path.join(out, '2024-02'))).sort()).toEqual(['llxx-2024-02.epub']);
    await rm(work, { recursive: true, force: true });
  }, 60_000);

  it('reports every problem at once, not just the first', async () => {
    const work = await copyIssues();
    await appendFile(path.join(work, 'issues', '2024-02', 'issue.yaml'), '  - 07-shi.md\n');
    await writeFile(path.join(work, 'issues', '2024-02', '08-extra.md'), '---\ntitle: 附录\n---\n\n正文。\n');
    const result = await runCli(['build', '2024-02', '--out', out], { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(2);
  }, 60_000);

  it('says how to use the command on a usage mistake (exit 2)', async () => {
    const result = await runCli(['build', '--outt', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/qikan --help/);
  });
});
