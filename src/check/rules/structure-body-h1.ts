// Input: "# 一、总体要求" in the body. The article title (front matter `title`)
// is the page's only level-1 heading; sections start at ##.
import type { Diagnostic } from '../../diagnostic.js';
import { positionOf } from '../document.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

export const structureBodyH1: DocRule = {
  id: 'structure/body-h1',
  severity: 'error',
  description: 'A level-1 heading in the body: the title is the only level-1 heading.',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const block of doc.blocks) {
      if (block.kind !== 'heading' || block.level !== 1) continue;
      const at = headingStart(doc.text, doc.lineStarts[positionOf(doc, block.lineOffset[0]!).line - 1]!);
      out.push(report(doc, this, at, block.lineOffset[0]!, 'level-1 heading in the body — the title in the front matter is the only level-1 heading; use ## for a section'));
    }
    return out;
  },
};

/** Offset of a heading line's first non-blank character (its # for an ATX heading). */
export function headingStart(text: string, lineStart: number): number {
  let at = lineStart;
  while (text[at] === ' ') at++;
  return at;
}
