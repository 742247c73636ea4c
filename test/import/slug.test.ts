import { describe, expect, it } from 'vitest';
import { articleFileName, seriesSlug, titleSlug } from '../../src/import/slug.js';

describe('slugs', () => {
  it.each([
    ['习近平：在二〇二四年春节团拜会上的讲话', 'xi-jin-ping-zai'],
    ['2024年全国教育工作会议精神', '2024-nian-quan-guo'],
    ['女儿绿', 'nv-er-lv'],
    ['Python 编程入门', 'python-bian-cheng-ru'],
    ['——', ''],
  ])('%s → %s', (title, slug) => {
    expect(titleSlug(title)).toBe(slug);
    expect(slug).toMatch(/^[a-z0-9-]{0,30}$/);
  });

  it('names files NN-slug.md, or NN.md when the title gives nothing', () => {
    expect(articleFileName(3, '全国两会在北京隆重开幕')).toBe('03-quan-guo-liang-hui.md');
    expect(articleFileName(12, '——')).toBe('12.md');
  });

  it('makes the series slug from initials', () => {
    expect(seriesSlug('理论学习中心组学习资料')).toBe('llxx');
  });
});
