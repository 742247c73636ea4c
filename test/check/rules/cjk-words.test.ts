// Words and characters in Chinese text. Body line 1 is file line 4.
import { cjkAsteriskPair } from '../../../src/check/rules/cjk-asterisk-pair.js';
import { cjkFullwidthAlnum } from '../../../src/check/rules/cjk-fullwidth-alnum.js';
import { cjkLatinWord } from '../../../src/check/rules/cjk-latin-word.js';
import { cjkTocRemnant } from '../../../src/check/rules/cjk-toc-remnant.js';
import { testRule } from '../rule-tester.js';

testRule(cjkLatinWord, {
  valid: ['GDP增长', 'IPv6地址', '5G网络', '全长100km的公路', 'iPhone手机', '他说“thank you”。', '`code`里', '[文](https://example.com/path)', 'x轴', 'https://example.com/abc 网站'],
  invalid: [
    {
      text: '做党中央决策部署的-executioner、行动派',
      errors: [{ line: 4, column: 10, message: 'Latin word "-executioner" in Chinese text — translate it or delete it (acronyms such as GDP are fine)' }],
    },
    { text: '这是一个test用例', errors: [{ line: 4, column: 5, message: /"test"/ }] },
    { text: '---\ntitle: 会议的summary\n---\n\n正文。', errors: [{ line: 2, column: 11 }] },
  ],
});

testRule(cjkFullwidthAlnum, {
  valid: ['2024年', '（第2次）', 'ABC公司'],
  invalid: [
    { text: '２０２４年', errors: [{ line: 4, column: 1, message: 'full-width "２０２４" — write "2024"' }], output: '2024年' },
    { text: 'ＡＢＣ公司和ｉ项', errors: [{ line: 4, column: 1 }, { line: 4, column: 7 }], output: 'ABC公司和i项' },
    // Narrowed, these would be Markdown — a list item, an entity — and the text would change: reported, not fixed.
    { text: '第二段文字，完整的句子，\n１. 这是续行。', errors: [{ line: 5, column: 1, message: 'full-width "１" — write "1\\." (--fix leaves this one: "1" alone would be read as Markdown)' }] },
    { text: '２) 全角数字和半角括号。', errors: [{ line: 4, column: 1 }] },
    { text: '这里写着全角字母&ｌｔ;，句子结束。', errors: [{ line: 4, column: 10, message: 'full-width "ｌｔ" — write "\\&lt" (--fix leaves this one: "lt" alone would be read as Markdown)' }] },
    { text: '见[１]。\n\n[1]: https://www.gov.cn/', errors: [{ line: 4, column: 3 }] },
    // Found by a review: a run inside the number or the entity, and a setext heading's line.
    { text: '2０２４. 年是开局之年。', errors: [{ line: 4, column: 2, message: 'full-width "０２４" — write "2024\\." (--fix leaves this one: "024" alone would be read as Markdown)' }] },
    { text: '1１. 条', errors: [{ line: 4, column: 2 }] },
    { text: '１. 标题\n======', errors: [{ line: 4, column: 1 }] },
    { text: '&aｍｐ;文字', errors: [{ line: 4, column: 3 }] },
    { text: '&#1２;', errors: [{ line: 4, column: 4 }] },
    // Not at a line's start, or no mark after it: fixed.
    { text: '第１. 条', errors: [{ line: 4, column: 2 }], output: '第1. 条' },
    { text: '１２３４５', errors: [{ line: 4, column: 1 }], output: '12345' },
    { text: '## １. 标题', errors: [{ line: 4, column: 4 }], output: '## 1. 标题' },
  ],
});

testRule(cjkTocRemnant, {
  valid: ['2024年2月', '经济总量超过126万亿元。', '约为1.5', '## 2024', '第2次'],
  invalid: [
    {
      text: '1. 习近平在二〇二四年春节团拜会上的讲话·····\t1',
      errors: [{ line: 4, column: 1, message: 'line of a printed table of contents (leaders and page number) — delete it; the e-book makes its own contents' }],
    },
    { text: '全国教育工作会议精神 .......... 17', errors: [{ line: 4, column: 1 }] },
    { text: '全省教育工作会议精神\t22', errors: [{ line: 4, column: 1 }] },
    { text: '正文。\n\n12\n\n正文。', errors: [{ line: 6, column: 1, message: 'lone page number "12" — delete it' }] },
    { text: '- 12 -', errors: [{ line: 4, column: 1 }] },
    { text: '第3页', errors: [{ line: 4, column: 1 }] },
  ],
});

// Found by a review: asterisks meant as written became emphasis, and both vanished from the book.
testRule(cjkAsteriskPair, {
  valid: ['这是*重点*内容。', '**加粗的一句话，跨过逗号。**', '带\\*的项目为必填项，未带\\*的项目可不填。', '带*的项目为必填项。', '`2*3*4`的结果。', '计算2 * 3的结果。'],
  invalid: [
    {
      text: '带*的项目为必填项，未带*的项目可不填。',
      errors: [{ line: 4, column: 1, message: 'the * before "的项目为必填项，…" and the * after it make emphasis: both vanish from the book and the words between get emphasis dots — if the asterisks are meant as written, write \\*' }],
    },
    { text: '正文。\n\n计算2*3*4的结果。', errors: [{ line: 6, column: 1 }] },
    { text: '| 项目 |\n| --- |\n| 带*的为必填，未带*的 |', errors: [{ line: 6, column: 1 }] },
  ],
});
