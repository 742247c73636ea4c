// Input: "学习\u200B贯彻" — a zero-width space pasted from a web page or Word;
// it is invisible, breaks search and makes identical words differ.
import { filePatternRule } from '../rule.js';
import { codePointName, reportInvisible } from './invisible-character.js';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const EMOJI = /\p{Extended_Pictographic}/u;

export const sourceZeroWidth = filePatternRule('source/zero-width', 'warning', ZERO_WIDTH, {
  description: 'An invisible zero-width character (U+200B–U+200D, U+2060, U+FEFF) inside the text.',
  fix: 'deletes the character (a joiner inside an emoji sequence is left alone)',
  files: 'all',
  check(context) {
    const { text } = context;
    reportInvisible(context, (code, i) => {
      // U+200D/U+200C join emoji sequences (👨‍👩‍👧): meaningful there.
      const joiner = code === 0x200c || code === 0x200d;
      if (joiner && (EMOJI.test(charBefore(text, i)) || EMOJI.test(String.fromCodePoint(text.codePointAt(i + 1) ?? 0x20)))) return undefined;
      return `invisible zero-width character ${codePointName(code)}`;
    });
  },
});

function charBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  const low = c >= 0xdc00 && c <= 0xdfff && i >= 2;
  return String.fromCodePoint(text.codePointAt(low ? i - 2 : i - 1) ?? 0x20);
}
