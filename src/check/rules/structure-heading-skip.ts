// Input: "## 一、总体要求" then "#### （一）…" — a level is skipped, so the
// book's navigation gets an empty level and screen readers a broken outline.
import { fileRule } from '../rule.js';

// A file rule: each heading is judged by the one before it.
export const structureHeadingSkip = fileRule('structure/heading-skip', 'warning', {
  description: 'A heading more than one level below the heading before it (the title counts as level 1).',
  check({ doc, reportLine }) {
    let previous = 1;
    for (const block of doc.blocks) {
      if (block.kind !== 'heading') continue;
      if (block.level > previous + 1) {
        const want = '#'.repeat(previous + 1);
        reportLine(block.lineOffset[0]!, `heading level skips from ${'#'.repeat(previous)} to ${'#'.repeat(block.level)} — use ${want} here, or add the missing ${want} heading above`);
      }
      previous = block.level;
    }
  },
});
