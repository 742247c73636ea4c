// Notes at the foot of a printed page (①见……), in smaller type than the
// text (below a rule or a gap, which are not read: the size tells them): the
// page's last lines set smaller than the body, from the first of them that
// begins with a circled number. Each line that begins with a circled number
// starts a note; the lines after it (a note longer than a line) go on with it. The notes become blocks of their
// own, which notes.ts pairs with their marks — the small raised ① in the text,
// which lines.ts keeps on its line — as it does for copied text. Pure.
import type { SourceBlock } from '../model.js';
import { isNoteLine } from '../notes.js';
import { escapeInline } from '../text/markdown.js';
import { glue, type Line } from './lines.js';

// Notes are set smaller than the text: under this share of the body size.
const SMALLER = 0.9;

export interface FootNotes {
  /** The page's text lines, without its notes. */
  lines: Line[];
  /** One paragraph block per note, in order. */
  notes: SourceBlock[];
}

/** Splits a page's lines into its text and the notes at its foot. */
export function footNotes(lines: readonly Line[], bodySize: number, page: number | undefined): FootNotes {
  let start = lines.length;
  while (start > 0 && lines[start - 1]!.size < SMALLER * bodySize) start--;
  // Small lines above the first note (a caption, a source line) stay text.
  while (start < lines.length && !isNoteLine(lines[start]!.text)) start++;
  if (start === lines.length) return { lines: [...lines], notes: [] };
  const notes: string[] = [];
  for (const line of lines.slice(start)) {
    const text = line.text.replace(/\t/g, ' ');
    if (isNoteLine(text) || notes.length === 0) notes.push(text);
    else notes[notes.length - 1] += glue(notes[notes.length - 1]!, text) + text;
  }
  return {
    lines: lines.slice(0, start),
    notes: notes.map((text) => ({ kind: 'paragraph', text, markdown: escapeInline(text), laidOut: true, ...(page !== undefined ? { page } : {}) })),
  };
}
