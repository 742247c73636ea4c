import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../../../src/import/model.js';
import { cleanTitle, endsTorn, glue, joinPageBreaks, removeDigitSpaces } from '../../../src/import/text/repair.js';

describe('cleanTitle', () => {
  it.each([
    ['学习贯彻习近平新时代中国特色社会主义思想主题 教育总结会议在京召开', '学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议在京召开'],
    ['2024 年全国教育工作会议精神', '2024年全国教育工作会议精神'],
    ['全国两会在北京隆重\u3000开幕', '全国两会在北京隆重开幕'],
    ['习近平： 在二〇二四年春节团拜会上的讲话', '习近平：在二〇二四年春节团拜会上的讲话'],
    ['  学习 ChatGPT 的 新 用法 ', '学习 ChatGPT 的新用法'],
    ['2023 2024 年度报告', '2023 2024年度报告'],
  ])('%s → %s', (input, expected) => {
    expect(cleanTitle(input)).toBe(expected);
  });
});

describe('removeDigitSpaces', () => {
  it.each([
    ['1 月 11 日，2024 年全国教育工作会议在北京召开。', '1月11日，2024年全国教育工作会议在北京召开。'],
    ['刚刚过去的 2023 年，是全面贯彻', '刚刚过去的2023年，是全面贯彻'],
    ['新华社北京2月4日电 学习贯彻', '新华社北京2月4日电 学习贯彻'],
    ['新华社北京3月5日电 2025 年全国两会', '新华社北京3月5日电 2025年全国两会'],
    ['做党中央决策部署的-executioner、行动派', '做党中央决策部署的-executioner、行动派'],
    // Only the space touching a Chinese character goes; the one between Latin word and digit stays.
    ['版本 GPT 4 发布', '版本 GPT 4发布'],
  ])('%s → %s', (input, expected) => {
    expect(removeDigitSpaces(input)).toBe(expected);
  });
});

describe('endsTorn', () => {
  it.each([
    ['改革开放不断深化，新一', true],
    ['坚持系统谋划、', true],
    ['要用心画好抓落实的“同心圆”，心往一处想、劲往一', true],
    ['我们要坚持稳中求进工作总基调，贯', true],
    ['谢谢大家！', false],
    ['同志们、朋友们：', false],
    ['不断迈向成功的彼岸！', false],
    ['推动习近平新时代中国特色社会主义思想入心见行。', false],
    ['以“时时放心不下”的责任感履职尽责，把智慧和力量凝聚到“四个意识”', false],
    ['一、总体要求', false],
    ['（二）加强党的建设', false],
    ['全国两会在北京隆重开幕', false],
  ])('%s → %s', (text, torn) => {
    expect(endsTorn(text)).toBe(torn);
  });
});

const p = (text: string, extra: Partial<SourceBlock> = {}): SourceBlock => ({ kind: 'paragraph', text, markdown: text, ...extra });

describe('joinPageBreaks', () => {
  it('joins a torn paragraph with the next, and chains', () => {
    const { blocks, joins } = joinPageBreaks([p('第一段，前半'), p('中间，还没完'), p('后半。'), p('第二段。')]);
    expect(blocks.map((b) => b.markdown)).toEqual(['第一段，前半中间，还没完后半。', '第二段。']);
    expect(joins).toBe(2);
  });

  it('never joins into a table, an image or a Word heading', () => {
    const raw: SourceBlock = { kind: 'raw', text: '', markdown: '| a |' };
    const { blocks, joins } = joinPageBreaks([p('如下表，'), raw, p('见上，'), p('一、要求', { headingLevel: 2 })]);
    expect(blocks).toHaveLength(4);
    expect(joins).toBe(0);
  });

  // Found by a hostile review: the folio was glued into the sentence (新一5轮).
  it('joins the halves around a folio between them, and sets the folio after the paragraph', () => {
    for (const folio of ['5', '— 6 —', '- 7 -', '第8页']) {
      const { blocks, joins, points } = joinPageBreaks([p('改革开放不断深化，新一'), p(folio), p('轮党和国家机构改革基本完成。'), p('第二段。')]);
      expect(blocks.map((b) => b.text)).toEqual(['改革开放不断深化，新一轮党和国家机构改革基本完成。', folio, '第二段。']);
      expect(joins).toBe(1);
      expect(points).toEqual([{ block: 0, offset: '改革开放不断深化，新一'.length }]);
    }
    // Two page breaks in one paragraph: both folios kept, after it.
    const two = joinPageBreaks([p('甲，乙'), p('5'), p('丙，丁'), p('6'), p('戊。')]);
    expect(two.blocks.map((b) => b.text)).toEqual(['甲，乙丙，丁戊。', '5', '6']);
    // A running head (the series title at a page's top) is furniture too.
    expect(joinPageBreaks([p('改革开放不断深化，新一'), p('理论学习中心组 学习资料'), p('轮党和国家机构改革基本完成。')], ['理论学习中心组学习资料']).blocks.map((b) => b.text)).toEqual([
      '改革开放不断深化，新一轮党和国家机构改革基本完成。',
      '理论学习中心组 学习资料',
    ]);
    // At the end (the article's last page), the folio stays apart too.
    expect(joinPageBreaks([p('改革开放不断深化，新一'), p('5')]).blocks.map((b) => b.text)).toEqual(['改革开放不断深化，新一', '5']);
  });

  it('keeps a space between Latin words cut apart', () => {
    expect(joinPageBreaks([p('报告的英文标题是：The quick'), p('brown fox。')]).blocks[0]!.text).toBe('报告的英文标题是：The quick brown fox。');
  });
});

// Found by a review of the PDF import: a line that broke at the space of "Windows 11" came back as Windows11.
describe('what joins two pieces cut at a line end or a page break', () => {
  it.each([
    ['Windows', '11系统', ' '],
    ['iPhone', '15手机', ' '],
    ['deep', 'learning', ' '],
    ['2024', '5678', ''],
    ['学习', '贯彻', ''],
    ['GDP', '增长', ''],
    ['增长', 'GDP', ''],
    ['COVID-', '19', ''],
  ])('%s | %s', (left, right, between) => {
    expect(glue(left, right)).toBe(between);
  });
});
