// Input: "2024 年", "1 月 11 日", "过去的 2023 年", "使用 Python 编程".
// Mainland Chinese usage (GB/T 15834 and the 出版物 conventions) puts no space
// between Chinese characters and digits or Latin letters.
import { hanAt, hanBefore, isAsciiAlnum } from '../cjk.js';
import { excerpt, type BlockRule } from '../rule.js';

const SPACES = / +/g;

export const cjkSpaceAroundDigitLatin: BlockRule = {
  id: 'cjk/space-around-digit-latin',
  severity: 'warning',
  description: 'A space between a Chinese character and a digit or Latin letter.',
  fix: 'deletes the space',
  scope: 'block',
  check({ text, matches, report }) {
    for (const match of matches(SPACES)) {
      const i = match.index;
      const j = i + match[0].length;
      const hanDigit = hanBefore(text, i) && isAsciiAlnum(text.charCodeAt(j));
      const digitHan = isAsciiAlnum(text.charCodeAt(i - 1)) && hanAt(text, j);
      if (!hanDigit && !digitHan) continue;
      const what = /[0-9]/.test(text[hanDigit ? j : i - 1]!) ? 'a number' : 'a Latin letter';
      report(i, j, `space between a Chinese character and ${what} in "${excerpt(text, i, j)}" — delete it`, { text: '' });
    }
  },
};
