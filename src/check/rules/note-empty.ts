// Input: "[^1]:" with nothing after it. The book links the mark to a note
// that holds only its own ①: the words were left out, or went onto the next
// line without the four spaces that keep them in the note. Found by a review.
import { fileRule } from '../rule.js';

export const noteEmpty = fileRule('note/empty', 'warning', {
  description: 'A note `[^1]:` with nothing after it: a reader who taps the mark finds the mark alone.',
  check({ doc, report }) {
    for (const note of doc.noteDefs) {
      if (note.empty) report(note.start, note.end, `note [^${note.label}] is empty — write the note after "[^${note.label}]: " on the same line (further paragraphs indented four spaces)`);
    }
  },
});
