// Input: "学习\t贯彻", "目录标题·····\t1" — a tab pasted from a word processor.
// In Markdown a leading tab also turns a line into a code block.
import { filePatternRule } from '../rule.js';

const TABS = /\t+/g;

export const sourceTab = filePatternRule('source/tab', 'warning', TABS, {
  description: 'A tab character outside a code block.',
  check({ inCode, start, end, report }) {
    if (inCode(start)) return;
    report(start, end, 'tab character — replace it with a space, or delete it between Chinese characters (a tab at the start of a line makes a code block)');
  },
});
