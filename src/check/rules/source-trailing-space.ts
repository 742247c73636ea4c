// Input: "第一段。   " — invisible spaces at the end of a line. Two or more
// spaces before a line that continues the paragraph are a Markdown hard line
// break: reported, but not removed by --fix (the break may be meant).
import type { Diagnostic } from '../../diagnostic.js';
import { lineText } from '../document.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u3000';

export const sourceTrailingSpace: DocRule = {
  id: 'source/trailing-space',
  severity: 'warning',
  description: 'Spaces or tabs at the end of a line.',
  fix: 'deletes them, unless they make a Markdown hard line break',
  check(doc) {
    const out: Diagnostic[] = [];
    for (let l = 0; l < doc.lineStarts.length; l++) {
      if (doc.codeLines[l]) continue;
      const line = lineText(doc, l);
      let from = line.length;
      while (from > 0 && isBlank(line[from - 1])) from--;
      if (from === line.length) continue;
      const trailing = line.slice(from);
      const start = doc.lineStarts[l]! + from;
      const end = doc.lineStarts[l]! + line.length;
      const blank = from === 0;
      const next = l + 1 < doc.lineStarts.length ? lineText(doc, l + 1) : '';
      const hardBreak = !blank && /^ {2,}$/.test(trailing.replaceAll('\u3000', '')) && next.trim() !== '' && l >= doc.bodyLine - 1;
      const message = hardBreak
        ? 'spaces at the end of the line make a hard line break — delete them, or end the line with a backslash if the break is meant'
        : blank
          ? 'line holds only spaces — delete them'
          : 'spaces at the end of the line — delete them';
      out.push(report(doc, this, start, end, message, hardBreak ? undefined : { range: [start, end], text: '' }));
    }
    return out;
  },
};
