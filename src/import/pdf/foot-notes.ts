// Notes at the foot of a printed page (①见……), in smaller type than the
// text (below a rule or a gap, which are not read: the size tells them): the
// page's last lines set smaller than the body, from the first of them that
// begins with a circled number. Each line that begins with a circled number
// starts a note; the lines after it (a note longer than a line) go on with it. The notes become blocks of their
// own, which notes.ts pairs with their marks — the small raised ① in the text,
// which lines.ts keeps on its line — as it does for copied text. A note
// whose page ran out before it ended (its text stops without closing
// punctuation) goes on at the foot of the next page, in the small lines
// there between the text and that page's first note (or all of them, on a
// page without a note of its own) — a note marked otherwise too. Notes marked otherwise
// ([1], 注：, *) are not paired with marks — only circled numbers are, and
// which [1] is a note's mark would be a guess — but they are taken out of the
// text's flow too (asides), so that a paragraph they cut is joined; the
// import says so, for a person to make them notes. Pure.
import type { SourceBlock } from '../model.js';
import { isNoteLine } from '../notes.js';
import { escapeInline } from '../../markdown/escape.js';
import type { Line } from './lines.js';
import { glue } from '../text/repair.js';

// Notes are set smaller than the text: under this share of the body size.
const SMALLER = 0.9;
// A line that begins within this many body sizes of the text's left edge is flush left.
const FLUSH = 2;
// Small lines of a page's own that no note goes on in: a source line (（来源：…）), a byline.
const OWN_LINE = /^(?:[（(【〔[]|(?:资料)?来源|作者|责任编辑|图)/u;

export interface FootNotes {
  /** The page's text lines, without its notes. */
  lines: Line[];
  /** One paragraph block per note, in order. */
  notes: SourceBlock[];
  /** On a page without circled notes: one paragraph per note marked otherwise ([1], 注：), in order. */
  asides: SourceBlock[];
  /** When the note before this page was `open`: the small lines at the foot that go on with it, joined. */
  continued?: string;
}

// The first line of a note marked otherwise than with a circled number:
// [1] ［1］ 〔1〕 【1】 (1) （1）, 注1, 注： 注释：, or *.
const OTHER_NOTE_LINE = /^(?:[[［〔【(（]\d{1,3}[\]］〕】)）]|注(?:释)?\s*\d{0,3}\s*[：:]|注\d{1,3}|\*)/u;

// A note ends with the end of a sentence, a closing quote or bracket, or the
// last word of a reference (…2022年版, 第6期, 7月1日, 第3号, 第22页); one
// that stops anywhere else was cut by the end of its page.
const NOTE_END = /[。！？!?.…”’」』）)\]】》页版期日号]$/u;

/** Does the note (its text as read so far) stop before its end? */
export function noteGoesOn(text: string): boolean {
  return !NOTE_END.test(text.trim());
}

/**
 * Splits a page's lines into its text and the notes at its foot. `open`: the
 * last note of the page before goes on (noteGoesOn) — then the small lines
 * between this page's text and its first note (on a page without a note of
 * its own, the small lines at its foot) are that note's rest, not text, and
 * the import says so. Otherwise small lines above a page's first note, on a
 * page without notes, or on a page all in small type stay text (a caption, a
 * table, an appendix).
 */
export function footNotes(lines: readonly Line[], bodySize: number, page: number | undefined, open = false): FootNotes {
  let foot = lines.length;
  while (foot > 0 && lines[foot - 1]!.size < SMALLER * bodySize) foot--;
  let start = foot;
  // Small lines above the first note (a caption, a source line) stay text — unless a note goes on in them.
  while (start < lines.length && !isNoteLine(lines[start]!.text)) start++;
  const rest = open && foot > 0 && start < lines.length ? joined(lines.slice(foot, start)) : '';
  const textEnd = rest === '' ? start : foot;
  const block = (text: string): SourceBlock => ({ kind: 'paragraph', text, markdown: escapeInline(text), laidOut: true, ...(page !== undefined ? { page } : {}) });
  if (start === lines.length) {
    let other = foot;
    while (other < lines.length && !OTHER_NOTE_LINE.test(plain(lines[other]!).trim())) other++;
    // A page without a note of its own: the small lines at its foot, above any note marked otherwise, go
    // on with the note left open — when they begin at the text's left edge, as a note's lines do (a caption is
    // centred), and not as a line of the page's own does (（来源：…）).
    const left = Math.min(...lines.map((line) => line.x0));
    const firstSmall = lines[foot];
    const goesOn = open && firstSmall && other > foot && foot > 0 && firstSmall.x0 - left < FLUSH * bodySize && !OWN_LINE.test(plain(firstSmall).trim()) ? joined(lines.slice(foot, other)) : '';
    // All small type (an appendix, a table) stays text: notes stand below text.
    if (goesOn === '' && (other === lines.length || foot === 0)) return { lines: [...lines], notes: [], asides: [] };
    return {
      lines: lines.slice(0, goesOn === '' ? other : foot),
      notes: [],
      asides: gathered(lines.slice(other), (text) => OTHER_NOTE_LINE.test(text.trim())).map(block),
      ...(goesOn !== '' ? { continued: goesOn } : {}),
    };
  }
  return {
    lines: lines.slice(0, textEnd),
    notes: gathered(lines.slice(start), isNoteLine).map(block),
    asides: [],
    ...(rest !== '' ? { continued: rest } : {}),
  };
}

/** The notes' texts: a line that `starts` a note begins one; the lines after it go on with it. */
function gathered(lines: readonly Line[], starts: (text: string) => boolean): string[] {
  const notes: string[] = [];
  for (const line of lines) {
    const text = plain(line);
    if (starts(text) || notes.length === 0) notes.push(text);
    else notes[notes.length - 1] += glue(notes[notes.length - 1]!, text) + text;
  }
  return notes;
}

function plain(line: Line): string {
  return line.text.replace(/\t/g, ' ');
}

function joined(lines: readonly Line[]): string {
  return lines.map(plain).reduce((text, line) => text + glue(text, line) + line, '');
}
