// The driver owns the loops and the positions: a rule reports in the text it
// was given, the driver maps that to the file — and refuses a position
// outside that text instead of printing a wrong line and column.
import { describe, expect, it } from 'vitest';
import type { BlockRule, FileRule } from '../../src/check/rule.js';
import { articleDoc, findings } from './rule-tester.js';

// Paragraphs only: the front matter's title (测试文章) is a block too.
const blockRule = (check: BlockRule['check']): BlockRule => ({ id: 'test/block', severity: 'warning', description: 'test', scope: 'block', kinds: ['paragraph'], check });

describe('the rule driver', () => {
  it('maps a block rule’s positions and edits to the file, line by line', () => {
    // Body line 1 is file line 4; the paragraph's second line starts at file line 5.
    const rule = blockRule(({ matches, report }) => {
      for (const match of matches(/乙/g)) report(match.index, match.index + 1, 'found 乙', { text: '丙' });
    });
    const [found] = findings([rule], [articleDoc('甲甲\n甲乙\n')]).filter((d) => d.ruleId === 'test/block');
    expect(found).toMatchObject({ line: 5, column: 2, endLine: 5, endColumn: 3, message: 'found 乙' });
    const doc = articleDoc('甲甲\n甲乙\n');
    expect(doc.text.slice(found!.fix!.range[0], found!.fix!.range[1])).toBe('乙');
  });

  it('gives each block rule only the kinds of block it asks for', () => {
    const seen: string[] = [];
    const rule: BlockRule = { ...blockRule(({ text }) => void seen.push(text)), kinds: ['heading'] };
    findings([rule], [articleDoc('## 小标题\n\n正文。\n')]);
    expect(seen).toEqual(['小标题']);
  });

  it('moves past an empty match, so a careless pattern cannot loop for ever', () => {
    let count = 0;
    findings([blockRule(({ matches }) => void [...matches(/x*/g)].forEach(() => count++))], [articleDoc('甲乙丙\n')]);
    expect(count).toBe(4);
  });

  it('refuses a block rule that reports outside its block', () => {
    const rule = blockRule(({ text, report }) => report(0, text.length + 1, 'too far'));
    expect(() => findings([rule], [articleDoc('正文。\n')])).toThrow(/rule test\/block reported \[0, 4\) outside the text it was given \[0, 3\)/);
  });

  it('refuses an edit outside the block, and a range that runs backwards', () => {
    expect(() => findings([blockRule(({ report }) => report(0, 1, 'x', { start: -1, end: 1, text: '' }))], [articleDoc('正文。\n')])).toThrow(/outside/);
    expect(() => findings([blockRule(({ report }) => report(2, 1, 'x'))], [articleDoc('正文。\n')])).toThrow(/outside/);
  });

  it('refuses a file rule that reports past the end of the file', () => {
    const rule: FileRule = { id: 'test/file', severity: 'warning', description: 'test', scope: 'file', check: ({ text, report }) => report(text.length, text.length + 2, 'x') };
    expect(() => findings([rule], [articleDoc('正文。\n')])).toThrow(/rule test\/file reported/);
  });
});
