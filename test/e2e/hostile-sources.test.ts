// The bad-input catalogue, continued: text sources from the second hostile
// review (issue 17). One fixture each: the exact message, exit 1, no stack
// trace, the output folder byte-for-byte as it was.
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyIssues, runCli } from '../helpers/book.js';
import { tinyPng } from '../import/tiny-png.js';
import { expectRefused, goodOutput, type BreakIt } from '../helpers/catalogue.js';

const good = goodOutput();

const ARTICLE = 'issues/2024-02/01-xi-tuanbai.md';
const append =
  (file: string, text: string): BreakIt =>
  async (issues) =>
    appendFile(path.join(issues, '..', file), text);
const LINK = 'is not an address a reader can open — write a full address such as https://www.gov.cn/…, or remove the link and keep its text';
const HEADING = 'heading has no text (an image or markup alone does not name a section) — write its words, or make it a paragraph';

const CASES: [string, BreakIt, string][] = [
  [
    'modified: a time stamp of the right shape that is no time (every ZIP entry would be dated 1980-00-00)',
    append('issues/2024-02/issue.yaml', 'modified: "2024-13-45T99:99:99Z"\n'),
    'issues/2024-02/issue.yaml:12:11  error  schema/invalid-value  modified: is not a real time between 1980 and 2107 (what a ZIP time stamp can hold), e.g. 2024-03-01T08:00:00Z',
  ],
  ['an empty heading', append(ARTICLE, '\n##\n'), `${ARTICLE}:37:1  error  structure/empty-heading  ${HEADING}`],
  [
    'a heading that is only an image',
    async (issues) => {
      await writeFile(path.join(issues, '2024-02', 'x.png'), tinyPng());
      await append(ARTICLE, '\n## ![图](x.png)\n')(issues, '');
    },
    `${ARTICLE}:37:4  error  structure/empty-heading  ${HEADING}`,
  ],
  ['a link to http://', append(ARTICLE, '\n见[网](http://)。\n'), `${ARTICLE}:37:6  error  structure/link-address  link "http://" ${LINK}`],
  ['a link to https:', append(ARTICLE, '\n见[网](https:)。\n'), `${ARTICLE}:37:6  error  structure/link-address  link "https:" ${LINK}`],
  ['a link with a space in its host', append(ARTICLE, '\n见[网](<https://exa mple.com>)。\n'), `${ARTICLE}:37:7  error  structure/link-address  link "https://exa mple.com" ${LINK}`],
  ['a link to x:y', append(ARTICLE, '\n见[网](x:y)。\n'), `${ARTICLE}:37:6  error  structure/link-address  link "x:y" ${LINK}`],
  [
    'an autolink inside a link (found by the fuzz campaign, seed 20240217; reduced by hand)',
    append(ARTICLE, '\n[见<https://www.gov.cn/>全文](https://www.news.cn/)。\n'),
    `${ARTICLE}:37:1  error  structure/nested-link  a link inside the text of another link — write the inner address as plain text, or take it out of the [ ]`,
  ],
  [
    'an autolink inside a reference link (found by the 2,000-issue campaign, seed 20240217; reduced by hand)',
    append(ARTICLE, '\n见[全文<https://www.gov.cn/>学][甲]。\n\n[甲]: https://www.news.cn/\n'),
    `${ARTICLE}:37:1  error  structure/nested-link  a link inside the text of another link — write the inner address as plain text, or take it out of the [ ]`,
  ],
  [
    'an article saved as UTF-16 with its BOM (not "probably GB18030")',
    async (issues) => {
      const file = path.join(issues, '2024-02', '06-quansheng-jiaoyu.md');
      await writeFile(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(await readFile(file, 'utf8'), 'utf16le')]));
    },
    'issues/2024-02/06-quansheng-jiaoyu.md  error  source/encoding  is UTF-16LE (it starts with that byte-order mark), not UTF-8 — convert it: iconv -f UTF-16 -t UTF-8 "issues/2024-02/06-quansheng-jiaoyu.md" > fixed.md',
  ],
  [
    'a file name with a newline that would forge a finding line',
    async (issues) => writeFile(path.join(issues, '2024-02', '07-x\n01-xi-tuanbai.md:1:1  error  cjk∕forged  x.md'), '---\ntitle: 伪\n---\n\n正文。\n'),
    'issues/2024-02/issue.yaml:5:1  error  schema/unlisted-article  07-x\\n01-xi-tuanbai.md:1:1  error  cjk∕forged  x.md is in the issue folder but not listed in articles — add it to the list or move it out of the folder',
  ],
  [
    'a title with a newline, in a message',
    async (issues) => {
      for (const name of ['02-zhongyang.md', '03-shengwei.md']) {
        const file = path.join(issues, '2024-02', name);
        await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: "学习\\n贯彻"'));
      }
    },
    'issues/2024-02/03-shengwei.md:2:1  error  structure/duplicate-title  title "学习\\n贯彻" is also the title of 02-zhongyang.md — give each article its own title',
  ],
];

describe('what must build, and did not', () => {
  it('a section head standing alone, verse, contact and date lines: no page-break finding, and --fix leaves them', async () => {
    const work = await copyIssues();
    const text = '\n一、总体要求\n\n坚持稳中求进。\n\n（一）工作安排\n\n分三个阶段进行。\n\n春眠不觉晓，\n\n处处闻啼鸟。\n\n联系人：王老师，\n\n电话：0359-1234567\n\n中共运城开放大学总支委员会\n\n2024年2月8日\n';
    await appendFile(path.join(work, ARTICLE), text);
    const fixed = await runCli(['check', '--fix', '2024-02'], { cwd: work });
    expect(fixed.stdout).toBe('0 errors, 0 warnings\n');
    expect(fixed.code).toBe(0);
    expect((await readFile(path.join(work, ARTICLE), 'utf8')).endsWith(text)).toBe(true);
  }, 60_000);

  it('a linked picture on a line of its own between two Chinese lines builds (was exit 70; the fuzz campaign, seed 424242, shrunk)', async () => {
    const work = await copyIssues();
    await writeFile(path.join(work, 'issues', '2024-02', 'a.png'), tinyPng());
    await appendFile(path.join(work, ARTICLE), '\n学学\n[![图](a.png)](https://www.gov.cn/)\n学学。\n');
    const result = await runCli(['build', '2024-02', '--out', 'dist'], { cwd: work });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 60_000);
});

describe('hostile sources', () => {
  it.each(CASES)('%s', async (_name, breakIt, message) => {
    await expectRefused(breakIt, message, good.out, good.before);
  }, 60_000);
});
