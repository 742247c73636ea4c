// The rules-through-text and text-past-the-sides measures on small literal
// models: a table border that crosses a cell's characters, one that runs
// between two lines; a line set wider than the text area.
import { describe, expect, it } from 'vitest';
import { line, page } from './literal-model.js';
import { rulesThroughText, tableRules } from './measures/rules.js';
import { textPastSides } from './measures/text-sides.js';

describe('rulesThroughText', () => {
  // Two rows of cells, 10 units high, their em boxes from 1.2 to 11.2 and from 21.2 to 31.2.
  const cells = () => page(1, [line('第一支部', { baseline: 10 }), line('第二支部', { baseline: 30 })]);

  it('finds a horizontal rule through the middle of a row, with the characters it crosses', () => {
    const crossed = { ...cells(), rules: [{ x: 0, y: 6, width: 25, height: 1 }] };
    expect(rulesThroughText([crossed])).toEqual([{ page: 1, text: '第一支', direction: 'horizontal' }]);
  });

  it('finds a vertical rule through a character', () => {
    const crossed = { ...cells(), rules: [{ x: 14.5, y: 0, width: 1, height: 40 }] };
    expect(rulesThroughText([crossed])).toEqual([{ page: 1, text: '一二', direction: 'vertical' }]);
  });

  it('passes rules between rows and beside cells, and one that only touches the edge of an em box', () => {
    const clear = { ...cells(), rules: [{ x: 0, y: 15, width: 40, height: 1 }, { x: 40, y: 0, width: 1, height: 40 }, { x: 0, y: 11, width: 40, height: 1 }] };
    expect(rulesThroughText([clear])).toEqual([]);
  });

  it('says it cannot tell where the engine does not report its drawings', () => {
    expect(rulesThroughText([cells()])).toBeUndefined();
  });
});

describe('tableRules', () => {
  const table = () => page(1, [line('支部', { baseline: 10, role: 'cell' }), line('第一支部', { baseline: 30, role: 'cell' }), line('后文', { baseline: 60 })]);

  it('counts the horizontal rules between the rows of a table', () => {
    const ruled = { ...table(), rules: [{ x: 0, y: 0, width: 40, height: 1.5 }, { x: 0, y: 15, width: 40, height: 1 }, { x: 0, y: 35, width: 40, height: 1.5 }] };
    expect(tableRules([ruled])).toBe(1);
  });

  it('counts none where there is no table, or no rule inside it', () => {
    expect(tableRules([{ ...table(), rules: [{ x: 0, y: 45, width: 40, height: 1 }, { x: 20, y: 0, width: 1, height: 40 }] }])).toBe(0);
    expect(tableRules([{ ...page(1, [line('正文', { baseline: 10 }), line('正文', { baseline: 30 })]), rules: [{ x: 0, y: 15, width: 40, height: 1 }] }])).toBe(0);
  });
});

describe('textPastSides', () => {
  // The harness's page: 360 wide, 20 px side margins, so the text area is 20–340 (px engines).
  it('finds the characters of a line set past the right side of the text area, or left of it', () => {
    const wide = page(1, [line('另有3名党员在外地学习', { x: 190, size: 16 }), line('正文', { x: 4, baseline: 40, size: 16 })]);
    expect(textPastSides([wide], 360)).toEqual([
      { page: 1, text: '学习', line: '另有3名党员在外地学习' },
      { page: 1, text: '正', line: '正文' },
    ]);
  });

  it('passes a zero-width glyph (a byline’s U+200B) wherever it stands', () => {
    const gap = line('名\u200b', { x: 324, size: 16, advances: [1, 0] });
    gap.glyphs[1]!.x = 345;
    expect(textPastSides([page(1, [gap])], 360)).toEqual([]);
  });

  it('passes a line that fills the text area, and measures a page in points (Calibre) at the same margins', () => {
    expect(textPastSides([page(1, [line('二十个字'.repeat(5), { x: 20, size: 16 })])], 360)).toEqual([]);
    // 270 pt wide: margins of 15 pt, the text area 15–255.
    expect(textPastSides([page(1, [line('二十个字'.repeat(5), { x: 15, size: 12 })])], 270)).toEqual([]);
    expect(textPastSides([page(1, [line('二十个字'.repeat(5), { x: 30, size: 12 })])], 270)).toEqual([{ page: 1, text: '个字', line: '二十个字'.repeat(5) }]);
  });
});
