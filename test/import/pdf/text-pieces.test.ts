// The small text decisions of the PDF import, as plain fixtures: input → expected.
import { describe, expect, it } from 'vitest';
import { folioNumber } from '../../../src/import/pdf/furniture.js';
import { unspaceLetterSpacing } from '../../../src/import/pdf/lines.js';
import { unifyRadicals } from '../../../src/import/pdf/radicals.js';

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
