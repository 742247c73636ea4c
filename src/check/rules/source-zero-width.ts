// Input: "学习\u200B贯彻" — a zero-width space pasted from a web page or Word;
// it is invisible, breaks search and makes identical words differ.
import type { Diagnostic } from '../../diagnostic.js';
import { nextOf } from '../cjk.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const EMOJI = /\p{Extended_Pictographic}/u;

export const sourceZeroWidth: DocRule = {
  id: 'source/zero-width',
  severity: 'warning',
  files: 'all',
  description: 'An invisible zero-width character (U+200B–U+200D, U+2060, U+FEFF) inside the text.',
  fix: 'deletes the character (a joiner inside an emoji sequence is left alone)',
  check(doc) {
    const out: Diagnostic[] = [];
    const text = doc.text;
    for (let i = nextOf(text, ZERO_WIDTH, 0); i >= 0; i = nextOf(text, ZERO_WIDTH, i + 1)) {
      const c = text.charCodeAt(i);
      // U+200D/U+200C join emoji sequences (👨‍👩‍👧): meaningful there.
      const joiner = c === 0x200c || c === 0x200d;
      if (joiner && (EMOJI.test(charBefore(text, i)) || EMOJI.test(String.fromCodePoint(text.codePointAt(i + 1) ?? 0x20)))) continue;
      const name = `U+${c.toString(16).toUpperCase()}`;
      out.push(report(doc, this, i, i + 1, `invisible zero-width character ${name} — delete it`, { range: [i, i + 1], text: '' }));
    }
    return out;
  },
};

function charBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  const low = c >= 0xdc00 && c <= 0xdfff && i >= 2;
  return String.fromCodePoint(text.codePointAt(low ? i - 2 : i - 1) ?? 0x20);
}
