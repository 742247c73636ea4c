// Plain-text fixtures: Markdown in → what the text rules see (· for a masked
// character, so columns stay those of the source).
import { describe, expect, it } from 'vitest';
import { maskInline } from '../../src/check/inline-mask.js';

const CASES: [string, string][] = [
  ['正文，没有标记。', '正文，没有标记。'],
  ['代码 `a: b` 之后', '代码 ······ 之后'],
  ['两个 ``a ` b`` 反引号', '两个 ········· 反引号'],
  ['未闭合的 ` 反引号', '未闭合的 ` 反引号'],
  ['[链接](https://example.com/a,b) 之后', '·链接' + '·'.repeat(26) + ' 之后'],
  ['![图片](images/a.png "标题")', '··图片····················'],
  ['[引用][ref]文字', '·引用······文字'],
  ['**重点**和_强调_', '··重点··和·强调·'],
  ['转义\\*星号', '转义·*星号'],
  ['网址 https://example.com/x?a=1，之后', '网址 ·························，之后'],
  ['自动 <https://example.com> 链接', '自动 ····················· 链接'],
  ['换行<br>标签', '换行····标签'],
  ['忠诚担<!-- page 6 -->当。', '忠诚担···············当。'],
  ['第一行 `代码\n续` 第二行', '第一行 ···\n·· 第二行'],
];

describe('maskInline', () => {
  it.each(CASES)('%j', (source, expected) => {
    const { text } = maskInline(source);
    expect(text.length).toBe(source.length);
    expect(text.replaceAll('\0', '·')).toBe(expected);
  });

  it('returns raw HTML and image targets with their positions', () => {
    const result = maskInline('甲<span>乙</span>![图](<a b.png>)');
    expect(result.html).toEqual([
      { start: 1, end: 7 },
      { start: 8, end: 15 },
    ]);
    expect(result.images).toEqual([{ start: 21, end: 28, src: 'a b.png' }]);
  });

  it('returns page markers apart from raw HTML, with their page numbers', () => {
    const result = maskInline('担<!-- page 6 -->当<!-- 注释 -->');
    expect(result.pages).toEqual([{ start: 1, end: 16, page: 6 }]);
    expect(result.html).toEqual([{ start: 17, end: 28 }]);
  });

  it('is linear on pathological input', () => {
    const source = '['.repeat(50_000) + '](' + '`'.repeat(3) + '<'.repeat(50_000) + '<!--'.repeat(10_000);
    const started = performance.now();
    maskInline(source);
    // Generous: a quadratic scan of this input takes minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
