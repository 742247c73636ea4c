// Input: "第一\u0085段", "It\u0092s" — DEL (U+007F) or a C1 control
// (U+0080–U+009F). XML allows them and EPUBCheck lets them by, but they are
// invisible, and a reader's search or copy trips over them. Most come from
// text in a Windows code page read as Latin-1: U+0092 is the ’ of Windows-1252.
import { codePointName } from './invisible-character.js';
import { filePatternRule } from '../rule.js';

const C1 = /[\x7f-\x9f]/g;
// What Windows-1252 has at 0x80–0x9F (five bytes are unassigned: 81 8D 8F 90 9D).
const WINDOWS_1252 = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';

export const sourceC1Control = filePatternRule('source/c1-control', 'warning', C1, {
  description: 'An invisible control character DEL (U+007F) or C1 (U+0080–U+009F), often a Windows-1252 character read wrongly.',
  fix: 'deletes DEL and the C1 codes Windows-1252 leaves unassigned; the others may stand for a character, which a person puts back',
  files: 'all',
  check({ text, start, end, report }) {
    const code = text.charCodeAt(start);
    const meant = code >= 0x80 ? WINDOWS_1252[code - 0x80]! : '\0';
    if (meant === '\0') report(start, end, `invisible control character ${codePointName(code)} — delete it`, { text: '' });
    else report(start, end, `invisible control character ${codePointName(code)}, which in Windows-1252 is “${meant}”: the text was read in the wrong encoding — write “${meant}” (or its Chinese form) there`);
  },
});
