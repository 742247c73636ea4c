// Input: "2024 年", "1 月 11 日", "过去的 2023 年", "使用 Python 编程".
// Mainland Chinese usage (GB/T 15834 and the 出版物 conventions) puts no space
// between Chinese characters and digits or Latin letters.
import { hanAt, hanBefore, isAsciiAlnum } from '../cjk.js';
import { blockPatternRule, excerpt } from '../rule.js';

const SPACES = / +/g;

export const cjkSpaceAroundDigitLatin = blockPatternRule('cjk/space-around-digit-latin', 'warning', SPACES, {
  description: 'A space between a Chinese character and a digit or Latin letter.',
  fix: 'deletes the space',
  check({ text, start, end, report }) {
    const hanDigit = hanBefore(text, start) && isAsciiAlnum(text.charCodeAt(end));
    const digitHan = isAsciiAlnum(text.charCodeAt(start - 1)) && hanAt(text, end);
    if (!hanDigit && !digitHan) return;
    const what = /[0-9]/.test(text[hanDigit ? end : start - 1]!) ? 'a number' : 'a Latin letter';
    report(start, end, `space between a Chinese character and ${what} in "${excerpt(text, start, end)}" — delete it`, { text: '' });
  },
});
