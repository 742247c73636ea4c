import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { markdownParser } from '../../../src/markdown/parser.js';
import { articleFileText } from '../../../src/import/text/markdown.js';
import { escapeInline, escapeLineStart } from '../../../src/markdown/escape.js';

const asMarkdown = (text: string): string => escapeLineStart(escapeInline(text));

describe('escaping renders the text as written', () => {
  it.each([
    ['1. 坚持以学铸魂。', '1\\. 坚持以学铸魂。'],
    ['2) 第二条', '2\\) 第二条'],
    ['# 不是标题', '\\# 不是标题'],
    ['- 不是列表', '\\- 不是列表'],
    ['+ 不是列表', '\\+ 不是列表'],
    ['> 不是引用', '\\> 不是引用'],
    ['***', '\\*\\*\\*'],
    ['---', '\\---'],
    ['```代码', '\\`\\`\\`代码'],
    ['~~~代码', '\\~~~代码'],
    ['坚持*确保*平稳，a_b_c', '坚持\\*确保\\*平稳，a\\_b\\_c'],
    ['<script>x</script> 与 [链接](x)', '\\<script>x\\</script> 与 \\[链接\\](x)'],
    ['&amp; 与 & 号', '\\&amp; 与 & 号'],
    ['2024.5 与 1.坚持', '2024.5 与 1.坚持'],
    ['做党中央决策部署的-executioner、行动派', '做党中央决策部署的-executioner、行动派'],
  ])('%s', (text, expected) => {
    const markdown = asMarkdown(text);
    expect(markdown).toBe(expected);
    // What a reader sees is the text itself, in one paragraph.
    const html = markdownParser().render(markdown);
    expect(html.startsWith('<p>')).toBe(true);
    const visible = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"').trim();
    expect(visible).toBe(text);
  });
});

describe('articleFileText', () => {
  it('quotes front matter values that YAML would misread', () => {
    const text = articleFileText({ title: '2024: 回顾', toc_title: '- 列表？', byline: '#甲 乙', blocks: ['正文。'] });
    const frontMatter = /^---\n([\s\S]*?)---\n\n正文。\n$/.exec(text)![1]!;
    expect(parse(frontMatter)).toEqual({ title: '2024: 回顾', toc_title: '- 列表？', byline: '#甲 乙' });
  });
});
