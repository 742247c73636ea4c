// Notes in the printed issue → Markdown footnotes. A printed note is a line
// that begins with a circled number (①见……), after the article or at the
// foot of a page (in copied text, between the page's last line and the next
// page's first, which may cut a paragraph); its mark is the same circled
// number in the text before it. Each note is paired with the first mark of
// its number before it that has no note yet — numbering that starts again at
// ① on every page pairs page by page, numbering through the article pairs in
// order. The paired mark becomes [^n] in place, the note `[^n]: …` at the end
// of the article; a mark without a note, or a note without a mark, stays as
// printed and is reported: which goes with which is never guessed. (A line
// that begins with ① after a mark ① is taken for its note: a list numbered
// ①②③ one item a line, in an article with notes, is for the check report's
// reader to see — its items would become notes.)
import { circledNumber } from '../markdown/notes.js';
import type { SourceBlock } from './model.js';
import { escapeInline } from './text/markdown.js';

// A note line: a circled number, then its text (a space between them is layout).
const NOTE_LINE = /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])[\s\u3000]*(\S.*)$/su;
const MARK = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/gu;
// A circled number alone on a line: a note whose text is missing.
const EMPTY_NOTE_LINE = /^[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]$/u;
// The printed heading of a block of notes: 注释： 注： 注释
const NOTES_HEADING = /^注(?:释)?[：:]?$/u;

/** A line that begins a printed note: a circled number, then its text. */
export function isNoteLine(text: string): boolean {
  return NOTE_LINE.test(text.trim());
}

export interface ArticleNotes {
  /** The article's blocks without its notes, each paired mark written [^n] (removed from the plain text). */
  blocks: SourceBlock[];
  /** `[^n]: …` for each paired note, in the order of their marks. */
  definitions: string[];
  /** Marks without a note and notes without a mark, as printed: for the report. */
  unpairedMarks: string[];
  unpairedNotes: string[];
  /** Circled numbers alone on a line: taken out when they have a mark (left as printed), kept when not. */
  emptyNotes: EmptyNote[];
}

export interface EmptyNote {
  /** The circled number, as printed. */
  number: string;
  /** Its line in the input, when the input has lines. */
  line?: number;
  /** The mark of its number before it, as an excerpt (…丁④), when there is one. */
  mark?: string;
}

interface Mark {
  block: number;
  /** Which circled number of its block (0-based) this is. */
  nth: number;
  number: number;
  note?: string;
  /** Its note line is there but empty: the mark stays as printed. */
  empty?: EmptyNote;
}

export function takeNotes(blocks: readonly SourceBlock[]): ArticleNotes {
  const kept: SourceBlock[] = [];
  const marks: Mark[] = [];
  const unpairedNotes: string[] = [];
  const emptyNotes: EmptyNote[] = [];
  const open = (number: number) => marks.find((m) => m.number === number && m.note === undefined && m.empty === undefined);
  for (const [i, block] of blocks.entries()) {
    if (block.kind === 'paragraph' && EMPTY_NOTE_LINE.test(block.text.trim())) {
      const empty: EmptyNote = { number: block.text.trim(), ...(block.line !== undefined ? { line: block.line } : {}) };
      emptyNotes.push(empty);
      const mark = open(circledNumber(empty.number)!);
      // Its mark left as printed and the line taken out; without a mark, the line stays (and is no mark).
      if (mark) mark.empty = empty;
      else kept.push(block);
      continue;
    }
    const note = block.kind === 'paragraph' ? NOTE_LINE.exec(block.text.trim()) : null;
    if (note) {
      const number = circledNumber(note[1]!)!;
      const mark = open(number);
      if (mark) {
        mark.note = note[2]!.trim();
        continue;
      }
      // Kept as printed, and its circled number is no mark.
      unpairedNotes.push(block.text.trim());
      kept.push(block);
      continue;
    }
    // 注释： alone on a line, right before a note, is the printed heading of the notes.
    const next = blocks[i + 1];
    if (NOTES_HEADING.test(block.text.trim()) && next && NOTE_LINE.test(next.text.trim())) continue;
    [...block.markdown.matchAll(MARK)].forEach((match, nth) => marks.push({ block: kept.length, nth, number: circledNumber(match[0])! }));
    kept.push(block);
  }
  const paired = marks.filter((mark) => mark.note !== undefined);
  const label = new Map(paired.map((mark, i) => [mark, i + 1]));
  const out = kept.map((block, index) => {
    const own = marks.filter((mark) => mark.block === index);
    if (!own.some((mark) => label.has(mark))) return block;
    return { ...block, markdown: replaceMarks(block.markdown, own, (mark) => `[^${label.get(mark)}]`), text: replaceMarks(block.text, own, () => '') };
  });
  return {
    blocks: out,
    definitions: paired.map((mark, i) => `[^${i + 1}]: ${escapeInline(mark.note!)}`),
    // Circled numbers in an article without notes number a list (①加强学习；②……): no marks to report.
    unpairedMarks:
      paired.length + unpairedNotes.length + emptyNotes.length === 0
        ? []
        : marks.filter((mark) => mark.note === undefined && mark.empty === undefined).map((mark) => excerptAround(kept[mark.block]!.text, mark.nth)),
    unpairedNotes,
    emptyNotes: emptyNotes.map((empty) => {
      const mark = marks.find((m) => m.empty === empty);
      return mark ? { ...empty, mark: excerptAround(kept[mark.block]!.text, mark.nth) } : empty;
    }),
  };
}

/** The block's circled numbers, the paired ones replaced. */
function replaceMarks(text: string, marks: readonly Mark[], replacement: (mark: Mark) => string): string {
  let nth = 0;
  return text.replace(MARK, (found) => {
    const mark = marks.find((m) => m.nth === nth);
    nth += 1;
    return mark?.note !== undefined ? replacement(mark) : found;
  });
}

/** A few characters before a mark and the mark, to say which one it is: the other circled numbers left out. */
function excerptAround(text: string, nth: number): string {
  const found = [...text.matchAll(MARK)][nth];
  const at = found?.index ?? 0;
  const before = [...text.slice(0, at).replace(MARK, '')];
  return `…${before.slice(-8).join('')}${found?.[0] ?? ''}`;
}
