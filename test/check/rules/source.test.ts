// Source hygiene rules. Plain texts are article bodies after a 3-line front
// matter: body line 1 is file line 4 (see rule-tester.ts).
import { sourceBidiControl } from '../../../src/check/rules/source-bidi-control.js';
import { sourceBom } from '../../../src/check/rules/source-bom.js';
import { sourceControlCharacter } from '../../../src/check/rules/source-control-character.js';
import { sourceReplacementCharacter } from '../../../src/check/rules/source-replacement-character.js';
import { sourceCrlf } from '../../../src/check/rules/source-crlf.js';
import { sourceFullwidthIndent } from '../../../src/check/rules/source-fullwidth-indent.js';
import { sourceC1Control } from '../../../src/check/rules/source-c1-control.js';
import { sourceIndentedProse } from '../../../src/check/rules/source-indented-prose.js';
import { sourceNotNfc } from '../../../src/check/rules/source-not-nfc.js';
import { sourceTab } from '../../../src/check/rules/source-tab.js';
import { sourceYamlText } from '../../../src/check/rules/source-yaml-text.js';
import { sourceTrailingSpace } from '../../../src/check/rules/source-trailing-space.js';
import { sourceZeroWidth } from '../../../src/check/rules/source-zero-width.js';
import { testRule } from '../rule-tester.js';

testRule(sourceBom, {
  valid: ['正文。\n', { text: 'year: 2024\n', yaml: true }],
  invalid: [
    // The BOM is not in the text; --fix writes the file without it (command.ts).
    { text: '正文。\n', bom: true, errors: [{ line: 1, column: 1, message: 'file starts with a byte-order mark (BOM) — save it as UTF-8 without BOM' }], output: '正文。\n' },
    { text: 'year: 2024\n', yaml: true, bom: true, errors: [{ line: 1, column: 1 }], output: 'year: 2024\n' },
  ],
});

testRule(sourceCrlf, {
  valid: ['第一段。\n\n第二段。\n', '第一段。\r'],
  invalid: [
    {
      text: '第一段。\r\n\r\n第二段。\r\n',
      errors: [{ line: 4, column: 5, message: '3 lines end with CR LF (Windows line endings) — save the file with LF line endings' }],
      output: '第一段。\n\n第二段。\n',
    },
    { text: 'year: 2024\r\n', yaml: true, errors: [{ line: 1, column: 11 }], output: 'year: 2024\n' },
  ],
});

testRule(sourceControlCharacter, {
  valid: ['第一段。\t\n', '表情😀。', '第一段。\r\n'],
  invalid: [
    { text: '第一\u0007段。', errors: [{ line: 4, column: 3, message: 'invisible control character U+0007 is not allowed in XHTML — delete it' }], output: '第一段。' },
    { text: '第一\u0000段\u001F。', errors: [{ line: 4, column: 3 }, { line: 4, column: 5 }], output: '第一段。' },
    { text: '甲\uFFFE乙\uFFFF', errors: [{ line: 4, column: 2, message: /invisible noncharacter U\+FFFE/ }, { line: 4, column: 4 }], output: '甲乙' },
    { text: '甲\uD800乙\uDC00', errors: [{ line: 4, column: 2, message: /lone surrogate U\+D800/ }, { line: 4, column: 4 }], output: '甲乙' },
    { text: 'title: 甲\u000B乙\n', yaml: true, errors: [{ line: 1, column: 9 }], output: 'title: 甲乙\n' },
  ],
});

testRule(sourceZeroWidth, {
  valid: ['学习贯彻。', '家庭👨\u200D👩\u200D👧。'],
  invalid: [
    { text: '学习\u200B贯彻。', errors: [{ line: 4, column: 3, message: 'invisible zero-width character U+200B — delete it' }], output: '学习贯彻。' },
    { text: '学\u2060习\uFEFF贯\u200C彻', errors: [{ line: 4, column: 2 }, { line: 4, column: 4 }, { line: 4, column: 6 }], output: '学习贯彻' },
    { text: '---\ntitle: 标\u200D题\n---\n\n正文。', errors: [{ line: 2, column: 9 }], output: '---\ntitle: 标题\n---\n\n正文。' },
  ],
});

testRule(sourceBidiControl, {
  valid: ['学习贯彻。', 'Hebrew \u200F mark。'],
  invalid: [
    { text: '学习\u202E贯彻。', errors: [{ line: 4, column: 3, message: 'invisible right-to-left override U+202E reorders the text around it — delete it' }], output: '学习贯彻。' },
    { text: '\u2067甲\u2069乙\u202A丙', errors: [{ line: 4, column: 1 }, { line: 4, column: 3 }, { line: 4, column: 5 }], output: '甲乙丙' },
  ],
});

testRule(sourceNotNfc, {
  valid: ['Café 不', '正文。'],
  invalid: [
    { text: 'Cafe\u0301。', errors: [{ line: 4, column: 4, message: '"e\u0301" is not in Unicode NFC form — write it as "é" (same look, different code points)' }], output: 'Café。' },
    { text: '第一\n坚持\uF967懈。', errors: [{ line: 5, column: 3 }], output: '第一\n坚持不懈。' },
  ],
});

