// Input: "甲�乙" — U+FFFD, the replacement character, stands where a
// character was lost before the text reached qikan: a PDF whose font gives
// no Unicode for a glyph (the import writes � and says so), a file read in
// the wrong encoding, a copy from a broken web page. The book would print �.
// So would a numeric reference to no character (&#0;, &#xD800;, &#x110000;),
// which markdown-it replaces with U+FFFD.
import { markdownParser } from '../../markdown/parser.js';
import { fileRule } from '../rule.js';

const REPLACEMENT = /\ufffd/g;
// CommonMark's numeric references: up to 7 decimal or 6 hexadecimal digits.
const NUMERIC_REFERENCE = /&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));/g;

export const sourceReplacementCharacter = fileRule('source/replacement-character', 'warning', {
  // A warning: the book can hold �, and a text may mean it (on encodings, say).
  description: 'The replacement character � (U+FFFD): a character lost on the way, which the book would print as �.',
  files: 'all',
  check({ doc, matches, inCode, report }) {
    for (const { index } of matches(REPLACEMENT)) {
      report(index, index + 1, 'replacement character � (U+FFFD): a character was lost here before the text reached qikan (an unreadable glyph in a PDF, a wrong encoding) — type the character the printed edition has');
    }
    if (doc.format !== 'markdown') return;
    // Only the body is Markdown: a front-matter value is printed as written.
    const bodyStart = doc.lineStarts[doc.bodyLine - 1] ?? Infinity;
    const isCharacter = markdownParser().utils.isValidEntityCode;
    for (const match of matches(NUMERIC_REFERENCE)) {
      const code = match[1] !== undefined ? Number(match[1]) : parseInt(match[2]!, 16);
      if (match.index < bodyStart || isCharacter(code) || inCode(match.index)) continue;
      report(match.index, match.index + match[0].length, `"${match[0]}" refers to no character that a book can hold, so the book prints � — write the character itself, or delete the reference`);
    }
  },
});
