// Input: a list or block quote nested 20 deep (an outline pasted from a
// converter that indents every level, "> > > … 深引用"). markdown-it stops
// at its maxNesting (20, the commonmark preset) and drops that item and the
// rest of its container — the book would lose text without a word.
import type { FileRule } from '../rule.js';

export const structureNestingTooDeep: FileRule = {
  id: 'structure/nesting-too-deep',
  severity: 'error',
  description: 'Lists or block quotes nested so deep (20 levels) that the Markdown parser drops the text there.',
  unsilenceable: true,
  scope: 'file',
  check({ doc, reportLine }) {
    for (const line0 of doc.tooDeep) {
      reportLine(
        doc.lineStarts[line0]!,
        'lists or block quotes are nested too deep here (20 levels): this text and what follows in the same list or quote would be lost — use fewer levels',
      );
    }
  },
};