testRule(sourceTab, {
  valid: ['学习 贯彻', '```\n\tcode\n```', '    indented code'],
  invalid: [
    { text: '学习\t贯彻', errors: [{ line: 4, column: 3, message: /^tab character — replace it with a space/ }] },
    { text: '标题·····\t\t1', errors: [{ line: 4, column: 8 }] },
  ],
});

testRule(sourceTrailingSpace, {
  valid: ['第一段。\n', '```\ncode  \n```\n'],
  invalid: [
    { text: '第一段。 \n', errors: [{ line: 4, column: 5, message: 'spaces at the end of the line — delete them' }], output: '第一段。\n' },
    { text: '第一段。\n   \n第二段。', errors: [{ line: 5, column: 1, message: 'line holds only spaces — delete them' }], output: '第一段。\n\n第二段。' },
    { text: '第一段。\u3000\t\n', errors: [{ line: 4, column: 5 }], output: '第一段。\n' },
    // Two spaces before a continuation line are a hard break: reported, not removed.
    { text: '第一行  \n第二行', errors: [{ line: 4, column: 4, message: /hard line break/ }] },
  ],
});

testRule(sourceFullwidthIndent, {
  valid: ['龙年　春节。', '```\n　　code\n```', '| 　甲 | 乙 |\n|---|---|\n| 丙 | 丁 |'],
  invalid: [
    {
      text: '　　龙年春节即将到来。',
      errors: [{ line: 4, column: 1, message: 'full-width spaces indent this paragraph — delete them; the stylesheet indents paragraphs' }],
      output: '龙年春节即将到来。',
    },
    { text: '第一段。\n\n　　第二段。', errors: [{ line: 6, column: 1 }], output: '第一段。\n\n第二段。' },
    { text: '第一行\n　　第二行', errors: [{ line: 5, column: 1 }], output: '第一行\n第二行' },
    { text: '> 　　引文。', errors: [{ line: 4, column: 3 }], output: '> 引文。' },
    // Unindented, these lines would be Markdown, their text changed or gone: reported, not fixed (found by a hostile review).
    { text: '　　1. 全角缩进的数字行。', errors: [{ line: 4, column: 1, message: /--fix leaves this one: without them the line would begin Markdown syntax/ }] },
    { text: '　　> 全角缩进的大于号行。', errors: [{ line: 4, column: 1 }] },
    { text: '　　***', errors: [{ line: 4, column: 1 }] },
    { text: '第三段文字，完整的句子\n　　---', errors: [{ line: 5, column: 1 }] },
    { text: '　　[参考]: https://example.com', errors: [{ line: 4, column: 1 }] },
    { text: '　　# 标题样子的行', errors: [{ line: 4, column: 1 }] },
    { text: '　　 - 列表样子的行', errors: [{ line: 4, column: 1 }] },
    // Four spaces would be left: code.
    { text: '  　　  四个空格留下。', errors: [{ line: 4, column: 3 }] },
    // Each line on its own: the safe one is fixed, the other left.
    { text: '　　第一行\n　　=====', errors: [{ line: 4, column: 1 }, { line: 5, column: 1 }], output: '第一行\n　　=====' },
  ],
});

testRule(sourceIndentedProse, {
  // Real code (with a Chinese string and comment too), a fenced block, a list item's continuation paragraph.
  valid: [
    '第一段。\n\n    npx qikan check 2024-02\n\n第二段。',
    '第一段。\n\n    def hello():\n        print("你好")  # 打印问候\n\n第二段。',
    '```\n    学习\n```',
    '- 第一项\n\n    第一项的说明。',
  ],
  invalid: [
    {
      text: '第一段。\n\n    2月6日，全省学习贯彻会议在太原召开。\n\n    会议强调，要巩固拓展主题教育成果。\n\n第三段。',
      errors: [{ line: 6, column: 5, message: /^this text is indented by 4 spaces, so Markdown shows it as code/ }],
      output: '第一段。\n\n2月6日，全省学习贯彻会议在太原召开。\n\n会议强调，要巩固拓展主题教育成果。\n\n第三段。',
    },
    { text: '第一段。\n\n\t第二段。', errors: [{ line: 6, column: 2, message: /indented by a tab/ }], output: '第一段。\n\n第二段。' },
    // Text right after the block would join the paragraph: a blank line goes between.
    { text: '第一段。\n\n    第二段。\n紧接着的一段。', errors: [{ line: 6, column: 5 }], output: '第一段。\n\n第二段。\n\n紧接着的一段。' },
    { text: '第一段。\r\n\r\n    第二段。\r\n紧接着的一段。', errors: [{ line: 6, column: 5 }], output: '第一段。\r\n\r\n第二段。\r\n\r\n紧接着的一段。' },
    // Two lines in a row (one paragraph wrapped, or two pasted?), a line that would become a heading: not fixed.
    { text: '第一段。\n\n    2月6日，全省学习贯彻会议\n    在太原召开。', errors: [{ line: 6, column: 5 }] },
    { text: '第一段。\n\n    # 这是标题样子的行', errors: [{ line: 6, column: 5 }] },
    // A rule or a definition among the paragraphs: unindented, *** would be a rule and the definition would leave the text.
    { text: '第一段。\n\n    这是四个空格缩进的中文段落，句子完整，而且相当长，以便中文字符占多数。\n\n    ***\n\n    [参考]: https://a.cn', errors: [{ line: 6, column: 5 }] },
    { text: '第一段。\n\n    这是四个空格缩进的中文段落，句子完整。\n\n    [^1]: 注释。', errors: [{ line: 6, column: 5 }] },
    // In a block quote the indentation is partly the quote's: reported, not fixed.
    { text: '>     引文的一段。', errors: [{ line: 4, column: 1 }] },
  ],
});

