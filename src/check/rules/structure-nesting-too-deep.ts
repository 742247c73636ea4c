// Input: a list or block quote nested 20 deep (an outline pasted from a
// converter that indents every level, "> > > … 深引用"). markdown-it stops
// at its maxNesting (20, the commonmark preset) and drops that item and the
// rest of its container — the book would lose text without a word. And a run
// of thousands of * or _ around a word: emphasis nested that deep overflows
// the renderer's stack, and the build stops with an internal error.
import { markdownParser } from '../../markdown/parser.js';
import { offsetIn } from '../document.js';
import { fileRule } from '../rule.js';

// Where to look: a block with a long run of delimiters (a line of ____ to fill in is one, and nests nothing).
const DELIMITER_RUN = /[*_]{200,}/g;
/** Emphasis nested this deep: far more than any text needs, far less than the renderer's stack takes (some thousands). */
const DEEPEST_EMPHASIS = 100;

export const structureNestingTooDeep = fileRule('structure/nesting-too-deep', 'error', {
  description: 'Lists or block quotes nested so deep (20 levels) that the Markdown parser drops the text there, or a run of 200 or more * or _ (emphasis nested that deep).',
  unsilenceable: true,
  check({ doc, report, reportLine }) {
    for (const block of doc.blocks) {
      if (block.source === undefined || !/[*_]{200}/.test(block.source)) continue;
      const depth = emphasisDepth(block.source);
      if (depth <= DEEPEST_EMPHASIS) continue;
      for (const run of block.source.matchAll(DELIMITER_RUN)) {
        const start = offsetIn(block, run.index);
        report(start, offsetIn(block, run.index + run[0].length - 1) + 1, `${run[0].length} ${run[0][0]} in a row nest emphasis ${depth} levels deep, too deep for the book to be made — delete them (bold is **text**, emphasis *text*)`);
      }
    }
    for (const line0 of doc.tooDeep) {
      reportLine(
        doc.lineStarts[line0]!,
        'lists or block quotes are nested too deep here (20 levels): this text and what follows in the same list or quote would be lost — use fewer levels',
      );
    }
  },
});

/** How deep the emphasis of a block's text nests, as the renderer's parser reads it (code spans are code). */
function emphasisDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (const token of markdownParser().parseInline(source, {})[0]?.children ?? []) {
    depth += token.nesting;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}
