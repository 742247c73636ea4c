// Structure rules for inputs a hostile review found: text the parser would
// drop. Plain texts are article bodies: body line 1 is file line 4.
import { structureEmptyHeading } from '../../../src/check/rules/structure-empty-heading.js';
import { structureLinkAddress } from '../../../src/check/rules/structure-link-address.js';
import { structureListNumber } from '../../../src/check/rules/structure-list-number.js';
import { structureNestedLink } from '../../../src/check/rules/structure-nested-link.js';
import { structureNestingTooDeep } from '../../../src/check/rules/structure-nesting-too-deep.js';
import { structurePageInImage } from '../../../src/check/rules/structure-page-in-image.js';
import { structureTableExtraCells } from '../../../src/check/rules/structure-table-extra-cells.js';
import { testRule } from '../rule-tester.js';

/** A list whose item k (0-based) is indented 2k spaces: "第k层". */
const deepList = (levels: number, after = '') => Array.from({ length: levels }, (_, k) => `${'  '.repeat(k)}- 第${k}层`).join('\n') + after;

testRule(structureNestingTooDeep, {
  valid: [
    deepList(9),
    `${'> '.repeat(9)}引用。`,
    '正文。',
    `${'*'.repeat(50)}深${'*'.repeat(50)}`,
    // A line to fill in, and stars in code: nothing nests.
    `请填写姓名：${'_'.repeat(240)}`,
    `示例：\`${'*'.repeat(240)}\``,
  ],
  invalid: [
    // 8,000 on each side overflowed the renderer's stack (exit 70, an internal error).
    {
      text: `正文${'*'.repeat(8000)}深${'*'.repeat(8000)}。`,
      errors: [
        { line: 4, column: 3, message: '8000 * in a row nest emphasis 4000 levels deep, too deep for the book to be made — delete them (bold is **text**, emphasis *text*)' },
        { line: 4, column: 8004 },
      ],
    },
    {
      // The renderer showed 第0层 … 第8层 and an empty item for 第9层: each list level is two (list, item).
      text: deepList(12, '\n\n之后的段落。'),
      errors: [
        {
          line: 13,
          column: 19,
          message:
            'lists or block quotes are nested too deep here (20 levels): this text and what follows in the same list or quote would be lost — use fewer levels',
        },
      ],
    },
    { text: `${'> '.repeat(25)}深引用。\n\n之后。`, errors: [{ line: 4, column: 1 }] },
  ],
});

const HEADING = 'heading has no text (an image or markup alone does not name a section) — write its words, or make it a paragraph';

testRule(structureEmptyHeading, {
  valid: ['## 一、总体要求', '### **  **', '## ![图](a.png) 图表说明', '## [新华网](https://www.news.cn/)', '## `代码`', '正文。'],
  invalid: [
    { text: '##', errors: [{ line: 4, column: 1, message: HEADING }] },
    { text: '正文。\n\n## ##', errors: [{ line: 6, column: 1 }] },
    { text: '## ![图](a.png)', errors: [{ line: 4, column: 4 }] },
    { text: '#### ![一](a.png) ![二](b.png)', errors: [{ line: 4, column: 6 }] },
  ],
});

const LINK = (href: string) => `link "${href}" is not an address a reader can open — write a full address such as https://www.gov.cn/…, or remove the link and keep its text`;

testRule(structureLinkAddress, {
  valid: ['见[新华网](https://www.news.cn/)。', '[邮箱](mailto:office@example.cn)', '[电话](tel:+86-359-1234567)', '[站](http://例子.中国/路径)', '见[上文](02-zhongyang.md)。', '<https://example.com>'],
  invalid: [
    { text: '见[网](http://)。', errors: [{ line: 4, column: 6, message: LINK('http://') }] },
    { text: '见[网](https:)。', errors: [{ line: 4, column: 6, message: LINK('https:') }] },
    { text: '见[网](<https://exa mple.com>)。', errors: [{ line: 4, column: 7, message: LINK('https://exa mple.com') }] },
    { text: '见[网](x:y)。', errors: [{ line: 4, column: 6, message: LINK('x:y') }] },
    { text: '见[网][a]。\n\n[a]: ftp://example.com/a', errors: [{ line: 6, column: 6, message: LINK('ftp://example.com/a') }] },
  ],
});

// Found by the fuzz campaign: markdown-it writes <a> inside <a>, which EPUBCheck refuses.
testRule(structureNestedLink, {
  valid: ['见[新华网](https://www.news.cn/)和<https://www.gov.cn/>。', '[甲](https://a.cn/)[乙](https://b.cn/)', '`[a<https://x.cn/>](https://y.cn/)`'],
  invalid: [
    {
      text: '正文。\n\n[见<https://www.gov.cn/>全文](https://www.news.cn/)。',
      errors: [{ line: 6, column: 1, message: 'a link inside the text of another link — write the inner address as plain text, or take it out of the [ ]' }],
    },
    { text: '## [标题<https://a.cn/>](https://b.cn/)', errors: [{ line: 4, column: 1 }] },
    // Found by the 2,000-issue campaign: the same through a reference definition.
    { text: '见[全文<https://www.gov.cn/>学][甲]。\n\n[甲]: https://www.news.cn/', errors: [{ line: 4, column: 1 }] },
    { text: '- 第一项\n- 见[全文<https://www.gov.cn/>学](https://www.news.cn/)', errors: [{ line: 5, column: 1 }] },
  ],
});

