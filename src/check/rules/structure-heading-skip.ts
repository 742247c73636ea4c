// Input: "## 一、总体要求" then "#### （一）…" — a level is skipped, so the
// book's navigation gets an empty level and screen readers a broken outline.
import type { Diagnostic } from '../../diagnostic.js';
import { positionOf } from '../document.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';
import { headingStart } from './structure-body-h1.js';

export const structureHeadingSkip: DocRule = {
  id: 'structure/heading-skip',
  severity: 'warning',
  description: 'A heading more than one level below the heading before it (the title counts as level 1).',
  check(doc) {
    const out: Diagnostic[] = [];
    let previous = 1;
    for (const block of doc.blocks) {
      if (block.kind !== 'heading') continue;
      if (block.level > previous + 1) {
        const at = headingStart(doc.text, doc.lineStarts[positionOf(doc, block.lineOffset[0]!).line - 1]!);
        const want = '#'.repeat(previous + 1);
        out.push(
          report(doc, this, at, block.lineOffset[0]!, `heading level skips from ${'#'.repeat(previous)} to ${'#'.repeat(block.level)} — use ${want} here, or add the missing ${want} heading above`),
        );
      }
      previous = block.level;
    }
    return out;
  },
};
