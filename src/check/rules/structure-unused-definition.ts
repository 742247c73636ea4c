// Input: "[原文链接]: https://www.news.cn/…" on a line of its own, copied from
// a web page. CommonMark reads it as a link reference definition: it defines
// where [原文链接] links to and is itself never printed. When no link uses
// it, the whole line is gone from the book without a trace.
import { fileRule } from '../rule.js';
import { short } from './structure-remote-image.js';

export const structureUnusedDefinition = fileRule('structure/unused-definition', 'error', {
  description: 'A line [label]: target that Markdown takes for a link definition, and no link uses: the book leaves it out.',
  fix: 'writes \\[ at its start, so the line is printed as written',
  fixReshapes: 'definition-to-paragraph',
  check({ doc, text, report }) {
    for (const { start, end, label } of doc.unusedDefinitions) {
      const shown = short(text.slice(start, end).split('\n')[0]!);
      report(
        start,
        end,
        `"${shown}" is a link definition that no link uses, so the book leaves this line out — write \\ before its [ to print it as written (--fix does), or write it as text: ${label}：address`,
        { start, end: start, text: '\\' },
      );
    }
  },
});
