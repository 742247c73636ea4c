// The driver owns the loops and the positions: a rule reports in the text it
// was given, the driver maps that to the file — and refuses a position
// outside that text instead of printing a wrong line and column.
import { describe, expect, it } from 'vitest';
import type { BlockPatternRule, BlockRule, FilePatternRule, FileRule, ImageRule, LinkRule } from '../../src/check/rule.js';
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

  it('calls a pattern rule with each match and its range, in each block it asks for, and maps what it reports', () => {
    const seen: [string, string, number, number][] = [];
    const rule: BlockPatternRule = {
      id: 'test/pattern',
      severity: 'warning',
      description: 'test',
      scope: 'block',
      kinds: ['paragraph'],
      pattern: /乙+/g,
      check: ({ text, match, start, end, report }) => {
        seen.push([text, match[0], start, end]);
        report(start, end, `found ${match[0]}`);
      },
    };
    // 测试文章 (the title, a field block) has no 乙; two paragraphs, the second on file line 6.
    const found = findings([rule], [articleDoc('甲乙乙甲乙\n\n丙乙\n')]).filter((d) => d.ruleId === 'test/pattern');
    expect(seen).toEqual([
      ['甲乙乙甲乙', '乙乙', 1, 3],
      ['甲乙乙甲乙', '乙', 4, 5],
      ['丙乙', '乙', 1, 2],
    ]);
    expect(found.map((d) => [d.line, d.column, d.endColumn, d.message])).toEqual([
      [4, 2, 4, 'found 乙乙'],
      [4, 5, 6, 'found 乙'],
      [6, 2, 3, 'found 乙'],
    ]);
  });

  it('moves a file pattern rule past an empty match, and gives it file positions', () => {
    const starts: number[] = [];
    const rule: FilePatternRule = { id: 'test/file-pattern', severity: 'warning', description: 'test', scope: 'file', pattern: /x*/g, check: ({ start }) => void starts.push(start) };
    const doc = articleDoc('甲\n');
    findings([rule], [doc]);
    expect(starts).toEqual([...Array(doc.text.length + 1).keys()]);
  });

  it('calls an image rule with each image and what the edge found at its path', () => {
    const doc = articleDoc('![图一](a.png)\n\n![图二](https://example.com/b.png)\n');
    doc.imageFiles.set(doc.images[0]!, { kind: 'missing', detail: 'is not in the issue folder' });
    const seen: [string, string | undefined][] = [];
    const rule: ImageRule = {
      id: 'test/image',
      severity: 'error',
      description: 'test',
      scope: 'image',
      check: ({ image, fact, report }) => {
        seen.push([image.src, fact?.kind]);
        report(image.start, image.end, image.src);
      },
    };
    const found = findings([rule], [doc]).filter((d) => d.ruleId === 'test/image');
    expect(seen).toEqual([
      ['a.png', 'missing'],
      ['https://example.com/b.png', undefined],
    ]);
    // The path of the first image: file line 4, after ![图一](.
    expect(found[0]).toMatchObject({ line: 4, column: 7, endColumn: 12 });
  });

  it('calls a link rule with each link target: inline, and a reference definition a link uses', () => {
    const hrefs: string[] = [];
    const rule: LinkRule = { id: 'test/link', severity: 'error', description: 'test', scope: 'link', check: ({ link }) => void hrefs.push(link.href) };
    findings([rule], [articleDoc('见[甲](https://a.example/)和[乙][b]。\n\n[b]: https://b.example/\n')]);
    expect(hrefs).toEqual(['https://a.example/', 'https://b.example/']);
  });
});
