// Input: "完成。。", "改革，，发展", "要求，。" — a punctuation mark doubled, or
// two marks in a row, by a typing or OCR slip. (。。。 is an ellipsis: cjk/ellipsis.)
import type { Diagnostic } from '../../diagnostic.js';
import { nextOf } from '../cjk.js';
import { offsetIn } from '../document.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

const MARKS = new Set([...'，。、；：']);
// A mark followed by another: where a run starts.
const RUN_START = /[，。、；：](?=[，。、；：])/g;

export const cjkDuplicatePunctuation: DocRule = {
  id: 'cjk/duplicate-punctuation',
  severity: 'warning',
  description: 'The same punctuation mark twice (。。 ，，) or two of ，。、；： in a row.',
  fix: 'deletes the repeated mark (two different marks are left for you to choose)',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const block of doc.blocks) {
      const text = block.text;
      for (let i = nextOf(text, RUN_START, 0); i >= 0; i = nextOf(text, RUN_START, i + 1)) {
        let j = i + 1;
        while (MARKS.has(text[j] ?? '')) j++;
        const run = text.slice(i, j);
        const start = offsetIn(block, i);
        const end = offsetIn(block, j);
        i = j - 1;
        if (/^。{3,}$/.test(run)) continue;
        const same = [...run].every((c) => c === run[0]);
        out.push(
          same
            ? report(doc, this, start, end, `"${run}" repeats a punctuation mark — keep one "${run[0]}"`, { range: [start, end], text: run[0]! })
            : report(doc, this, start, end, `"${run}" puts punctuation marks in a row — keep the right one`),
        );
      }
    }
    return out;
  },
};
