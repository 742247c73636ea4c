// Input: "做党中央决策部署的-executioner、行动派" — a lowercase English word left
// in Chinese text by machine translation or OCR. Acronyms and names (GDP,
// IPv6, 5G, iPhone), units after numbers (100km) and English phrases of more
// than one word are left alone.
import type { Diagnostic } from '../../diagnostic.js';
import { chineseAt, chineseBefore, isAsciiDigit, isAsciiLetter, nextOf } from '../cjk.js';
import { offsetIn } from '../document.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

const LETTER = /[A-Za-z]/g;

export const cjkLatinWord: DocRule = {
  id: 'cjk/latin-word',
  severity: 'warning',
  description: 'A lowercase Latin word standing alone in Chinese text.',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const block of doc.blocks) {
      const text = block.text;
      for (let i = nextOf(text, LETTER, 0); i >= 0; i = nextOf(text, LETTER, i + 1)) {
        let j = i;
        while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
        const word = text.slice(i, j);
        const start = i;
        i = j - 1;
        if (word.length < 2 || word !== word.toLowerCase() || isAsciiDigit(text.charCodeAt(start - 1)) || isAsciiDigit(text.charCodeAt(j))) continue;
        // The neighbours beyond spaces and hyphens: another Latin word means an English phrase.
        let before = start;
        while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '-')) before--;
        let after = j;
        while (after < text.length && (text[after] === ' ' || text[after] === '-')) after++;
        if (isAsciiLetter(text.charCodeAt(before - 1)) || isAsciiLetter(text.charCodeAt(after))) continue;
        if (!chineseBefore(text, before) && !chineseAt(text, after)) continue;
        // A hyphen glued between Chinese and the word is part of the slip: "的-executioner".
        const from = start > 0 && text[start - 1] === '-' ? start - 1 : start;
        const shown = text.slice(from, j);
        out.push(report(doc, this, offsetIn(block, from), offsetIn(block, j), `Latin word "${shown}" in Chinese text — translate it or delete it (acronyms such as GDP are fine)`));
      }
    }
    return out;
  },
};
