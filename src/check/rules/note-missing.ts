// Input: "坚持读原著、学原文[^3]。" with no "[^3]: …" anywhere in the article.
// A mark without its note is printed as "[^3]" in the book: the note was
// left out, or its label misspelt. Which note it was is for a person to say:
// the check never guesses, and --fix never renumbers.
import { fileRule } from '../rule.js';

export const noteMissing = fileRule('note/missing', 'error', {
  description: 'A note mark `[^1]` in the text with no note `[^1]: …` for it in the article.',
  check({ doc, report }) {
    const defined = new Set(doc.noteDefs.map((note) => note.label));
    for (const mark of doc.noteRefs) {
      if (defined.has(mark.label)) continue;
      report(mark.start, mark.end, `note mark [^${mark.label}] has no note — add "[^${mark.label}]: …" at the end of the article, or correct the label`);
    }
  },
});
