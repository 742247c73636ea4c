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
import { escapeInline } from '../markdown/escape.js';
import { endsTorn, glue } from './text/repair.js';

// A note line: a circled number, then its text (a space between them is layout).
const NOTE_LINE = /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])[\s\u3000]*(\S.*)$/su;
const MARK = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/gu;
const MARK_TEST = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/u;
// A circled number alone on a line: a note whose text is missing.
const EMPTY_NOTE_LINE = /^[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]$/u;
// The printed heading of a block of notes: 注释： 注： 注释
const NOTES_HEADING = /^注(?:释)?[：:]?$/u;
// A note line ending so ended its note; ending so did not (a note never ends on a comma or an opening mark).
const ENDED = /[。！？!?…”’」』]$/u;
const OPEN = /[，、；：“‘《（(—·,;:]$/u;

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
  /** Lines after a note whose place was a guess (gatherNoteLines). */
  unclearLines: UnclearNoteLine[];
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

/** A line after a note whose place is a guess: joined to the note, or left as text. */
export interface UnclearNoteLine {
  /** The note as printed before the line (its first line, and any joined already). */
  note: string;
  text: string;
  line?: number;
  joined: boolean;
}

const isNote = (block: SourceBlock): boolean => block.kind === 'paragraph' && (NOTE_LINE.test(block.text.trim()) || EMPTY_NOTE_LINE.test(block.text.trim()));
const plainLine = (block: SourceBlock): boolean =>
  block.kind === 'paragraph' && !block.laidOut && block.headingLevel === undefined && !block.indented && !isNote(block) && !NOTES_HEADING.test(block.text.trim());

/**
 * A note over two lines in copied text: the lines after a note line that go
 * on with it are joined to it (as a torn paragraph's lines are). A line goes
 * on the note when it stands between it and the next note (a run of notes:
 * no indent, no circled number, a note line after it), or when the note did
 * not end a sentence (。！？」”…) and the line begins no paragraph. At the
 * foot of a page the next page's text follows the notes, often the rest of
 * the paragraph the break cut: when that paragraph is torn, or the copy has
 * no indent to tell a paragraph's first line, a note ending on a character
 * (…第4页, …讲话》) may end there or go on — joined, as the PDF import joins
 * a note's next line, and reported; a line that begins no paragraph after a
 * note that ended, the text before not torn, is left as text and reported.
 * A PDF's notes come whole (pdf/foot-notes.ts): its blocks are left alone.
 */
function gatherNoteLines(blocks: readonly SourceBlock[]): { blocks: SourceBlock[]; unclear: UnclearNoteLine[] } {
  const out: SourceBlock[] = [];
  const unclear: UnclearNoteLine[] = [];
  const indentedCopy = blocks.some((block) => block.indented);
  let open: number | undefined; // the note in `out` that a line may go on
  let underHeading = false;
  let bodyBefore: SourceBlock | undefined;
  let runChecked = -1; // blocks before this index were looked ahead over …
  let inRun = false; // … and whether a note line ends them
  for (const [i, block] of blocks.entries()) {
    const text = block.text.trim();
    if (isNote(block)) {
      open = NOTE_LINE.test(text) && !block.laidOut ? out.length : undefined;
      out.push(block);
      continue;
    }
    if (NOTES_HEADING.test(text) && blocks[i + 1] && isNote(blocks[i + 1]!)) {
      underHeading = true;
      open = undefined;
      out.push(block);
      continue;
    }
    if (open !== undefined && plainLine(block)) {
      if (i >= runChecked) {
        let j = i;
        while (j < blocks.length && plainLine(blocks[j]!) && !MARK_TEST.test(blocks[j]!.text)) j++;
        runChecked = j;
        inRun = j < blocks.length && isNote(blocks[j]!) && j > i;
      }
      const note = out[open]!;
      const ended = ENDED.test(note.text.trim());
      const bodyTorn = !underHeading && bodyBefore !== undefined && bodyBefore.kind === 'paragraph' && endsTorn(bodyBefore.text);
      const certain = inRun || OPEN.test(note.text.trim());
      const join = certain || (!ended && !MARK_TEST.test(text));
      const doubt = !certain && (join ? bodyTorn || !indentedCopy : indentedCopy && !bodyTorn && !underHeading && !MARK_TEST.test(text));
      if (doubt) unclear.push({ note: note.text.trim(), text, joined: join, ...(block.line !== undefined ? { line: block.line } : {}) });
      if (join) {
        out[open] = { ...note, text: note.text.trimEnd() + glue(note.text.trimEnd(), text) + text, markdown: note.markdown.trimEnd() + glue(note.markdown.trimEnd(), block.markdown) + block.markdown.trim() };
        continue;
      }
    }
    open = undefined;
    underHeading = false;
    bodyBefore = block;
    out.push(block);
  }
  return { blocks: out, unclear };
}

export function takeNotes(source: readonly SourceBlock[]): ArticleNotes {
  const { blocks, unclear } = gatherNoteLines(source);
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
    // 注释： alone on a line, right before a note, is the printed heading of the
    // notes: it goes with them when they become the book's notes, and stays
    // when its note has no mark and stays as printed (it was lost then).
    const next = blocks[i + 1];
    const nextNote = next && NOTE_LINE.exec(next.text.trim());
    if (NOTES_HEADING.test(block.text.trim()) && nextNote && open(circledNumber(nextNote[1]!)!)) continue;
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
    unclearLines: unclear,
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
