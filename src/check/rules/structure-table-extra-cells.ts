// Input: "| 第一支部 | 12 | 另有3名党员在外地学习 |" under a header of two
// columns. A table has as many columns as its header row has cells; the
// Markdown parser drops the cells of a longer row, and the book would lose
// their text without a word. (A shorter row is filled with empty cells.)
import { fileRule } from '../rule.js';

export const structureTableExtraCells = fileRule('structure/table-extra-cells', 'error', {
  description: 'A table row with more cells than the header row: the cells past the header’s columns would be lost.',
  // Their text would be lost: no disable comment makes the book right.
  unsilenceable: true,
  check({ doc, report }) {
    for (const { start, end, columns, cells } of doc.droppedCells) {
      report(start, end, `this row has ${cells} cells and the header ${columns}: the last ${cells - columns} would be lost from the book — add ${cells - columns === 1 ? 'a column' : 'columns'} to the header, or write a | inside a cell as \\|`);
    }
  },
});
