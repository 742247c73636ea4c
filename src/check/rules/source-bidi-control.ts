// Input: "学习\u202E贯彻" — a right-to-left override (or embedding, or
// isolate) pasted with text: invisible, it reverses what follows on screen,
// so the book shows words in an order that is not the source's (and a
// reviewer reads a diff that is not what is printed). Chinese text needs none.
import { filePatternRule } from '../rule.js';
import { codePointName, reportInvisible } from './invisible-character.js';

const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
const NAMES: Record<number, string> = {
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

export const sourceBidiControl = filePatternRule('source/bidi-control', 'warning', BIDI, {
  description: 'An invisible bidirectional control (U+202A–U+202E, U+2066–U+2069) that reorders the text around it.',
  fix: 'deletes the character',
  files: 'all',
  check(context) {
    reportInvisible(context, (code) => `invisible ${NAMES[code]} ${codePointName(code)} reorders the text around it`);
  },
});
