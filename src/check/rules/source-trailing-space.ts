// Input: "第一段。   " — invisible spaces at the end of a line. Two or more
// spaces before a line that continues the paragraph are a Markdown hard line
// break: reported, but not removed by --fix (the break may be meant).
import { fileRule } from '../rule.js';

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u3000';

export const sourceTrailingSpace = fileRule('source/trailing-space', 'warning', {
  description: 'Spaces or tabs at the end of a line.',
  fix: 'deletes them, unless they make a Markdown hard line break',
  check({ doc, lines, report }) {
    const all = lines();
    for (const [k, { index, start, text: line }] of all.entries()) {
      if (doc.codeLines[index]) continue;
      let from = line.length;
      while (from > 0 && isBlank(line[from - 1])) from--;
      if (from === line.length) continue;
      const blank = from === 0;
      const next = all[k + 1]?.text ?? '';
      const hardBreak = !blank && /^ {2,}$/.test(line.slice(from).replaceAll('\u3000', '')) && next.trim() !== '' && index >= doc.bodyLine - 1;
      const message = hardBreak
        ? 'spaces at the end of the line make a hard line break — delete them, or end the line with a backslash if the break is meant'
        : blank
          ? 'line holds only spaces — delete them'
          : 'spaces at the end of the line — delete them';
      report(start + from, start + line.length, message, hardBreak ? undefined : { text: '' });
    }
  },
});
