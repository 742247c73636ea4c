// runCheck end to end on real folders: the curated issue is clean, --fix is
// idempotent and atomic, ignores and disable comments work, loader problems
// surface as findings, and each output format says the same thing.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkIssue } from '../../src/check/check-issue.js';
import { checkIssueFiles } from '../../src/check/image-files.js';
import { runCheck, type CheckCommandOptions } from '../../src/check/command.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { loadIssue } from '../../src/issue/load.js';
import { capture, removeTempIssues, CURATED_2024_02, RAW_2024_02, snapshot, tempIssue } from './temp-issue.js';

afterAll(removeTempIssues);

const check = (dirs: string[], options: Partial<CheckCommandOptions> = {}) =>
  capture((out) => runCheck({ dirs, fix: false, format: 'text', ...options }, out));
const json = async (dirs: string[]) => JSON.parse((await check(dirs, { format: 'json' })).output) as Diagnostic[];
const article = (body: string, title = '测试文章') => `---\ntitle: ${title}\n---\n\n${body}`;

describe('qikan check', () => {
  it('finds nothing in the curated 2024-02 issue', async () => {
    expect(checkIssue(await loadIssue(CURATED_2024_02))).toEqual([]);
    expect(await check([CURATED_2024_02])).toEqual({ code: 0, output: '0 errors, 0 warnings\n' });
  });

  it('prints one line per finding, sorted, then the summary; exit 1 on an error', async () => {
    const dir = await tempIssue({ '01-a.md': article('改革开放不断深化，新一\n\n轮党和国家机构改革基本完成。\n'), '02-b.md': article('刚刚过去的 2023 年。\n', '乙') });
    const { code, output } = await check([dir]);
    const a = path.join(dir, '01-a.md');
    const b = path.join(dir, '02-b.md');
    expect(code).toBe(1);
    expect(output).toBe(
      [
        `${a}:5:11  error  cjk/page-break-split  paragraph seems cut at a page break: "…，新一" + "轮党和…" — join them`,
        `${b}:5:6  warning  cjk/space-around-digit-latin  space between a Chinese character and a number in "…刚过去的 2023…" — delete it`,
        `${b}:5:11  warning  cjk/space-around-digit-latin  space between a Chinese character and a number in "…2023 年。" — delete it`,
        '1 error, 2 warnings, 3 fixable with --fix',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 when only warnings are left', async () => {
    const dir = await tempIssue({ '01-a.md': article('这是一个test用例。\n') });
    const { code, output } = await check([dir]);
    expect(code).toBe(0);
    expect(output).toMatch(/cjk\/latin-word/);
    expect(output).toMatch(/0 errors, 1 warning\n$/);
  });

  it('--fix is idempotent: a second run changes nothing', async () => {
    const crlf = '\uFEFF---\r\ntitle: 测试:标题\r\n---\r\n\r\n　　1 月 11 日,会议召开。。\r\n\r\n坚持系统谋划、\r\n\r\n高位推动。 \r\n';
    const dir = await tempIssue({ '01-a.md': crlf, '02-raw.md': article(await readFile(RAW_2024_02, 'utf8'), '原文') });
    const first = await check([dir], { fix: true });
    expect(first.output).toMatch(/^fixed \d+ problems in 2 files$/m);
    const once = await snapshot(path.dirname(dir));
    expect(once.get(path.join('2024-09', '01-a.md'))!.toString('utf8')).toBe('---\ntitle: 测试：标题\n---\n\n1月11日，会议召开。\n\n坚持系统谋划、高位推动。\n');
    const second = await check([dir], { fix: true });
    expect(await snapshot(path.dirname(dir))).toEqual(once);
    expect(second.output).not.toMatch(/^fixed/m);
    expect(second.output.split('\n').slice(0, -2)).toEqual(first.output.split('\n').filter((l) => !l.startsWith('fixed') && !l.includes('  fixed  ')).slice(0, -2));
    // Atomic writes leave no temporary files behind.
    expect((await readdir(dir)).filter((name) => name.includes('qikan-tmp'))).toEqual([]);
  });

  it('--fix lists every fix it made, those a fix brought out included', async () => {
    // The half-width comma is the only finding; fixed, it makes the paragraph read as cut at a page break.
    const dir = await tempIssue({ '01-a.md': article('坚持稳中求进,推动\n\n高质量发展。\n') });
    const a = path.join(dir, '01-a.md');
    expect((await check([dir])).output).toBe(`${a}:5:7  warning  cjk/halfwidth-punctuation  half-width "," in Chinese text — use "，"\n0 errors, 1 warning, 1 fixable with --fix\n`);
    const { code, output } = await check([dir], { fix: true });
    expect(code).toBe(0);
    expect(output).toBe(
      [
        `${a}:5:7  fixed  cjk/halfwidth-punctuation  half-width "," in Chinese text — use "，"`,
        `${a}:5:9  fixed  cjk/page-break-split  paragraph seems cut at a page break: "…，推动" + "高质量…" — join them`,
        'fixed 2 problems in 1 file',
        '0 errors, 0 warnings',
        '',
      ].join('\n'),
    );
    expect(await readFile(a, 'utf8')).toBe(article('坚持稳中求进，推动高质量发展。\n'));
  });

  it('lists and fixes 150,000 findings (a spread of that many overflowed the stack: exit 70)', async () => {
    const dir = await tempIssue({ '01-a.md': article(`${'中,'.repeat(200)}\n`.repeat(750)) });
    const listed = await check([dir]);
    expect(listed.code).toBe(0);
    expect(listed.output).toMatch(/^0 errors, 150000 warnings, 150000 fixable with --fix\n$/m);
    const fixed = await check([dir], { fix: true });
    expect(fixed.code).toBe(0);
    expect(fixed.output).toMatch(/^fixed 150000 problems in 1 file$/m);
    expect(await readFile(path.join(dir, '01-a.md'), 'utf8')).toBe(article(`${'中，'.repeat(200)}\n`.repeat(750)));
  }, 120_000);

  it('errorsOnly (what build asks) finds exactly the errors of the whole check', async () => {
    const dir = await tempIssue({
      '01-a.md': article('改革开放不断深化，新一\n\n轮党和国家机构改革基本完成。\n\n刚刚过去的 2023 年。\n\n| 单位 | 人数 |\n| --- | --- |\n| 第一支部 | 12 | 另有3名 |\n'),
      '02-b.md': article('这是一个test用例。\n', '乙'),
    });
    const issue = await loadIssue(dir);
    const all = await checkIssueFiles(issue);
    expect(all.some((d) => d.severity === 'warning')).toBe(true);
    expect(all.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['cjk/page-break-split', 'structure/table-extra-cells']);
    expect(await checkIssueFiles(issue, { errorsOnly: true })).toEqual(all.filter((d) => d.severity === 'error'));
  });

  it('--fix keeps a BOM whose finding is ignored', async () => {
    const dir = await tempIssue({ '01-a.md': `\uFEFF${article('注意:这里。\n')}` }, { 'check.yaml': 'ignore: [source/bom]\n' });
    await check([dir], { fix: true });
    expect(await readFile(path.join(dir, '01-a.md'), 'utf8')).toBe(`\uFEFF${article('注意：这里。\n')}`);
  });

  it('reports what the loader rejects, such as text that is not UTF-8', async () => {
    const gbk = Buffer.concat([Buffer.from('---\ntitle: 测试\n---\n\n'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a])]);
    const dir = await tempIssue({ '01-a.md': gbk });
    const { code, output } = await check([dir]);
    expect(code).toBe(1);
    expect(output).toMatch(/01-a\.md {2}error {2}source\/encoding {2}is not valid UTF-8/);
  });
});

describe('ignores', () => {
  const body = '这是一个test用例。\n\n坚持系统谋划、\n\n高位推动。\n\n刚刚过去的 2023 年。\n';

  it('check.yaml drops findings by rule, file and line, and names unknown rules', async () => {
    const config = 'ignore:\n  - cjk/latin-word\n  - rule: cjk/page-break-split\n    file: 01-a.md\n    line: 7\n  - cjk/nope\n';
    const dir = await tempIssue({ '01-a.md': article(body) }, { 'check.yaml': config });
    const found = await json([dir]);
    expect(found.map((d) => [path.basename(d.file), d.line, d.ruleId])).toEqual([
      ['01-a.md', 11, 'cjk/space-around-digit-latin'],
      ['01-a.md', 11, 'cjk/space-around-digit-latin'],
      ['check.yaml', 6, 'check/unknown-rule'],
    ]);
    expect(found[2]!.message).toBe('ignore[2]: there is no rule cjk/nope — check the id (qikan check prints each finding\'s rule id)');
  });

  it('check.yaml with a wrong key is reported against it', async () => {
    const dir = await tempIssue({ '01-a.md': article('正文。\n') }, { 'check.yaml': 'ignores: [cjk/latin-word]\n' });
    const found = await json([dir]);
    expect(found.map((d) => [path.basename(d.file), d.line, d.column, d.ruleId])).toEqual([['check.yaml', 1, 1, 'schema/unknown-key']]);
  });

  it('a disable comment silences the named rule on the next line only', async () => {
    const text = article('<!-- qikan-disable-next-line cjk/space-around-digit-latin cjk/bogus -->\n刚刚过去的 2023 年。\n\n刚刚过去的 2023 年。\n');
    const dir = await tempIssue({ '01-a.md': text });
    const found = await json([dir]);
    expect(found.map((d) => [d.line, d.column, d.ruleId])).toEqual([
      [5, 59, 'check/unknown-rule'],
      [8, 6, 'cjk/space-around-digit-latin'],
      [8, 11, 'cjk/space-around-digit-latin'],
    ]);
  });

  it('a disable comment inside a code block is code: it silences nothing and names no rule', async () => {
    const text = article('```\n<!-- qikan-disable-next-line cjk/bogus -->\n```\n刚刚过去的 2023 年。\n');
    const dir = await tempIssue({ '01-a.md': text });
    const found = await json([dir]);
    expect(found.map((d) => [d.line, d.column, d.ruleId])).toEqual([
      [8, 6, 'cjk/space-around-digit-latin'],
      [8, 11, 'cjk/space-around-digit-latin'],
    ]);
  });
});

describe('output formats agree', () => {
  it('github annotations parse back to the JSON findings', async () => {
    const dir = await tempIssue({ '01-raw.md': article(await readFile(RAW_2024_02, 'utf8'), '原文') });
    const found = await json([dir]);
    const { output } = await check([dir], { format: 'github' });
    const unescape = (s: string) => s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
    const parsed = output
      .trimEnd()
      .split('\n')
      .map((line) => {
        const match = /^::(error|warning) ([^:]*)::(.*)$/.exec(line)!;
        expect(match, line).not.toBeNull();
        const props = Object.fromEntries(match[2]!.split(',').map((pair) => pair.split('=') as [string, string]).map(([k, v]) => [k, unescape(v)]));
        return { severity: match[1], file: props.file, line: Number(props.line), column: Number(props.col), ruleId: props.title, message: unescape(match[3]!) };
      });
    expect(parsed).toEqual(found.map((d) => ({ severity: d.severity, file: d.file, line: d.line, column: d.column, ruleId: d.ruleId, message: d.message })));
    expect(parsed.length).toBeGreaterThan(30);
  });
});
