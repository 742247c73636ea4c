// Structure rules. Plain texts are article bodies: body line 1 is file line 4.
import { describe, expect, it } from 'vitest';
import { structureBodyH1 } from '../../../src/check/rules/structure-body-h1.js';
import { structureDuplicateTitle } from '../../../src/check/rules/structure-duplicate-title.js';
import { structureEmptyArticle } from '../../../src/check/rules/structure-empty-article.js';
import { structureHeadingSkip } from '../../../src/check/rules/structure-heading-skip.js';
import { structureImageFormat } from '../../../src/check/rules/structure-image-format.js';
import { structureImageOutside } from '../../../src/check/rules/structure-image-outside.js';
import { structureLocalLink } from '../../../src/check/rules/structure-local-link.js';
import { structureRawHtml } from '../../../src/check/rules/structure-raw-html.js';
import { structureRemoteImage } from '../../../src/check/rules/structure-remote-image.js';
import { structureUnusedDefinition } from '../../../src/check/rules/structure-unused-definition.js';
import { articleDoc, findings, testRule } from '../rule-tester.js';

testRule(structureBodyH1, {
  valid: ['## 一、总体要求\n\n正文。', '正文 # 不是标题。', '```\n# code\n```'],
  invalid: [
    {
      text: '# 一、总体要求\n\n正文。',
      errors: [{ line: 4, column: 1, message: 'level-1 heading in the body — the title in the front matter is the only level-1 heading; use ## for a section' }],
    },
    { text: '正文。\n\n  # 标题', errors: [{ line: 6, column: 3 }] },
    { text: '标题\n===\n\n正文。', errors: [{ line: 4, column: 1 }] },
  ],
});