testRule(sourceYamlText, {
  valid: [
    '---\ntitle: "微博热议 #两会# 代表委员谈发展"\n---\n正文。',
    "---\ntitle: '&两会 代表委员谈发展'\n---\n正文。",
    '---\ntitle: 习近平在二〇二四年春节团拜会上的讲话\nbyline: 唐登杰 韩长赋讲话\n---\n正文。',
    // Latin words over two lines: a space between them is right.
    '---\nsource: Xinhua News\n  Agency\n---\n正文。',
    // One line after the key is joined to nothing; a literal block keeps its break; a comment line is no value.
    '---\ntitle: 测试\nsource: >-\n  人民日报\n---\n正文。',
    '---\ntitle: 测试\ntoc_title:\n  目录标题\n---\n正文。',
    '---\ntitle: 测试\nbyline: |\n  张三\n  李四\n---\n正文。',
    '---\ntitle: 测试文章\n  # 旧标题\n---\n正文。',
  ],
  invalid: [
    {
      text: '---\ntitle: 微博热议 #两会# 代表委员谈发展\n---\n正文。',
      errors: [{ line: 2, column: 13, message: 'YAML reads everything from " #" on as a comment: it is not in the title — quote the value: title: "微博热议 #两会# 代表委员谈发展"' }],
    },
    { text: '---\ntitle: 测试\nbyline: 张三 李四 #王五\n---\n正文。', errors: [{ line: 3, column: 15 }] },
    { text: '---\ntitle: &两会 代表委员谈发展\n---\n正文。', errors: [{ line: 2, column: 8, message: /as an anchor, not as text/ }] },
    // The quoted value it suggests is valid YAML: a backslash doubled.
    { text: '---\ntitle: 路径C:\\文件 #说明\n---\n正文。', errors: [{ line: 2, column: 16, message: /quote the value: title: "路径C:\\\\文件 #说明"$/ }] },
    {
      text: '---\ntitle: 全省学习贯彻习近平新时代中国特色社会主义思想\n  主题教育总结会议召开\n---\n正文。',
      errors: [{ line: 2, column: 1, message: 'the title goes on over the next line, and YAML joins its lines with a space (between Chinese characters) — write it on one line' }],
    },
    { text: '---\ntitle: 测试\ntoc_title: >-\n  全省学习贯彻\n  主题教育总结会议\n---\n正文。', errors: [{ line: 3, column: 1 }] },
  ],
});

testRule(sourceC1Control, {
  valid: ['第一段。', { text: 'title: 测试\n', yaml: true }, '全角“引号”与…省略号'],
  invalid: [
    { text: '第一\u007f段。', errors: [{ line: 4, column: 3, message: 'invisible control character U+007F — delete it' }], output: '第一段。' },
    { text: '第一\u0081段。', errors: [{ line: 4, column: 3 }], output: '第一段。' },
    // Windows-1252 text read as Latin-1: U+0092 stands for ’. Not deleted: the character is put back by a person.
    { text: 'It\u0092s 第一段。', errors: [{ line: 4, column: 3, message: 'invisible control character U+0092, which in Windows-1252 is “’”: the text was read in the wrong encoding — write “’” (or its Chinese form) there' }] },
    { text: 'title: 测试\u0085\n', yaml: true, errors: [{ line: 1, column: 10 }] },
  ],
});

// Found by a review of the PDF import: a glyph pdf.js could not read came through as U+0000.
testRule(sourceReplacementCharacter, {
  valid: ['学习贯彻。', '甲\uFFFC乙。', '甲&#20013;乙&#x4E2D;。', '---\ntitle: 关于&#0;的通知\n---\n\n正文。', '```\n&#0;\n```'],
  invalid: [
    { text: '甲&#0;乙&#xD800;丙&#x110000;丁&#7;。', errors: [{ line: 4, column: 2 }, { line: 4, column: 7 }, { line: 4, column: 16 }, { line: 4, column: 27, message: '"&#7;" refers to no character that a book can hold, so the book prints � — write the character itself, or delete the reference' }] },
    { text: '甲\uFFFD乙。', errors: [{ line: 4, column: 2, message: 'replacement character � (U+FFFD): a character was lost here before the text reached qikan (an unreadable glyph in a PDF, a wrong encoding) — type the character the printed edition has' }] },
    { text: '---\ntitle: 关于\uFFFD的通知\n---\n\n正文。', errors: [{ line: 2, column: 10 }] },
  ],
});
