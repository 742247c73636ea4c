// Input: "学习\t贯彻", "目录标题·····\t1" — a tab pasted from a word processor.
// In Markdown a leading tab also turns a line into a code block.
import type { FileRule } from '../rule.js';

const TABS = /\t+/g;

export const sourceTab: FileRule = {
  id: 'source/tab',
  severity: 'warning',
  description: 'A tab character outside a code block.',
  scope: 'file',
  check({ matches, inCode, report }) {
    for (const match of matches(TABS)) {
      if (inCode(match.index)) continue;
      report(match.index, match.index + match[0].length, 'tab character — replace it with a space, or delete it between Chinese characters (a tab at the start of a line makes a code block)');
    }
  },
};