testRule(structureTableExtraCells, {
  valid: [
    '| 单位 | 人数 |\n| --- | --- |\n| 第一支部 | 12 |\n| 第二支部 |',
    // An escaped pipe is text in its cell; rows without outer pipes count the same.
    '| 单位 | 说明 |\n| --- | --- |\n| 第一支部 | 12\\|13 |\n第二支部 | 8',
    '> | 单位 | 人数 |\n> | --- | --- |\n> | 第一支部 | 12 |',
    // A table in a list item, its first row on the marker's line.
    '1. | 列一 | 列二 |\n   | --- | --- |\n   | 一 | 二 |',
    '- | 列一 | 列二 |\n  | --- | --- |\n  | 一 | 二 |',
    // A pipe right after a backslash is text, for markdown-it, even after a second backslash.
    '| 序号 | 说明 |\n| --- | --- |\n| 1 | a\\\\|b |',
    // An empty cell past the header loses nothing.
    '| 序号 | 说明 |\n| --- | --- |\n| 3 | 空 | |\n| 4 | 空 ||',
  ],
  invalid: [
    {
      text: '| 单位 | 人数 |\n| --- | --- |\n| 第一支部 | 12 | 另有3名党员在外地学习 |\n| 第二支部 | 8|9 |',
      errors: [
        { line: 6, column: 15, message: 'this row has 3 cells and the header 2: the last 1 would be lost from the book — add a column to the header, or write a | inside a cell as \\|' },
        { line: 7, column: 12 },
      ],
    },
    { text: '单位 | 人数\n--- | ---\n第一支部 | 12 | 另有 | 三名', errors: [{ line: 6, column: 13, message: /has 4 cells and the header 2: the last 2/ }] },
    { text: '> | 单位 | 人数 |\n> | --- | --- |\n> | 第一支部 | 12 | 另有 |', errors: [{ line: 6, column: 17 }] },
  ],
});

// markdown-it, as CommonMark, shows a numbered list's items counted on from
// its first number: "2023." after "1." and "2." is shown as "3.".
const RENUMBERED = (written: string, shown: string, escaped: string) =>
  `this list item is written ${written} but the book shows ${shown} (a numbered list counts on from its first number) — correct the number, or, if the line is not an item of the list, write ${escaped} so that the mark is text`;

testRule(structureListNumber, {
  valid: [
    '1. 学习\n2. 贯彻\n3. 落实',
    // Written 1. 1. 1. on purpose: the reader counts them.
    '1. 学习\n1. 贯彻\n1. 落实',
    '5. 第五\n6. 第六',
    '2023. 年是全面贯彻党的二十大精神的开局之年。',
    // Not an item: a list that is not at a line's start, or an escaped dot.
    '1. 学习\n2. 贯彻\n2023\\. 年全市……',
    '> 1) 甲\n> 2) 乙',
  ],
  invalid: [
    {
      text: '1. 学习\n2. 贯彻\n2023. 年全市经济运行稳中向好。',
      errors: [{ line: 6, column: 1, message: RENUMBERED('2023.', '3.', '2023\\.') }],
    },
    // Inside a quote, with ) and after a blank line (a loose list is one list still).
    { text: '> 1) 甲\n>\n> 3) 乙', errors: [{ line: 6, column: 3, message: RENUMBERED('3)', '2)', '3\\)') }] },
    // Written 1. 1. 1. on purpose, then a year: only the year is reported.
    { text: '1. 甲\n1. 乙\n1. 丙\n2023. 年', errors: [{ line: 7, column: 1 }] },
    // A nested list counts on its own.
    { text: '- 一\n  1. 甲\n  4. 乙', errors: [{ line: 6, column: 3 }] },
  ],
});

testRule(structurePageInImage, {
  valid: ['![图一说明](pic.png)<!-- page 2 -->正文。', '正文<!-- page 2 -->二句。', '[新华网<!-- page 2 -->报道](https://www.news.cn/)', '`![图<!-- page 2 -->](a.png)`'],
  invalid: [
    {
      text: '正文一句。\n\n![图一<!-- page 2 -->说明](pic.png)\n\n正文<!-- page 3 -->二句。',
      errors: [{ line: 6, column: 5, message: 'page marker inside a picture’s description, which the book shows as plain text: page 2 would be lost — put the marker before or after the picture' }],
    },
    { text: '见[![图<!-- page 2 -->](a.png)](https://www.gov.cn/)。', errors: [{ line: 4, column: 6 }] },
  ],
});
