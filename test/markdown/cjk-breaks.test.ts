// The line-break rule ported from markdown-it-cjk-breaks 2.0.0: the same
// joins, and no throw where the plugin threw (found by the fuzz campaign).
import { describe, expect, it } from 'vitest';
import { markdownParser } from '../../src/markdown/parser.js';

const render = (markdown: string) => markdownParser().render(markdown);

describe('line breaks in Chinese text', () => {
  it.each([
    ['between two Chinese characters: joined', '学习\n贯彻', '<p>学习贯彻</p>\n'],
    ['between Latin words: kept', 'deep\nlearning', '<p>deep\nlearning</p>\n'],
    ['between a Chinese character and a Latin letter or digit: joined, as cjk/space-around-digit-latin asks', '学习\nGDP增长\n5%，2024年\n3月', '<p>学习GDP增长5%，2024年3月</p>\n'],
    ['between curly quotes, dashes, ellipses or circled numbers and Chinese: joined', '回答了\n“为了谁”\n的问题……\n然后——\n“好。”', '<p>回答了“为了谁”的问题……然后——“好。”</p>\n'],
    ['between an ambiguous-width letter and Chinese: kept (Greek, Cyrillic)', '学习\nα粒子', '<p>学习\nα粒子</p>\n'],
    ['between a dash and a Latin word: kept', 'deep—\nlearning', '<p>deep—\nlearning</p>\n'],
    ['a shared mark between Chinese and a digit or Latin letter: joined', '他说：“\n2024年——\n2025年，AI\n“技术”', '<p>他说：“2024年——2025年，AI“技术”</p>\n'],
    ['shared marks in English text: kept', 'He said “yes”\n“no”, a note…\n“Next”', '<p>He said “yes”\n“no”, a note…\n“Next”</p>\n'],
    ['after an astral character: joined', '𠮷\n学', '<p>𠮷学</p>\n'],
    ['between full-width punctuation and Chinese: joined', '学习，\n贯彻', '<p>学习，贯彻</p>\n'],
    ['between Hangul: kept', '한국\n어', '<p>한국\n어</p>\n'],
    [
      'a linked picture on a line of its own between two Chinese lines (markdown-it-cjk-breaks threw: "Expected a code point")',
      '学学\n[![图](a.png)](https://www.gov.cn/)\n学学。',
      '<p>学学<a href="https://www.gov.cn/"><img src="a.png" alt="图" /></a>学学。</p>\n',
    ],
    ['two joins in a row around emphasis', '学\n**习**\n贯彻', '<p>学<strong>习</strong>贯彻</p>\n'],
    // Found by a review: the rule looked past the code to the Chinese beyond it, and set npm testGitHub.
    ['between inline code and a Latin word: kept, as between two Latin words', '运行`npm test`\nGitHub会检查。使用Git\n`commit`命令', '<p>运行<code>npm test</code>\nGitHub会检查。使用Git\n<code>commit</code>命令</p>\n'],
    ['between inline code and Chinese: joined', '运行\n`npm test`\n命令', '<p>运行<code>npm test</code>命令</p>\n'],
  ])('%s', (_name, markdown, html) => {
    expect(render(markdown)).toBe(html);
  });
});
