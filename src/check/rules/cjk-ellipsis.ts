// Input: "等等...", "如此。。。", "省略…" — the Chinese ellipsis is two
// ellipsis characters, ……, centred (GB/T 15834 §4.11).
import type { Diagnostic } from '../../diagnostic.js';
import { chineseAt, chineseBefore, nextOf } from '../cjk.js';
import { offsetIn } from '../document.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

// Where a suspect starts: three dots or 。, or any … or ⋯ (a single character matched, for nextOf).
const DOTS = /\.(?=\.\.)|。(?=。。)|[…⋯]/g;

export const cjkEllipsis: DocRule = {
  id: 'cjk/ellipsis',
  severity: 'warning',
  description: 'An ellipsis written ... or 。。。 or a single …, instead of …….',
  fix: 'replaces it with ……',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const block of doc.blocks) {
      const text = block.text;
      for (let i = nextOf(text, DOTS, 0); i >= 0; i = nextOf(text, DOTS, i + 1)) {
        const c = text[i]!;
        let j = i;
        while (text[j] === c) j++;
        const run = j - i;
        const chinese = chineseBefore(text, i) || chineseAt(text, j);
        const wrong =
          (c === '.' && run >= 3 && chinese) || (c === '。' && run >= 3) || (c === '…' && run !== 2 && chinese) || c === '⋯';
        if (wrong) {
          const start = offsetIn(block, i);
          const end = offsetIn(block, j);
          out.push(report(doc, this, start, end, `ellipsis written "${text.slice(i, j)}" — write "……" (two ellipsis characters)`, { range: [start, end], text: '……' }));
        }
        i = j - 1;
      }
    }
    return out;
  },
};
