// Input: series.yaml `publisher: 甲委员会, 乙办公室`, `publisher: Smith and
// Sons`. Calibre, which makes the Kindle books, takes the publisher for their
// author, and reads a comma, " and " or " with " (any case) as between two
// authors — and turns "甲委员会, 乙办公室" round into "乙办公室 甲委员会" as a
// Last, First name. The Kindle library would show other names, and the
// release's read-back refuses the books; said here, at the line to change.
// (Measured with Calibre 6.13's ebook-meta -a; & is escaped by formats.ts.)
import { issueRule } from '../rule.js';

const SPLITS_AUTHORS = /,|\s(?:and|with)\s/i;

export const sourceKindleAuthor = issueRule('source/kindle-author', 'error', {
  description: 'A publisher with a comma, " and " or " with ", which Calibre splits into several authors of the Kindle books.',
  // The Kindle books cannot be made with the name as written: no comment silences it.
  unsilenceable: true,
  check({ issue, seriesYaml, report }) {
    if (!seriesYaml) return;
    const publisher = issue.series.publisher;
    const split = SPLITS_AUTHORS.exec(publisher);
    if (!split) return;
    const at = seriesYaml.locate([], 'publisher');
    report(
      seriesYaml,
      at,
      at,
      `publisher "${publisher}" has "${split[0].trim() || split[0]}", where Calibre splits the Kindle books' author into two — join the names with 、 (甲委员会、乙办公室) or write them without it`,
    );
  },
});
