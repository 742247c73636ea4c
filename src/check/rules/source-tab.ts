// Input: "学习\t贯彻", "目录标题·····\t1" — a tab pasted from a word processor.
// In Markdown a leading tab also turns a line into a code block.
import type { Diagnostic } from '../../diagnostic.js';
import { positionOf } from '../document.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

export const sourceTab: DocRule = {
  id: 'source/tab',
  severity: 'warning',
  description: 'A tab character outside a code block.',
  check(doc) {
    const out: Diagnostic[] = [];
    const text = doc.text;
    for (let i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) {
      if (doc.codeLines[positionOf(doc, i).line - 1]) continue;
      let end = i;
      while (text[end] === '\t') end++;
      out.push(report(doc, this, i, end, 'tab character — replace it with a space, or delete it between Chinese characters (a tab at the start of a line makes a code block)'));
      i = end - 1;
    }
    return out;
  },
};

