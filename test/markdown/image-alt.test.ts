// A picture's description (alt) is what a screen reader says, and what a
// reader sees where the picture cannot be shown: every character written.
import { expect, it } from 'vitest';
import { markdownParser } from '../../src/markdown/parser.js';

const alt = (markdown: string) => /alt="([^"]*)"/.exec(markdownParser().render(markdown))![1];

it('keeps escaped characters, entities, code and rare characters in the description', () => {
  expect(alt('![图1：A\\&B公司\\[2023\\]数据&amp;说明&#x20000;`代码`](images/a.png)')).toBe('图1：A&amp;B公司[2023]数据&amp;说明𠀀代码');
});

it('keeps the words of emphasis, without its marks', () => {
  expect(alt('![各支部**学习**情况](images/a.png)')).toBe('各支部学习情况');
});