testRule(structureHeadingSkip, {
  valid: ['## 一\n\n### 二\n\n## 三\n\n### 四\n\n#### 五', '正文。'],
  invalid: [
    { text: '## 一\n\n#### 二', errors: [{ line: 6, column: 1, message: 'heading level skips from ## to #### — use ### here, or add the missing ### heading above' }] },
    { text: '### 一', errors: [{ line: 4, column: 1, message: /skips from # to ###/ }] },
    { text: '## 一\n\n- 项目\n\n  #### 二', errors: [{ line: 8, column: 3 }] },
  ],
});

testRule(structureLocalLink, {
  valid: [
    '见[新华网](https://www.news.cn/)报道。',
    '来信请寄[邮箱](mailto:office@example.cn)。',
    '见[新华网][xh]。\n\n[xh]: https://www.news.cn/',
    '`[代码](a.md)`不是链接。',
    '```\n[代码](a.md)\n```',
    '![图](images/a.png)',
    // Text that looks like a definition but is not one (markdown-it renders it as text):
    // a paragraph's continuation line, and words after the target.
    '第一段正文\n[注]: 见第3页\n\n[注]: 本文摘自 人民日报\n\n见[新华网][xh]。\n\n[xh]: https://www.news.cn/',
    // A definition that images use is an image, for the image rules: ![alt][label], ![label].
    '![红][r]\n\n![图表]\n\n[r]: images/chart.png\n[图表]: images/b.png',
    // A title running over lines is part of its definition, whatever it looks like.
    "[a]: https://www.gov.cn/\n'第一行\n[b]: 不存在.md'",
  ],
  invalid: [
    { text: '见[上文][a]和[下文][b]。\n\n[a]: a.md "上文"\n\n- [b]: b.md', errors: [{ line: 6, column: 6 }, { line: 8, column: 8 }] },
    // The target on the next line; in a block quote; after a line the renderer drops, with CR LF.
    { text: '见[上文][a]和[下文][b]。\n\n[a]:\n  a.md\n\n> [b]: b.md', errors: [{ line: 7, column: 3 }, { line: 9, column: 8 }] },
    { text: '见[上文][a]。\r\n<!-- qikan-disable-next-line cjk/dash -->\r\n正文——。\r\n\r\n[a]: a.md\r\n', errors: [{ line: 8, column: 6 }] },
    {
      text: '详见[上文](02-zhongyang.md)。',
      errors: [{ line: 4, column: 8, endColumn: 22, message: 'link "02-zhongyang.md" points at a file or place the book does not have — write a full address such as https://www.gov.cn/…, or remove the link and keep its text' }],
    },
    { text: '见[此](../../etc/passwd)与[彼](#s1)。', errors: [{ line: 4, column: 6 }, { line: 4, column: 28 }] },
    { text: '见[网站](//example.com/a)。', errors: [{ line: 4, column: 7 }] },
    { text: '见[上文][a]。\n\n[a]: <02 zhongyang.md>', errors: [{ line: 6, column: 7, message: /link "02 zhongyang\.md"/ }] },
    { text: '- 见[上文](a.md)', errors: [{ line: 4, column: 9 }] },
  ],
});

testRule(structureEmptyArticle, {
  valid: ['正文。', '## 一', '- 项目'],
  invalid: [
    { text: '---\ntitle: 空\n---\n\n\n', errors: [{ line: 4, column: 1, message: /^has no text after its front matter/ }] },
    { text: '---\ntitle: 空\n---\n<!-- qikan-disable-next-line cjk/dash -->\n', errors: [{ line: 4, column: 1 }] },
  ],
});

testRule(structureRawHtml, {
  valid: ['`<br>`', '<https://example.com>', '<!-- qikan-disable-next-line cjk/dash -->\n文字--文字。', '正文。\n\n<!-- page 5 -->\n\n正文，忠诚担<!-- page 6 -->当。', 'a < b 且 c > d', '```\n<div>\n```', '<user@example.com>'],
  invalid: [
    { text: '文字<br>文字', errors: [{ line: 4, column: 3, message: /^raw HTML "<br>" is not allowed — write it in Markdown/ }] },
    // One finding per element: the closing tag on the same line is not reported again.
    { text: '<div>块</div>', errors: [{ line: 4, column: 1 }] },
    { text: '正文。\n\n<!-- 注释 -->', errors: [{ line: 6, column: 1 }] },
    { text: '<span style="color:red">红</span>', errors: [{ line: 4, column: 1 }] },
    // Almost a page marker: said so, with the form to write.
    { text: '正文。\n\n<!--page 5-->', errors: [{ line: 6, column: 1, message: '"<!--page 5-->" is not a page marker — write it <!-- page 5 --> (one space inside each side)' }] },
    { text: '担<!-- Page 6 -->当。', errors: [{ line: 4, column: 2, message: /write it <!-- page 6 -->/ }] },
  ],
});

testRule(structureRemoteImage, {
  valid: ['![图](images/a.png)', '[链接](https://example.com)', '`![图](https://x.org/a.png)`'],
  invalid: [
    { text: '![图](https://example.com/a.png)', errors: [{ line: 4, column: 6, message: /^image "https:\/\/example.com\/a.png" is remote — save the file into the issue folder/ }] },
    { text: '见下图。\n\n![图](//cdn.example.com/a.png "标题")', errors: [{ line: 6, column: 6 }] },
    { text: '![图](data:image/png;base64,AAAA)', errors: [{ line: 4, column: 6 }] },
  ],
});

testRule(structureImageOutside, {
  valid: ['![图](images/a.png)', '![图](./a.png)', '![图](images/../a.png)'],
  invalid: [
    { text: '![图](../2024-01/a.png)', errors: [{ line: 4, column: 6, message: /^image "..\/2024-01\/a.png" is outside the issue folder/ }] },
    { text: '![图](/home/me/a.png)', errors: [{ line: 4, column: 6 }] },
    { text: '![图](images/../../a.png)', errors: [{ line: 4, column: 6 }] },
    { text: '![图](<C:\\图片\\a.png>)', errors: [{ line: 4, column: 7 }] },
  ],
});

testRule(structureImageFormat, {
  valid: ['![图](a.JPG)', '![图](a.jpeg)', '![图](b.png?x=1)', '![图](c.gif)', '![图](d.svg)', '![图](https://x.org/a.webp)'],
  invalid: [
    { text: '![图](images/a.webp)', errors: [{ line: 4, column: 6, message: 'image "images/a.webp" is not a JPEG, PNG, GIF or SVG file — convert it to one of these and change the link' }] },
    { text: '![图](scan.tiff)', errors: [{ line: 4, column: 6 }] },
  ],
});

describe('structure/duplicate-title', () => {
  const article = (fileName: string, frontMatter: string) => articleDoc(`---\n${frontMatter}\n---\n\n正文。\n`, { fileName });
  const duplicates = (...docs: ReturnType<typeof article>[]) =>
    findings([structureDuplicateTitle], docs)
      .filter((d) => d.ruleId === 'structure/duplicate-title')
      .map((d) => [d.file, d.line, d.column, d.message]);

  it('flags a title used twice, at the second title', () => {
    expect(duplicates(article('01-a.md', 'title: 全国教育工作会议精神'), article('02-b.md', 'title: 全国教育工作会议精神'))).toEqual([
      ['02-b.md', 2, 8, 'title "全国教育工作会议精神" is also the title of 01-a.md — give each article its own title'],
    ]);
  });

  it('flags a contents entry used twice', () => {
    const a = article('01-a.md', 'title: 2024年全国教育工作会议精神\ntoc_title: 教育工作会议精神');
    const b = article('02-b.md', 'title: 2024年全省教育工作会议精神\ntoc_title: 教育工作会议精神');
    expect(duplicates(a, b)).toEqual([['02-b.md', 3, 12, 'contents entry "教育工作会议精神" is also the entry of 01-a.md — set a different toc_title']]);
  });

  it('leaves distinct titles alone', () => {
    expect(duplicates(article('01-a.md', 'title: 甲\ntoc_title: 甲乙'), article('02-b.md', 'title: 乙\ntoc_title: 甲'))).toEqual([]);
  });
});

// Found by a review: a line copied from a web page, [原文链接]: https://…, is a
// definition to Markdown, and with no link using it the book left the line out.
testRule(structureUnusedDefinition, {
  valid: ['见[新华网]。\n\n[新华网]: https://www.news.cn/', '见[全文][1]。\n\n[1]: https://www.news.cn/', '见[新华网][]。\n\n[新华网]: https://www.news.cn/', '![图表][甲]\n\n[甲]: images/a.png', '\\[原文链接]: https://www.news.cn/', '正文。\n\n```\n[甲]: https://a.cn/\n```'],
  invalid: [
    {
      text: '正文第一段。\n\n[原文链接]: https://www.news.cn/politics/2024-02/08/c_1130074418.htm\n\n正文第二段。',
      errors: [{ line: 6, column: 1, message: /^"\[原文链接\]: https:\/\/www\.news\.cn\/politics\/2024-02\/08\/c_113007441…" is a link definition that no link uses, so the book leaves this line out — write \\ before its \[ to print it as written \(--fix does\), or write it as text: 原文链接：address$/ }],
      output: '正文第一段。\n\n\\[原文链接]: https://www.news.cn/politics/2024-02/08/c_1130074418.htm\n\n正文第二段。',
    },
    { text: '> [编者按]: 本文根据录音整理。', errors: [{ line: 4, column: 3 }], output: '> \\[编者按]: 本文根据录音整理。' },
    { text: '正文。\n\n[甲]:\n  https://a.cn/', errors: [{ line: 6, column: 1 }], output: '正文。\n\n\\[甲]:\n  https://a.cn/' },
  ],
});
