import { describe, expect, it } from 'vitest';
import { issueNumberValue, readClosing, readDate, readFrontMatter } from '../../../src/import/text/front-matter.js';

describe('readFrontMatter', () => {
  it('reads the cover and the title page of 2024-02', () => {
    const lines = [
      '中国共产党', '运城开放大学总支委员会', '理论学习中心组 学习资料汇编', '人人皆学 处处能学 时时可学', '二〇二四年', '第2次', '2024年2月',
      '中共运城开放大学总支委员会', '理论学习中心组学习资料', '(第2次)', '综合办', '2024年2月',
    ];
    expect(readFrontMatter(lines)).toEqual({
      year: 2024,
      number: 2,
      date: '2024-02',
      title: '理论学习中心组学习资料',
      publisher: '中共运城开放大学总支委员会',
      editor: '综合办',
      slogan: '人人皆学 处处能学 时时可学',
      organisation: ['中国共产党', '运城开放大学总支委员会'],
      titleLines: ['理论学习中心组', '学习资料汇编'],
    });
  });

  it('reads a title page without an editor, and numbers written in Chinese', () => {
    expect(readFrontMatter(['某某委员会', '学习资料', '（第十二期）', '2023 年 12 月 5 日'])).toEqual({
      year: 2023,
      number: 12,
      date: '2023-12-05',
      title: '学习资料',
      publisher: '某某委员会',
      organisation: [],
      titleLines: [],
    });
  });

  it('reads only what is there when there is no title page', () => {
    expect(readFrontMatter(['二〇二五年', '第3次'])).toEqual({ year: 2025, number: 3, organisation: [], titleLines: [] });
  });
});

describe('numbers and dates', () => {
  it.each([['2', 2], ['二', 2], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23]])('%s → %d', (text, value) => {
    expect(issueNumberValue(text)).toBe(value);
  });

  it.each([['2024年2月', '2024-02'], ['2024 年 2 月 8 日', '2024-02-08'], ['2024年13月', undefined], ['2024年2月号', undefined]])('%s → %s', (text, value) => {
    expect(readDate(text)).toBe(value);
  });
});

describe('readClosing', () => {
  it('takes the note and the motto off the end, saying it guessed them', () => {
    expect(readClosing(['谢谢大家！', '(学习资料电子版)', '敬学广惠 有教无类'])).toEqual({
      closing: { backNote: '学习资料电子版', motto: '敬学广惠 有教无类' },
      count: 2,
      guessed: ['(学习资料电子版)', '敬学广惠 有教无类'],
    });
  });

  it('knows the series’ own motto even when it is not shaped like one', () => {
    expect(readClosing(['正文。', '学无止境'], { motto: '学无止境' })).toEqual({ closing: { motto: '学无止境' }, count: 1, guessed: [] });
  });

  it('leaves the last paragraph alone', () => {
    expect(readClosing(['会议以电视电话会议形式召开。'])).toEqual({ closing: {}, count: 0, guessed: [] });
  });

  // Found by a hostile review: a second motto-shaped line was taken and thrown away.
  it('takes one motto at most: a line shaped like a second is the article’s', () => {
    expect(readClosing(['正文。', '春风送暖 万象更新', '运城开放大学 党总支'])).toEqual({ closing: { motto: '运城开放大学 党总支' }, count: 1, guessed: ['运城开放大学 党总支'] });
    expect(readClosing(['正文。', '运城开放大学 党总支', '(学习资料电子版)', '敬学广惠 有教无类'], { motto: '敬学广惠 有教无类', backNote: '学习资料电子版' })).toEqual({
      closing: { backNote: '学习资料电子版', motto: '敬学广惠 有教无类' },
      count: 2,
      guessed: [],
    });
  });
});
