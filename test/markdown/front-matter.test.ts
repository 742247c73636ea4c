// The front matter ends only at a line that is exactly ---: a value that
// ends in dashes stays YAML, and the body's first line number is exact.
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/markdown/front-matter.js';

describe('splitFrontMatter', () => {
  it('splits YAML and body, and numbers the body’s first line', () => {
    expect(splitFrontMatter('---\ntitle: 标题\nbyline: 甲 乙\n---\n\n正文。\n')).toEqual({ yaml: 'title: 标题\nbyline: 甲 乙', body: '\n正文。\n', bodyLine: 5 });
  });

  it('keeps a value that ends in --- inside the YAML (it is not the closing line)', () => {
    expect(splitFrontMatter('---\ntitle: 学习心得---\nsource: 新华社\n---\n正文。\n')).toEqual({
      yaml: 'title: 学习心得---\nsource: 新华社',
      body: '正文。\n',
      bodyLine: 5,
    });
  });

  it('reads Windows line endings and trailing blanks after the fences', () => {
    expect(splitFrontMatter('--- \r\ntitle: 标题\r\n---\t\r\n正文。\r\n')).toEqual({ yaml: 'title: 标题', body: '正文。\r\n', bodyLine: 4 });
  });

  it('takes an empty front matter, and finds none where the file does not start with ---', () => {
    expect(splitFrontMatter('---\n---\n正文。')).toEqual({ yaml: '', body: '正文。', bodyLine: 3 });
    expect(splitFrontMatter('正文。\n---\n')).toBeUndefined();
    expect(splitFrontMatter('---\ntitle: 没有结束\n')).toBeUndefined();
  });
});
