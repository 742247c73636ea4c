import { describe, expect, it } from 'vitest';
import { alignEntries, MATCH_THRESHOLD, titleSimilarity } from '../../../src/import/text/title-match.js';

const CENTRAL = '中央学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议精神';
const PROVINCE = '省委学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议精神';
const CITY = '市委学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议精神';
const H_CENTRAL = '学习贯彻习近平新时代中国特色社会主义思想主题 教育总结会议在京召开';
const H_PROVINCE = '全省学习贯彻习近平新时代中国特色社会主义思想 主题教育总结会议召开';
const H_CITY = '全市学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议召开';

describe('titleSimilarity', () => {
  it.each([
    ['习近平在二〇二四年春节团拜会上的讲话', '习近平：在二〇二四年春节团拜会上的讲话', 1],
    ['全国教育工作会议精神', '2024 年全国教育工作会议精神', 0.9],
  ])('%s ~ %s = %d', (a, b, expected) => {
    expect(titleSimilarity(a, b)).toBe(expected);
  });

  it.each([
    [CENTRAL, H_CENTRAL],
    ['全国两会开幕', '全国两会在北京隆重开幕'],
  ])('%s matches %s', (a, b) => {
    expect(titleSimilarity(a, b)).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each([
    ['全国教育工作会议精神', '同志们、朋友们！'],
    ['全省教育工作会议精神', '唐登杰 韩长赋讲话 金湘军主持 孙立成 张春林 吴存荣出席'],
  ])('%s does not match %s', (a, b) => {
    expect(titleSimilarity(a, b)).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('alignEntries', () => {
  const candidates = [H_CENTRAL, '同志们、朋友们！', H_PROVINCE, '唐登杰 韩长赋讲话', H_CITY].map((text, index) => ({ index, text }));

  it('gives three near-identical headlines each its own entry, in order', () => {
    expect(alignEntries([CENTRAL, PROVINCE, CITY], candidates)).toEqual({ ok: true, indexes: [0, 2, 4] });
  });

  it('names the first entry that matches nothing', () => {
    expect(alignEntries([CENTRAL, '全国教育工作会议精神', CITY], candidates)).toEqual({ ok: false, entry: 1 });
  });

  it('names an entry that cannot come after the previous one', () => {
    const two = [{ index: 0, text: '甲乙丙丁戊' }];
    expect(alignEntries(['甲乙丙丁戊', '甲乙丙丁戊'], two)).toEqual({ ok: false, entry: 1 });
  });

  it('prefers a line that Word marked as a title over an equal plain one', () => {
    const lines = [
      { index: 3, text: '坚持学思用贯通' },
      { index: 7, text: '坚持学思用贯通', titleHint: true },
    ];
    expect(alignEntries(['坚持学思用贯通'], lines)).toEqual({ ok: true, indexes: [7] });
  });
});
