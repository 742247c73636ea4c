// Input: "等等...", "如此。。。", "省略…" — the Chinese ellipsis is two
// ellipsis characters, ……, centred (GB/T 15834 §4.11).
import type { Diagnostic } from '../../diagnostic.js';
import { chineseAt, chineseBefore } from '../cjk.js';
import { offsetIn } from '../document.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

export const cjkEllipsis: DocRule = {
  id: 'cjk/ellipsis',
  severity: 'warning',
  description: 'An ellipsis written ... or 。。。 or a single …, instead of …….',
  fix: 'replaces it with ……',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const block of doc.blocks) {
      const text = block.text;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code !== 0x2e && code !== 0x3002 && code !== 0x2026 && code !== 0x22ef) continue;
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
