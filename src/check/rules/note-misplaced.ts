// Input: "正文[参见甲[^1]](https://…)乙", "![图乙[^1]](a.png)", "甲[^1][x]乙"
// with "[x]: https://…", a "[^2]: …" indented under "[^1]: …", a page marker
// inside a note. Each is a place where the book cannot keep a note as it was
// written: the link prints its Markdown, the picture's description drops the
// mark but keeps a note whose back-link leads nowhere (EPUBCheck RSC-012),
// [^1][x] becomes a link and the note is lost, a note inside a note moves
// text between the two, and a page marker in a note leaves the page list out
// of order (the notes go to the end of the article). Found by a review; none
// may be silenced, since each loses or moves text.
import { fileRule } from '../rule.js';

const MISPLACED_MARK = {
  'in-link': 'is inside a link’s words, where the book prints the link as Markdown — put the mark after the link: [words](address)[^LABEL]',
  'in-image': 'is inside a picture’s description, which has no links — put the mark in the text after the picture',
  'before-bracket': 'is followed by “[”, and [^LABEL][…] is read as a link — put a character (or a space) between the mark and the “[”',
} as const;

export const noteMisplaced = fileRule('note/misplaced', 'error', {
  description: 'A note mark inside a link or a picture’s description, or right before `[`; a note written inside another note; a page marker inside a note.',
  unsilenceable: true,
  check({ doc, report }) {
    for (const mark of doc.noteRefs) {
      if (mark.misplaced) report(mark.start, mark.end, `note mark [^${mark.label}] ${MISPLACED_MARK[mark.misplaced].replaceAll('LABEL', mark.label)}`);
    }
    for (const note of doc.noteDefs) {
      if (note.insideNote) report(note.start, note.end, `note [^${note.label}] is written inside the note before it — start it at the beginning of a line, not indented`);
    }
    for (const marker of doc.pagesInNotes) {
      report(marker.start, marker.end, 'page marker inside a note: the notes are set after the article, so its page would come out of order — put the marker in the text where the printed page starts');
    }
  },
});
