// The printed text of 2024-02, pasted into one article as is: every page
// break that cut a sentence (15), the two stray spaces in titles, the spaces
// around numbers and the stray English word must be found, each at its line
// — and nothing must be taken for a page break that is not one. Expected
// lines and columns are computed from the raw file itself.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/command.js';
import { applyFixes } from '../../src/check/fix.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { capture, removeTempIssues, CURATED_2024_02, RAW_2024_02, tempIssue } from './temp-issue.js';

afterAll(removeTempIssues);

const FRONT_MATTER = '---\ntitle: 2024年第2次原文\n---\n';
const FRONT_LINES = 3;

// The end of the cut paragraph and the start of its continuation, as printed.
const SPLITS: [string, string][] = [
  ['新一', '轮党和国家机构改革'],
  ['贯', '彻稳中求进'],
  ['要大兴', '务实之风'],
  ['和省', '级巡回督导组'],
  ['坚持系统谋划、', '高位推动'],
  ['做到“两', '个维护”，确保'],
  ['实现高质', '量发展。'],
  ['坚持问', '题导向'],
  ['牢牢把握推', '进中国式现代化'],
  ['为基层减负', '工作，大兴'],
  ['教育强国建设规', '划纲要编制'],
  ['关系，', '在中国式现代化的进程中'],
  ['尽快取得突', '破，以人的成长'],
  ['深刻领悟', '习近平总书记关于党的自我革命'],
  ['劲往一', '处使'],
];

let raw: string;
let lines: string[];
let found: Diagnostic[];
let dir: string;

const of = (ruleId: string) => found.filter((d) => d.ruleId === ruleId).map((d) => [d.line, d.column]);
/** 1-based file line and column of a string in the raw text (the nth line containing it). */
function locate(needle: string): [number, number] {
  const index = lines.findIndex((line) => line.includes(needle));
  expect(index, needle).toBeGreaterThanOrEqual(0);
  return [index + 1 + FRONT_LINES, lines[index]!.indexOf(needle) + 1];
}

beforeAll(async () => {
  raw = await readFile(RAW_2024_02, 'utf8');
  lines = raw.split('\n');
  dir = await tempIssue({ '01-raw.md': FRONT_MATTER + raw });
  const { output } = await capture((out) => runCheck({ dirs: [dir], fix: false, format: 'json' }, out));
  found = JSON.parse(output) as Diagnostic[];
});

describe('the raw 2024-02 text', () => {
  it('has every one of the 15 page-break splits, and no other', () => {
    const expected = SPLITS.map(([end, start]) => {
      const index = lines.findIndex((line, i) => line.endsWith(end) && lines.slice(i + 1).find((l) => l.trim() !== '')?.startsWith(start));
      expect(index, `${end} / ${start}`).toBeGreaterThanOrEqual(0);
      return [index + 1 + FRONT_LINES, lines[index]!.length];
    });
    expect(of('cjk/page-break-split')).toEqual(expected.sort((a, b) => a[0]! - b[0]!));
    for (const d of found.filter((d) => d.ruleId === 'cjk/page-break-split')) expect(d.severity).toBe('error');
  });

  it('has the two stray spaces of the titles, and no other', () => {
    const first = locate('思想主题 教育');
    const second = locate('思想 主题教育');
    expect(of('cjk/stray-space')).toEqual([
      [first[0], first[1] + 4],
      [second[0], second[1] + 2],
    ]);
  });

  it('has every space between Chinese and a number', () => {
    const expected: number[][] = [];
    lines.forEach((line, i) => {
      for (const match of line.matchAll(/(?<=[\u4e00-\u9fff]) +(?=[0-9A-Za-z])|(?<=[0-9A-Za-z]) +(?=[\u4e00-\u9fff])/g)) {
        expected.push([i + 1 + FRONT_LINES, match.index + 1]);
      }
    });
    expect(expected.length).toBe(10);
    expect(of('cjk/space-around-digit-latin')).toEqual(expected);
  });

  it('has the stray English word', () => {
    expect(of('cjk/latin-word')).toEqual([locate('-executioner')]);
  });

  it('joined by --fix, gives back every paragraph of the curated issue', async () => {
    await capture((out) => runCheck({ dirs: [dir], fix: true, format: 'text' }, out));
    const fixed = new Set((await readFile(path.join(dir, '01-raw.md'), 'utf8')).split('\n'));
    for (const name of ['01-xi-tuanbai.md', '02-zhongyang.md', '03-shengwei.md', '04-shiwei.md', '05-quanguo-jiaoyu.md', '06-quansheng-jiaoyu.md']) {
      const curated = (await readFile(path.join(CURATED_2024_02, name), 'utf8')).split('\n---\n')[1]!;
      // The curated text corrects one word by hand (执行者 for -executioner).
      const paragraphs = curated.split('\n').filter((line) => line.trim() !== '' && !line.includes('执行者'));
      for (const paragraph of paragraphs) expect(fixed.has(paragraph), `${name}: ${paragraph.slice(0, 30)}…`).toBe(true);
    }
  });

  it('every fix offered applies to the raw text', () => {
    const text = FRONT_MATTER + raw;
    const fixable = found.filter((d) => d.fix);
    expect(applyFixes(text, fixable).applied.length).toBe(fixable.length);
  });
});
