// Input: "讲话--在…", "我们—人民", "——" written as ASCII hyphens or a single
// em dash: the Chinese dash is two em dashes, —— (GB/T 15834 §4.9).
import { chineseAt, chineseBefore } from '../cjk.js';
import type { BlockRule } from '../rule.js';

const DASHES = /[-—―]+/g;

export const cjkDash: BlockRule = {
  id: 'cjk/dash',
  severity: 'warning',
  description: 'A dash written -- or with one (or three) em dashes in Chinese text, instead of ——.',
  fix: 'replaces it with ——',
  scope: 'block',
  check({ text, matches, report }) {
    for (const match of matches(DASHES)) {
      const run = match[0];
      const i = match.index;
      const j = i + run.length;
      if (run === '——' || run === '-' || /-[—―]|[—―]-/.test(run)) continue;
      // Spaces around the dash go too: "讲话 -- 在" → "讲话——在".
      let start = i;
      while (text[start - 1] === ' ') start--;
      let end = j;
      while (text[end] === ' ') end++;
      if (!chineseBefore(text, start) && !chineseAt(text, end)) continue;
      if (!chineseBefore(text, start)) start = i;
      if (!chineseAt(text, end)) end = j;
      report(i, j, `dash written "${run}" — write "——" (two em dashes)`, { start, end, text: '——' });
    }
  },
};
