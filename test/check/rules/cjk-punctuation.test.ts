// Punctuation and characters in Chinese text. Body line 1 is file line 4.
import { cjkDash } from '../../../src/check/rules/cjk-dash.js';
import { cjkDuplicatePunctuation } from '../../../src/check/rules/cjk-duplicate-punctuation.js';
import { cjkEllipsis } from '../../../src/check/rules/cjk-ellipsis.js';
import { cjkHalfwidthPunctuation } from '../../../src/check/rules/cjk-halfwidth-punctuation.js';
import { cjkUnbalancedPair } from '../../../src/check/rules/cjk-unbalanced-pair.js';
import { testRule } from '../rule-tester.js';

testRule(cjkHalfwidthPunctuation, {
  valid: ['比例为3:2', '1,000元', 'Hello, world!', 'f(x) = 1', '[链接](https://example.com)', '`a:b`', '时间10:30', '注意：这里', 'a(b) c中', 'g(f(x)) 中'],
  invalid: [
    { text: '注意:这里', errors: [{ line: 4, column: 3, message: 'half-width ":" in Chinese text — use "："' }], output: '注意：这里' },
    { text: '注意: 这里', errors: [{ line: 4, column: 3 }], output: '注意：这里' },
    { text: '好,我们走!', errors: [{ line: 4, column: 2 }, { line: 4, column: 6 }], output: '好，我们走！' },
    { text: '(第2次)', errors: [{ line: 4, column: 1 }, { line: 4, column: 5 }], output: '（第2次）' },
    // An escaped mark loses its backslash with the fix: Markdown would show \（ as a backslash and （.
    { text: '中文\\(注\\)，又如\\:这里', errors: [{ line: 4, column: 4 }, { line: 4, column: 7 }, { line: 4, column: 12 }], output: '中文（注），又如：这里' },
    { text: '路径C:\\\\(注)', errors: [{ line: 4, column: 7 }, { line: 4, column: 9 }], output: '路径C:\\\\（注）' },
    { text: 'GDP(国内生产总值)', errors: [{ line: 4, column: 4 }, { line: 4, column: 11 }], output: 'GDP（国内生产总值）' },
    // Chinese inside an inner pair makes the outer one Chinese too; planes 2–3 count.
    { text: 'a(b(中)c)d', errors: [{ line: 4, column: 4 }, { line: 4, column: 6 }, { line: 4, column: 2 }, { line: 4, column: 8 }], output: 'a（b（中）c）d' },
    { text: 'x(𠮷)y', errors: [{ line: 4, column: 2 }, { line: 4, column: 5 }], output: 'x（𠮷）y' },
    { text: '是吗?对;', errors: [{ line: 4, column: 3 }, { line: 4, column: 5 }], output: '是吗？对；' },
    { text: '---\ntitle: 习近平:在团拜会上的讲话\n---\n\n正文。', errors: [{ line: 2, column: 11 }], output: '---\ntitle: 习近平：在团拜会上的讲话\n---\n\n正文。' },
  ],
});

testRule(cjkUnbalancedPair, {
  valid: ['“学思想、强党性”', '《决定》', 'it’s fine', '（党组）“四下基层”“两个确立”', '【注】〈一〉‘引’'],
  invalid: [
    { text: '坚决反对“台独分裂行径。', errors: [{ line: 4, column: 5, message: '“ is not closed in this paragraph — add the closing ” or delete the “' }] },
    { text: '《决定》》', errors: [{ line: 4, column: 5, message: '》 has no opening 《 in this paragraph — add the 《 or delete the 》' }] },
    { text: '“《决定”', errors: [{ line: 4, column: 2 }] },
    { text: '（党组\n\n党委）', errors: [{ line: 4, column: 1 }, { line: 6, column: 3 }] },
  ],
});

testRule(cjkEllipsis, {
  valid: ['等等……', 'Wait...', 'v1.2.3', '完成。', '完成。。'],
  invalid: [
    { text: '等等...', errors: [{ line: 4, column: 3, message: 'ellipsis written "..." — write "……" (two ellipsis characters)' }], output: '等等……' },
    { text: '如此。。。', errors: [{ line: 4, column: 3 }], output: '如此……' },
    { text: '省略…', errors: [{ line: 4, column: 3 }], output: '省略……' },
    { text: '省略………', errors: [{ line: 4, column: 3 }], output: '省略……' },
    { text: '……等等⋯⋯', errors: [{ line: 4, column: 5 }], output: '……等等……' },
  ],
});

testRule(cjkDash, {
  valid: ['——在全省会议上的讲话', '2023-2024年', 'well-known', '2023--2024', '| 甲 | 乙 |\n|---|---|\n| 丙 | 丁 |', '第一段。\n\n---\n\n第二段。'],
  invalid: [
    { text: '讲话--在会上', errors: [{ line: 4, column: 3, message: 'dash written "--" — write "——" (two em dashes)' }], output: '讲话——在会上' },
    { text: '讲话 -- 在会上', errors: [{ line: 4, column: 4 }], output: '讲话——在会上' },
    { text: '我们—人民', errors: [{ line: 4, column: 3 }], output: '我们——人民' },
    { text: '――在会议上', errors: [{ line: 4, column: 1 }], output: '——在会议上' },
    { text: '讲话———在会上', errors: [{ line: 4, column: 3 }], output: '讲话——在会上' },
  ],
});

testRule(cjkDuplicatePunctuation, {
  valid: ['完成。', '完成。。。', '好！！', '“好。”'],
  invalid: [
    { text: '完成。。', errors: [{ line: 4, column: 3, message: '"。。" repeats a punctuation mark — keep one "。"' }], output: '完成。' },
    { text: '改革，，发展', errors: [{ line: 4, column: 3 }], output: '改革，发展' },
    { text: '要求，。', errors: [{ line: 4, column: 3, message: '"，。" puts punctuation marks in a row — keep the right one' }] },
  ],
});
