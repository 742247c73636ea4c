// Input: "[^2]: 第一个注释。" and later "[^2]: 另一个注释。" in one article.
// Two notes with one label: every mark [^2] shows the last of them, and the
// first is lost. Which label each should have is for a person to say.
import { positionOf } from '../document.js';
import { fileRule } from '../rule.js';

export const noteDuplicateLabel = fileRule('note/duplicate-label', 'error', {
  description: 'Two notes `[^1]: …` with the same label in one article: only the last would be shown.',
  // Silenced, it would let the book leave the note out.
  unsilenceable: true,
  check({ doc, report }) {
    const first = new Map<string, number>();
    for (const note of doc.noteDefs) {
      const earlier = first.get(note.label);
      if (earlier === undefined) {
        first.set(note.label, note.start);
        continue;
      }
      const { line } = positionOf(doc, earlier);
      report(note.start, note.end, `a second note [^${note.label}] (the first is on line ${line}) — give each note its own label, and its mark in the text too`);
    }
  },
});
