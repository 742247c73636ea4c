// Input: a list or block quote nested 20 deep (an outline pasted from a
// converter that indents every level, "> > > … 深引用"). markdown-it stops
// at its maxNesting (20, the commonmark preset) and drops that item and the
// rest of its container — the book would lose text without a word. And a run
// of thousands of * or _ around a word: emphasis nested that deep overflows
// the renderer's stack, and the build stops with an internal error.
import { offsetIn } from '../document.js';
import type { FileRule } from '../rule.js';

/** Emphasis delimiters in a row, far more than any text needs and far fewer than the renderer's stack takes (some thousands). */
const DELIMITER_RUN = /[*_]{200,}/g;

export const structureNestingTooDeep: FileRule = {
  id: 'structure/nesting-too-deep',
  severity: 'error',
  description: 'Lists or block quotes nested so deep (20 levels) that the Markdown parser drops the text there, or a run of 200 or more * or _ (emphasis nested that deep).',
  unsilenceable: true,
  scope: 'file',
  check({ doc, report, reportLine }) {
    for (const block of doc.blocks) {
      if (block.source === undefined) continue;
      for (const run of block.source.matchAll(DELIMITER_RUN)) {
        const start = offsetIn(block, run.index);
        report(start, offsetIn(block, run.index + run[0].length - 1) + 1, `${run[0].length} ${run[0][0]} in a row nest emphasis too deep for the book to be made — delete them (bold is **text**, emphasis *text*)`);
      }
    }
    for (const line0 of doc.tooDeep) {
      reportLine(
        doc.lineStarts[line0]!,
        'lists or block quotes are nested too deep here (20 levels): this text and what follows in the same list or quote would be lost — use fewer levels',
      );
    }
  },
};
