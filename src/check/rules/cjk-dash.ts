// Input: "讲话--在…", "我们—人民", "——" written as ASCII hyphens or a single
// em dash: the Chinese dash is two em dashes, —— (GB/T 15834 §4.9).
import { chineseAt, chineseBefore } from '../cjk.js';
import { blockPatternRule } from '../rule.js';

const DASHES = /[-—―]+/g;

export const cjkDash = blockPatternRule('cjk/dash', 'warning', DASHES, {
  description: 'A dash written -- or with one (or three) em dashes in Chinese text, instead of ——.',
  fix: 'replaces it with ——',
  check({ text, match, start, end, report }) {
    const run = match[0];
    if (run === '——' || run === '-' || /-[—―]|[—―]-/.test(run)) return;
    // Spaces around the dash go too: "讲话 -- 在" → "讲话——在".
    let from = start;
    while (text[from - 1] === ' ') from--;
    let to = end;
    while (text[to] === ' ') to++;
    if (!chineseBefore(text, from) && !chineseAt(text, to)) return;
    if (!chineseBefore(text, from)) from = start;
    if (!chineseAt(text, to)) to = end;
    report(start, end, `dash written "${run}" — write "——" (two em dashes)`, { start: from, end: to, text: '——' });
  },
});
