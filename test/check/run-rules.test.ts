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
    // A heading with 乙 that the rule does not ask for; two paragraphs, on file lines 6 and 8.
    const found = findings([rule], [articleDoc('## 乙标题\n\n甲乙乙甲乙\n\n丙乙\n')]).filter((d) => d.ruleId === 'test/pattern');
    expect(seen).toEqual([
      ['甲乙乙甲乙', '乙乙', 1, 3],
      ['甲乙乙甲乙', '乙', 4, 5],
      ['丙乙', '乙', 1, 2],
    ]);
    expect(found.map((d) => [d.line, d.column, d.endColumn, d.message])).toEqual([
      [6, 2, 4, 'found 乙乙'],
      [6, 5, 6, 'found 乙'],
      [8, 2, 3, 'found 乙'],
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
    const rule: LinkRule = { id: 'test/link', severity: 'error', description: 'test', scope: 'link', check: ({ link, report }) => report(link.start, link.end, link.href) };
    const found = findings([rule], [articleDoc('见[甲](https://a.example/)和[乙][b]。\n\n[b]: https://b.example/\n')]).filter((d) => d.ruleId === 'test/link');
    // Each finding on the target as written: file line 4 after 见[甲](, and line 6 after [b]:.
    expect(found.map((d) => [d.message, d.line, d.column, d.endLine, d.endColumn])).toEqual([
      ['https://a.example/', 4, 6, 4, 24],
      ['https://b.example/', 6, 6, 6, 24],
    ]);
  });

  it('gives a file pattern rule each file in turn, and reports each finding in its own file', () => {
    const rule: FilePatternRule = { id: 'test/files', severity: 'warning', description: 'test', scope: 'file', pattern: /乙/g, check: ({ start, end, report }) => report(start, end, 'x') };
    const first = articleDoc('甲乙\n', { fileName: '01-a.md' });
    const second = articleDoc('乙\n', { fileName: '02-b.md' });
    const found = findings([rule], [first, second]).filter((d) => d.ruleId === 'test/files');
    expect(found.map((d) => [d.file.split('/').pop(), d.line, d.column])).toEqual([
      ['01-a.md', 4, 2],
      ['02-b.md', 4, 1],
    ]);
  });

  it('hands a pattern rule one context, moved on to each match: a rule reads it during its call', () => {
    const kept: { start: number }[] = [];
    const starts: number[] = [];
    const rule: BlockPatternRule = {
      id: 'test/kept',
      severity: 'warning',
      description: 'test',
      scope: 'block',
      kinds: ['paragraph'],
      pattern: /乙/g,
      check: (context) => {
        starts.push(context.start);
        kept.push(context);
      },
    };
    findings([rule], [articleDoc('乙甲乙甲乙\n')]);
    // What the rule read during each call is each match's; what it kept is the last one's (rule.ts says so).
    expect(starts).toEqual([0, 2, 4]);
    expect(kept.map((context) => context.start)).toEqual([4, 4, 4]);
  });
});
