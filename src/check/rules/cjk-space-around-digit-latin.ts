// Input: "2024 年", "1 月 11 日", "过去的 2023 年", "使用 Python 编程".
// Mainland Chinese usage (GB/T 15834 and the 出版物 conventions) puts no space
// between Chinese characters and digits or Latin letters.
import type { Diagnostic } from '../../diagnostic.js';
import { hanAt, hanBefore, isAsciiAlnum } from '../cjk.js';
import { offsetIn } from '../document.js';
import type { DocRule } from '../rule.js';
import { excerpt, report } from '../rule.js';

export const cjkSpaceAroundDigitLatin: DocRule = {
  id: 'cjk/space-around-digit-latin',
  severity: 'warning',
  description: 'A space between a Chinese character and a digit or Latin letter.',
  fix: 'deletes the space',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const block of doc.blocks) {
      const text = block.text;
      for (let i = text.indexOf(' ', 1); i >= 0; i = text.indexOf(' ', i + 1)) {
        let j = i;
        while (text[j] === ' ') j++;
        const before = text.charCodeAt(i - 1);
        const after = text.charCodeAt(j);
        const hanDigit = hanBefore(text, i) && isAsciiAlnum(after);
        const digitHan = isAsciiAlnum(before) && hanAt(text, j);
        if (hanDigit || digitHan) {
          const start = offsetIn(block, i);
          const end = offsetIn(block, j);
          const what = /[0-9]/.test(text[hanDigit ? j : i - 1]!) ? 'a number' : 'a Latin letter';
          out.push(report(doc, this, start, end, `space between a Chinese character and ${what} in "${excerpt(text, i, j)}" — delete it`, { range: [start, end], text: '' }));
        }
        i = j - 1;
      }
    }
    return out;
  },
};
