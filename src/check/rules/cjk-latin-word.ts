// Input: "做党中央决策部署的-executioner、行动派" — a lowercase English word left
// in Chinese text by machine translation or OCR. Acronyms and names (GDP,
// IPv6, 5G, iPhone), units after numbers (100km) and English phrases of more
// than one word are left alone.
import { chineseAt, chineseBefore, isAsciiDigit, isAsciiLetter } from '../cjk.js';
import { blockPatternRule } from '../rule.js';

const WORD = /[A-Za-z]+/g;

export const cjkLatinWord = blockPatternRule('cjk/latin-word', 'warning', WORD, {
  description: 'A lowercase Latin word standing alone in Chinese text.',
  check({ text, match, start, end, report }) {
    const word = match[0];
    if (word.length < 2 || word !== word.toLowerCase() || isAsciiDigit(text.charCodeAt(start - 1)) || isAsciiDigit(text.charCodeAt(end))) return;
    // The neighbours beyond spaces and hyphens: another Latin word means an English phrase.
    let before = start;
    while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '-')) before--;
    let after = end;
    while (after < text.length && (text[after] === ' ' || text[after] === '-')) after++;
    if (isAsciiLetter(text.charCodeAt(before - 1)) || isAsciiLetter(text.charCodeAt(after))) return;
    if (!chineseBefore(text, before) && !chineseAt(text, after)) return;
    // A hyphen glued between Chinese and the word is part of the slip: "的-executioner".
    const from = start > 0 && text[start - 1] === '-' ? start - 1 : start;
    report(from, end, `Latin word "${text.slice(from, end)}" in Chinese text — translate it or delete it (acronyms such as GDP are fine)`);
  },
});
