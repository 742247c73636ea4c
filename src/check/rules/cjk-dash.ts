// Input: "讲话--在…", "我们—人民", "——" written as ASCII hyphens or a single
// em dash: the Chinese dash is two em dashes, —— (GB/T 15834 §4.9).
import type { Diagnostic } from '../../diagnostic.js';
import { chineseAt, chineseBefore, nextOf } from '../cjk.js';
import { offsetIn } from '../document.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

const DASH = /[-—―]/g;

export const cjkDash: DocRule = {
  id: 'cjk/dash',
  severity: 'warning',
  description: 'A dash written -- or with one (or three) em dashes in Chinese text, instead of ——.',
  fix: 'replaces it with ——',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const block of doc.blocks) {
      const text = block.text;
      for (let i = nextOf(text, DASH, 0); i >= 0; i = nextOf(text, DASH, i + 1)) {
        const c = text[i]!;
        let j = i;
        while (text[j] === '-' || text[j] === '—' || text[j] === '―') j++;
        const run = text.slice(i, j);
        const next = i;
        i = j - 1;
        if (run === '——' || (c === '-' && run.length === 1) || /-[—―]|[—―]-/.test(run)) continue;
        // Spaces around the dash go too: "讲话 -- 在" → "讲话——在".
        let start = next;
        while (text[start - 1] === ' ') start--;
        let end = j;
        while (text[end] === ' ') end++;
        if (!chineseBefore(text, start) && !chineseAt(text, end)) continue;
        if (!chineseBefore(text, start)) start = next;
        if (!chineseAt(text, end)) end = j;
        const from = offsetIn(block, start);
        const to = offsetIn(block, end);
        out.push(report(doc, this, offsetIn(block, next), offsetIn(block, j), `dash written "${run}" — write "——" (two em dashes)`, { range: [from, to], text: '——' }));
      }
    }
    return out;
  },
};
