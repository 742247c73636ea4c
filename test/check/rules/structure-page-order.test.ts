// structure/page-order over whole issues: each case is the articles of one
// issue in reading order (front matter + body), and the exact findings.
import { describe, expect, it } from 'vitest';
import { structurePageOrder } from '../../../src/check/rules/structure-page-order.js';
import { articleDoc, findings } from '../rule-tester.js';

type Findings = [file: string, line: number, column: number, message?: string][];

const issue = (...articles: string[]) => articles.map((text, i) => articleDoc(text, { fileName: `0${i + 1}-a.md` }));
const pageOrder = (...articles: string[]): Findings =>
  findings([structurePageOrder], issue(...articles))
    .filter((d) => d.ruleId === 'structure/page-order')
    .map((d) => [d.file, d.line, d.column, d.message]);
const at = (findings: Findings) => findings.map(([file, line, column]) => [file, line, column]);

const VALID: [string, string[]][] = [
  ['no page numbers at all', ['正文。']],
  ['toc_page only, with gaps between articles', ['---\ntitle: 甲\ntoc_page: 1\n---\n正文。', '---\ntitle: 乙\ntoc_page: 4\n---\n正文。']],
  ['markers between paragraphs and inside a sentence', ['---\ntitle: 甲\ntoc_page: 1\n---\n第一段。\n\n<!-- page 2 -->\n\n第二段，忠诚担<!-- page 3 -->当。']],
  ['the next article starts mid-page on the page the last marker began', ['---\ntitle: 甲\ntoc_page: 4\n---\n甲，<!-- page 5 -->乙。', '---\ntitle: 乙\ntoc_page: 5\n---\n丙。']],
  ['the next article starts at the top of the following page', ['---\ntitle: 甲\ntoc_page: 4\n---\n甲，<!-- page 5 -->乙。', '---\ntitle: 乙\ntoc_page: 6\n---\n丙，<!-- page 7 -->丁。']],
  ['markers without toc_page go up', ['甲，<!-- page 5 -->乙。', '丙，<!-- page 7 -->丁。']],
  ['a marker inside code is text, not a marker', ['---\ntitle: 甲\ntoc_page: 3\n---\n`<!-- page 9 -->`']],
];

const INVALID: [string, string[], Findings][] = [
  [
    'a page left out',
    ['---\ntitle: 甲\ntoc_page: 1\n---\n甲，<!-- page 2 -->乙。\n\n<!-- page 4 -->\n\n丙。'],
    [['01-a.md', 7, 1, 'page 4 follows page 2 — expected <!-- page 3 -->: printed pages go up one by one']],
  ],
  [
    "the first marker disagrees with the article's toc_page",
    ['---\ntitle: 甲\ntoc_page: 4\n---\n甲，<!-- page 6 -->乙。'],
    [['01-a.md', 5, 3, 'page 6 follows toc_page 4 — expected <!-- page 5 -->: printed pages go up one by one']],
  ],
  [
    'toc_page before the page the previous article reached',
    ['---\ntitle: 甲\ntoc_page: 8\n---\n甲，<!-- page 9 -->乙，<!-- page 10 -->丙。', '---\ntitle: 乙\ntoc_page: 9\n---\n丁。'],
    [['02-a.md', 3, 11, 'toc_page 9 is before page 10, where 01-a.md already is — an article starts on the page the one before it ends on, or later; check the number']],
  ],
  [
    'markers going back across articles',
    ['甲，<!-- page 7 -->乙。', '丙，<!-- page 7 -->丁。'],
    [['02-a.md', 4, 3, 'page 7 comes after page 7 (01-a.md) — printed pages go up one by one through the issue']],
  ],
];

describe('structure/page-order', () => {
  it.each(VALID)('leaves alone: %s', (_, articles) => {
    expect(pageOrder(...articles)).toEqual([]);
  });
  it.each(INVALID)('flags: %s', (_, articles, expected) => {
    const found = pageOrder(...articles);
    expect(at(found)).toEqual(at(expected));
    expect(found.map((f) => f[3])).toEqual(expected.map((f) => f[3]));
  });
  it('is an error: a wrong page list would send a reader to the wrong page', () => {
    const [finding] = findings([structurePageOrder], issue('甲，<!-- page 3 -->乙。\n\n<!-- page 3 -->')).filter((d) => d.ruleId === 'structure/page-order');
    expect(finding?.severity).toBe('error');
  });
});
