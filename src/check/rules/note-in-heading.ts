// Input: "## 一、总体要求[^1]" or "title: 关于……的通知[^1]".
// A heading is an entry in the contents, and the title is the headline and
// the book's contents entry: a mark there would be a link inside a link of
// the contents, or be printed as "[^1]". The mark belongs in the text.
import { fileRule } from '../rule.js';

// A front-matter value is not Markdown: its marks are found in its text.
const MARK = /\[\^[^\] \n]+\]/g;

export const noteInHeading = fileRule('note/in-heading', 'error', {
  description: 'A note mark `[^1]` in a heading, or in the title, toc_title or byline: headings are contents entries.',
  check({ doc, report, blocks }) {
    for (const mark of doc.noteRefs) {
      if (mark.kind === 'heading') report(mark.start, mark.end, `note mark [^${mark.label}] in a heading — ${ADVICE}`);
    }
    for (const { block, matches, report: reportIn } of blocks()) {
      if (block.kind !== 'field') continue;
      for (const match of matches(MARK)) reportIn(match.index, match.index + match[0].length, `note mark ${match[0]} in ${block.field} — ${ADVICE}`);
    }
  },
});

const ADVICE = 'headings and the title are contents entries; put the mark in the text, after the first sentence that needs the note';
