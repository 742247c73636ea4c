// The small text decisions of the PDF import, as plain fixtures: input → expected.
import { describe, expect, it } from 'vitest';
import { folioNumber } from '../../../src/import/pdf/furniture.js';
import { unspaceLetterSpacing } from '../../../src/import/pdf/lines.js';
import { unifyRadicals } from '../../../src/import/pdf/radicals.js';
import { pdfBlocks } from '../../../src/import/pdf/pdf-blocks.js';

describe('folioNumber', () => {
  it.each([
    ['— 3 —', 3],
    ['—3—', 3],
    ['- 12 -', 12],
    ['3', 3],
    ['第3页', 3],
    ['第 3 页', 3],
    ['第3页 共20页', 3],
    ['3/20', 3],
  ])('%j is folio %i', (text, number) => {
    expect(folioNumber(text)).toBe(number);
  });
  it.each(['第2次', '2024年2月', '3. 标题', '（第2次）', '— 学习 —'])('%j is no folio', (text) => {
    expect(folioNumber(text)).toBeUndefined();
  });
});

describe('unspaceLetterSpacing', () => {
  it.each([
    ['行 动 的 指 南 。 要 坚 持', '行动的指南。要坚持'],
    ['理论是行 动 的 指 南', '理论是行动的指南'],
    ['新华社北京2月4日电 学习贯彻', '新华社北京2月4日电 学习贯彻'],
    ['王明讲话 李华主持', '王明讲话 李华主持'],
    ['目 录', '目 录'],
    ['GDP is a b c', 'GDP is a b c'],
  ])('%j → %j', (input, expected) => {
    expect(unspaceLetterSpacing(input)).toBe(expected);
  });
});

describe('unifyRadicals', () => {
  it('names the ideograph a radical stands for (⼤ ⼼ ⽤ ⻅ → 大 心 用 见), and leaves the rest', () => {
    expect(unifyRadicals('理论学习中⼼组，⼤⼒推动，⽤⼼，意⻅。')).toBe('理论学习中心组，大力推动，用心，意见。');
  });
});

// Found by a review: rotated text vanished without a word, and glyphs pdf.js could not read
// (U+0000, e.g. 𠀁 in a font Chromium subset) came through as a control character.
describe('what of a page the PDF import cannot read', () => {
  const run = (text: string, y: number, turned = false) => ({ text, x: 50, y, width: 14 * [...text].length, size: 14, bold: false, horizontal: !turned });
  const page = { index: 1, width: 420, height: 595, runs: [run('甲\0乙两个字之间的字读不出。', 500), run('正文第二行。', 480), run('附表：学习安排一览表', 300, true)] };

  it('says so in the report, page by page, and writes an unreadable character as �', () => {
    const { blocks, notes } = pdfBlocks([page], '2099-01.pdf');
    expect(notes.filter((n) => n.ruleId.startsWith('import/pdf-') && n.ruleId !== 'import/pdf-no-folios').map((n) => [n.ruleId, n.message])).toEqual([
      ['import/pdf-vertical-text', 'page 1 of the PDF has text set vertically or turned ("附表：学习安排一览表") — it is not imported: if it belongs to the text (not a watermark), type it in where it belongs'],
      ['import/pdf-unreadable-character', 'page 1 of the PDF has 1 character its font gives no Unicode for (often a rare character beyond the BMP), in "甲�乙两个字之间的字读不出。" — written as �: type the printed character in'],
    ]);
    const text = blocks.map((block) => block.text).join('\n');
    expect(text).toContain('甲\uFFFD乙');
    expect(text).not.toContain('\0');
  });
});
