// Input: "1. 学习\n2. 贯彻\n2023. 年全市……" — a numbered list counts on from
// its first number, whatever the later items say: the book shows "3." where
// the source says "2023.", a number changed without a word. The line was
// meant as a paragraph beginning with a year (write 2023\.), or its number
// is a typo (correct it): which, only the writer knows, so there is no fix.
import { fileRule } from '../rule.js';

export const structureListNumber = fileRule('structure/list-number', 'warning', {
  description: 'A numbered-list item whose number is not the one the book shows (a list counts on from its first number).',
  check({ doc, report }) {
    for (const { start, end, written, shown } of doc.renumbered) {
      report(
        start,
        end,
        `this list item is written ${written} but the book shows ${shown} (a numbered list counts on from its first number) — correct the number, or, if the line is not an item of the list, write ${written.slice(0, -1)}\\${written.slice(-1)} so that the mark is text`,
      );
    }
  },
});
