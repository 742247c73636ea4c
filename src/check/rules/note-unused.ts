// Input: "[^4]: 这是关于立场问题的提问。" and no "[^4]" in the text.
// A note that nothing points to is left out of the book (markdown-it-footnote
// prints only notes that are marked): its mark was lost, often when a printed
// ① was deleted with the text around it. Where it belongs is for a person to
// decide; --fix never moves or renumbers notes.
import { fileRule } from '../rule.js';

export const noteUnused = fileRule('note/unused', 'error', {
  description: 'A note `[^1]: …` that no mark `[^1]` in the text points to: the book would leave it out.',
  // Silenced, it would let the book leave the note out.
  unsilenceable: true,
  check({ doc, report }) {
    const marked = new Set(doc.noteRefs.map((mark) => mark.label));
    for (const note of doc.noteDefs) {
      if (marked.has(note.label)) continue;
      report(note.start, note.end, `note [^${note.label}] is never marked in the text — put [^${note.label}] where it belongs, or delete the note`);
    }
  },
});
