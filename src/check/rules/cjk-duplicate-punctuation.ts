// Input: "完成。。", "改革，，发展", "要求，。" — a punctuation mark doubled, or
// two marks in a row, by a typing or OCR slip. (。。。 is an ellipsis: cjk/ellipsis.)
import { blockPatternRule } from '../rule.js';

const RUN = /[，。、；：]{2,}/g;

export const cjkDuplicatePunctuation = blockPatternRule('cjk/duplicate-punctuation', 'warning', RUN, {
  description: 'The same punctuation mark twice (。。 ，，) or two of ，。、；： in a row.',
  fix: 'deletes the repeated mark (two different marks are left for you to choose)',
  check({ match, start, end, report }) {
    const run = match[0];
    if (/^。{3,}$/.test(run)) return;
    if ([...run].every((c) => c === run[0])) report(start, end, `"${run}" repeats a punctuation mark — keep one "${run[0]}"`, { text: run[0]! });
    else report(start, end, `"${run}" puts punctuation marks in a row — keep the right one`);
  },
});
