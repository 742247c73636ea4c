// Note rules. Plain texts are article bodies: body line 1 is file line 4.
import { expect, it } from 'vitest';
import { applyFixes } from '../../../src/check/fix.js';
import { noteDuplicateLabel } from '../../../src/check/rules/note-duplicate-label.js';
import { noteInHeading } from '../../../src/check/rules/note-in-heading.js';
import { noteEmpty } from '../../../src/check/rules/note-empty.js';
import { noteMisplaced } from '../../../src/check/rules/note-misplaced.js';
import { noteMissing } from '../../../src/check/rules/note-missing.js';
import { noteUnused } from '../../../src/check/rules/note-unused.js';
import { RULES } from '../../../src/check/rules/index.js';
import { articleDoc, findings, FRONT_MATTER, testRule } from '../rule-tester.js';

testRule(noteMissing, {
  valid: [
    '正文[^1]。\n\n[^1]: 注释。',
    '两个注释[^a][^b]。\n\n[^a]: 甲。\n[^b]: 乙。',
    // Not a mark: in code, a link's text, escaped.
    '`[^1]`不是注释。',
    '见[^1](https://www.gov.cn/)。',
    '见\\[^1]。',
  ],
  invalid: [
    { text: '正文[^1]。', errors: [{ line: 4, column: 3, message: 'note mark [^1] has no note — add "[^1]: …" at the end of the article, or correct the label' }] },
    { text: '第一段。\n\n- 列表[^x]\n\n[^1]: 注释。', errors: [{ line: 6, column: 5 }] },
    { text: '| 甲 | 乙 |\n| --- | --- |\n| 单元[^2] | 二 |', errors: [{ line: 6, column: 5 }] },
  ],
});

testRule(noteUnused, {
  valid: [
    '正文[^1]。\n\n[^1]: 注释。',
    '引用两次[^1]，再次[^1]。\n\n[^1]: 注释。',
    // Found by a review: a label with an ideographic space, NBSP or tab is one to markdown-it-footnote (the book marks it), and was text to the check.
    '正文[^注\u30001]，[^注\u00a02]，[^注\t3]。\n\n[^注\u30001]: 注释。\n[^注\u00a02]: 注释。\n[^注\t3]: 注释。',
  ],
  invalid: [
    {
      text: '正文[^1]。\n\n[^1]: 注释。\n[^2]: 多余的注释。',
      errors: [{ line: 7, column: 1, message: 'note [^2] is never marked in the text — put [^2] where it belongs, or delete the note' }],
    },
    // A definition that interrupts a paragraph is still one.
    { text: '正文。\n[^9]: 注释。', errors: [{ line: 5, column: 1 }] },
  ],
});

testRule(noteDuplicateLabel, {
  valid: ['甲[^1]乙[^2]。\n\n[^1]: 一。\n[^2]: 二。'],
  invalid: [
    {
      text: '甲[^1]。\n\n[^1]: 一。\n\n[^1]: 另一个。',
      errors: [{ line: 8, column: 1, message: 'a second note [^1] (the first is on line 6) — give each note its own label, and its mark in the text too' }],
    },
  ],
});

testRule(noteInHeading, {
  valid: ['## 一、总体要求\n\n正文[^1]。\n\n[^1]: 注释。', '---\ntitle: 关于[注]的通知\n---\n\n正文。'],
  invalid: [
    { text: '## 一、总体要求[^1]\n\n正文。\n\n[^1]: 注释。', errors: [{ line: 4, column: 10, message: /^note mark \[\^1\] in a heading — / }] },
    { text: '---\ntitle: 关于学习的通知[^1]\n---\n\n正文。', errors: [{ line: 2, column: 15, message: /^note mark \[\^1\] in title — / }] },
  ],
});

// The places where the book cannot keep a note as written (found by a review:
// each built with 0 findings and lost or moved text, or failed EPUBCheck).
testRule(noteMisplaced, {
  valid: [
    '两个注释相邻[^4][^5]。\n\n[^4]: 甲。\n[^5]: 乙。',
    '见[《讲话》](https://www.news.cn/)[^1]。\n\n[^1]: 注释。',
    '![图](a.png)\n\n图后正文[^1]。\n\n[^1]: 注释。',
    '<!-- page 1 -->\n正文[^1]。\n\n[^1]: 注释。\n\n<!-- page 2 -->\n后文。',
    '甲[^1]乙[^2]。\n\n[^1]: 注一。\n\n[^2]: 注二。',
  ],
  invalid: [
    {
      text: '正文[参见甲[^1]](https://www.news.cn/)乙。\n\n[^1]: 注释丙。',
      errors: [{ line: 4, column: 7, message: 'note mark [^1] is inside a link’s words, where the book prints the link as Markdown — put the mark after the link: [words](address)[^1]' }],
    },
    { text: '![图乙[^1]](a.png)\n\n[^1]: 注释丙丁。', errors: [{ line: 4, column: 5, message: /^note mark \[\^1\] is inside a picture’s description/ }] },
    { text: '正文甲[^1][x]乙。\n\n[x]: https://www.news.cn/\n\n[^1]: 注释丙丁。', errors: [{ line: 4, column: 4, message: /is followed by “\[”, and \[\^1\]\[…\] is read as a link/ }] },
    {
      text: '正文甲[^1]乙[^2]。\n\n[^1]: 注释丙。\n\n    [^2]: 内注丁。\n\n    外注续戊。',
      errors: [{ line: 8, column: 5, message: 'note [^2] is written inside the note before it — start it at the beginning of a line, not indented' }],
    },
    { text: '<!-- page 1 -->\n正文甲[^1]乙。\n\n[^1]: 注释丙<!-- page 2 -->丁。', errors: [{ line: 7, column: 10, message: /^page marker inside a note: / }] },
  ],
});

testRule(noteEmpty, {
  valid: ['正文[^1]。\n\n[^1]: 注释。', '正文[^1]。\n\n[^1]:\n    下一行缩进的注释。', '正文[^1]。\n\n[^1]: ![图](a.png)'],
  invalid: [
    { text: '正文[^1]。\n\n[^1]:', errors: [{ line: 6, column: 1, message: 'note [^1] is empty — write the note after "[^1]: " on the same line (further paragraphs indented four spaces)' }] },
    { text: '正文[^1]。\n\n[^1]:\n\n后文。', errors: [{ line: 6, column: 1 }] },
  ],
});

it('the text rules see no mark or label, and --fix with every rule never renumbers or relabels a note', () => {
  const text = `${FRONT_MATTER}半角标点[^１]，一句话 [^2]。\n\n[^１]: 第一个注释,全角数字的标签。\n[^2]: 第二个注释。\n`;
  const found = findings(RULES.filter((rule) => rule.scope !== 'issue'), [articleDoc(text)]);
  // Only the note's own text is looked at (its half-width comma), not the marks and labels.
  expect(found.map((d) => [d.ruleId, d.line, d.column])).toEqual([['cjk/halfwidth-punctuation', 6, 12]]);
  const fixed = applyFixes(text, found).text;
  expect(fixed).toBe(`${FRONT_MATTER}半角标点[^１]，一句话 [^2]。\n\n[^１]: 第一个注释，全角数字的标签。\n[^2]: 第二个注释。\n`);
});
