// Input: "等等...", "如此。。。", "省略…" — the Chinese ellipsis is two
// ellipsis characters, ……, centred (GB/T 15834 §4.11).
import { chineseAt, chineseBefore } from '../cjk.js';
import { blockPatternRule } from '../rule.js';

// A run of one suspect character: three or more dots or 。, any run of … or ⋯.
const DOTS = /\.{3,}|。{3,}|…+|⋯+/g;

export const cjkEllipsis = blockPatternRule('cjk/ellipsis', 'warning', DOTS, {
  description: 'An ellipsis written ... or 。。。 or a single …, instead of …….',
  fix: 'replaces it with ……',
  check({ text, match, start, end, report }) {
    const run = match[0];
    const c = run[0];
    const chinese = chineseBefore(text, start) || chineseAt(text, end);
    const wrong = (c === '.' && chinese) || c === '。' || (c === '…' && run.length !== 2 && chinese) || c === '⋯';
    if (wrong) report(start, end, `ellipsis written "${run}" — write "……" (two ellipsis characters)`, { text: '……' });
  },
});
