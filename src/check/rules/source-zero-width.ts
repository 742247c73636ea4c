// Input: "学习\u200B贯彻" — a zero-width space pasted from a web page or Word;
// it is invisible, breaks search and makes identical words differ.
import type { FileRule } from '../rule.js';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const EMOJI = /\p{Extended_Pictographic}/u;

export const sourceZeroWidth: FileRule = {
  id: 'source/zero-width',
  severity: 'warning',
  description: 'An invisible zero-width character (U+200B–U+200D, U+2060, U+FEFF) inside the text.',
  fix: 'deletes the character (a joiner inside an emoji sequence is left alone)',
  scope: 'file',
  files: 'all',
  check({ text, matches, report }) {
    for (const { index: i } of matches(ZERO_WIDTH)) {
      const c = text.charCodeAt(i);
      // U+200D/U+200C join emoji sequences (👨‍👩‍👧): meaningful there.
      const joiner = c === 0x200c || c === 0x200d;
      if (joiner && (EMOJI.test(charBefore(text, i)) || EMOJI.test(String.fromCodePoint(text.codePointAt(i + 1) ?? 0x20)))) continue;
      report(i, i + 1, `invisible zero-width character U+${c.toString(16).toUpperCase()} — delete it`, { text: '' });
    }
  },
};

function charBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  const low = c >= 0xdc00 && c <= 0xdfff && i >= 2;
  return String.fromCodePoint(text.codePointAt(low ? i - 2 : i - 1) ?? 0x20);
}
