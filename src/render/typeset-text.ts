// The running text of a paragraph, list item or cell with markup, as Chinese books set
// it — on escaped XML text, adding markup of its own:
// - adjacent full-width marks compressed (punctuation.ts);
// - a space between Chinese characters that the check let through (a
//   dateline's 新华社北京2月4日电 学习…, a slogan's 人人皆学 处处能学) becomes
//   the ideographic space U+3000, one character wide — an ASCII space in
//   justified Chinese looks like a typo and stretches unpredictably;
// - a paragraph's last two characters (with their closing marks) kept
//   together, so no line holds a single character (clreq §3.1.8, 孤字) — a
//   quotation of one character with the character before it (与“率”);
// - a place to break before an opening quotation mark and after a closing one,
//   for MuPDF alone (quoteBreaks).
import { CLOSING_MARKS, OPENING_MARKS, compressPunctuation } from './punctuation.js';

const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu;
// Two ideographs and the marks that close the sentence after them; or a quotation of one
// ideograph and the ideograph before it (与“率”。), else “率”。 could make the last line alone.
const LAST_CHARACTERS = new RegExp(`\\p{Script=Han}[“‘]?\\p{Script=Han}[${CLOSING_MARKS}…—]*$`, 'u');
// What the text before them may end with for a break to fall there.
const BREAK_BEFORE_TAIL = new RegExp(`[\\p{Script=Han}${CLOSING_MARKS}]$`, 'u');

export interface TypesetOptions {
  /** Is this the text that ends a paragraph? Its last characters are kept together. */
  lastLine: boolean;
  /** How many characters of the paragraph come before this text (in other text nodes): default none. */
  textBefore?: number;
  /** The block breaks between phrases only (a table cell, keep-all): no break is added before its last characters. */
  phrasesOnly?: boolean;
  /** The text of the inline content around this text in its block (escaped, with any markup), for the runs of quotation marks that reach past it: default none. */
  around?: TextAround;
}

/** The text next to a text node in its block, each side as escaped text (markup of the typesetting allowed). */
export interface TextAround {
  before: string;
  after: string;
  /** May a place go at this text's start? Not where the text before is a text node of its own, whose end has it. */
  atStart: boolean;
}

/** A space between Chinese characters as the ideographic space (escaped or plain text alike). */
function ideographicSpaces(text: string): string {
  return text.includes(' ') ? text.replace(SPACE_BETWEEN_HAN, '\u3000') : text;
}

/**
 * A zero-width space that only MuPDF sees (book.css hides span.quote-break
 * inside @media, which MuPDF skips), for a place to break beside a quotation
 * mark. MuPDF breaks lines by UAX #14's pair table (html-parse.c), in which
 * quotation marks are QU: no break on either side of them without a space.
 * 统筹“稳”“进”“破”“立”“效”“率”的 was one unbreakable run there, set past the
 * page's edge and cut off (”“率”的 lost at 20 px on a 300 px page); MuPDF before
 * 1.22 even looped for ever on such a run where overflow-wrap was on (bug
 * 706481). Chinese may break before an opening mark and after a closing one
 * (clreq §3.1.7), as Chromium, WebKit and Calibre do; after U+200B, UAX #14
 * breaks before anything. Hidden, the character is not in what the other engines
 * lay out or copy. The body's font has the character (book-fonts.ts): MuPDF
 * draws a box for one its font lacks.
 */
export const QUOTE_BREAK = '<span class="quote-break">\u200b</span>';

/**
 * The longest run MuPDF may keep unbroken: a quotation mark glues only its
 * neighbours (持“效”与 and 与“率”并 make one run of nine, 落实“四下基层”制度
 * breaks inside 四下基层), and a run of eight fits a full line wherever MuPDF
 * sets no headline past the measure anyway (README, Typography; a paragraph's
 * first line, two characters indented, may still hold less). Only longer
 * runs get the places: every element, even a hidden one, splits Chromium's
 * text where it measures it, and at a width a line fits exactly it then moved
 * a break (an independent review: 39 lines of one article at 16 px on 400 px,
 * when every quotation had them).
 */
const LONGEST_UNBROKEN = 8;

// Quotation marks, the ASCII ones included (MuPDF's UAX #14 class for " and ' is QU as well).
const QUOTES = new Set(['“', '”', '‘', '’', '&quot;', '"', "'", '&apos;']);
const CLOSING = new Set(CLOSING_MARKS);
const OPENING = new Set(OPENING_MARKS);
// No line starts with these: closing marks, and the ellipsis and the dash, which MuPDF keeps with what comes before.
const NO_BREAK_BEFORE = new Set(CLOSING_MARKS + '…—');
// MuPDF breaks at these alone (html-parse.c, iswhite): not at U+3000 or a no-break space.
const MUPDF_SPACE = /^[ \t\r\n]$/u;
const HAN = /^\p{Script=Han}$/u;
// The ideographic space (a dateline's or a slogan's gap): a place may go beside it as beside an ideograph.
const IDEOGRAPHIC_SPACE = '\u3000';
// A letter, a digit, a per cent sign or an escaped character (&amp;): UAX #14 keeps them together.
const WORD_CHARACTER = /^(?:[A-Za-z0-9%]|&(?!quot;|apos;)[#A-Za-z0-9]+;)$/u;
// Typeset text as tags and characters: an entity is one character.
const TOKEN = /<[^>]*>|&[#A-Za-z0-9]+;|[\s\S]/gu;

/** May MuPDF break between these two characters, as far as a quotation run goes? Not beside a quotation mark, before a closing mark, after an opening one, or inside a word. */
function mupdfMayBreak(before: string, after: string): boolean {
  if (MUPDF_SPACE.test(before) || MUPDF_SPACE.test(after)) return true;
  if (QUOTES.has(before) || QUOTES.has(after) || OPENING.has(before) || NO_BREAK_BEFORE.has(after)) return false;
  return !(WORD_CHARACTER.test(before) && WORD_CHARACTER.test(after));
}

/**
 * Does a place go between these two characters: before “ after an ideograph (or U+3000), a
 * letter, a digit or a closing mark; after ” before an ideograph (or U+3000), a letter, a digit
 * or an opening mark; for ‘ ’ the same but beside letters and digits, where ’ is an apostrophe
 * (China’s, ’90s). Never after an opening mark (“ must not end a line) nor before a closing one.
 */
function isQuotePlace(before: string, after: string): boolean {
  const wide = (char: string) => HAN.test(char) || char === IDEOGRAPHIC_SPACE;
  if (after === '“' || after === '‘') return wide(before) || CLOSING.has(before) || (after === '“' && WORD_CHARACTER.test(before));
  if (before === '”' || before === '’') return wide(after) || OPENING.has(after) || (before === '”' && WORD_CHARACTER.test(after));
  return false;
}

interface Character {
  text: string;
  /** Where it ends in its markup. */
  end: number;
}

/** The characters of typeset text (markup left out), each with where it ends in the markup. */
function charactersOf(typeset: string): Character[] {
  return [...typeset.matchAll(TOKEN)].filter((token) => !token[0].startsWith('<') || token[0] === '<').map((token) => ({ text: token[0], end: token.index + token[0].length }));
}

/**
 * Typeset text (marks compressed: a halved mark is in a span) with a place for MuPDF to break
 * (QUOTE_BREAK) beside each quotation mark of a run longer than LONGEST_UNBROKEN. The run is
 * found with the text around this text in its block (`around`): it may start in bold before
 * it (**统筹**“稳”…) or end in the kept last characters or a note mark's span after it (…“率”并重。).
 * A place goes right after a character, past the tags that close around it (a halved ”'s
 * </span>), before any that open (the kept characters' span): here at its end, or at its start
 * where `around.atStart` says so.
 */
export function quoteBreaks(typeset: string, around: TextAround = { before: '', after: '', atStart: true }): string {
  // A place goes beside a quotation mark: one in this text, or one that ends the text before it.
  if (!/[“‘”’]/u.test(typeset) && !(around.atStart && /[”’](?:<\/[^>]*>)*$/u.test(around.before))) return typeset;
  const before = charactersOf(around.before);
  const own = charactersOf(typeset);
  const characters = [...before, ...own, ...charactersOf(around.after)];
  const first = before.length;
  const last = first + own.length;
  const places: number[] = [];
  let runStart = 0;
  for (let i = 1; i <= characters.length; i++) {
    if (i < characters.length && !mupdfMayBreak(characters[i - 1]!.text, characters[i]!.text)) continue;
    if (i - runStart > LONGEST_UNBROKEN) {
      for (let k = Math.max(runStart + 1, first); k < i && k <= last; k++) {
        if (own.length === 0 || !isQuotePlace(characters[k - 1]!.text, characters[k]!.text)) continue;
        if (k === first) {
          if (around.atStart) places.push(0);
        } else places.push(afterClosingTags(typeset, characters[k - 1]!.end));
      }
    }
    runStart = i;
  }
  let out = '';
  let from = 0;
  for (const at of places) {
    out += typeset.slice(from, at) + QUOTE_BREAK;
    from = at;
  }
  return out + typeset.slice(from);
}

/** The offset past the closing tags that start at `at` (</span></span>). */
function afterClosingTags(markup: string, at: number): number {
  let end = at;
  while (markup.startsWith('</', end)) {
    const close = markup.indexOf('>', end);
    if (close < 0) break;
    end = close + 1;
  }
  return end;
}

/** May a line break after this text, before a paragraph's kept last characters (after an ideograph or a closing mark)? */
export function breaksBeforeTail(before: string): boolean {
  return BREAK_BEFORE_TAIL.test(before);
}

export function typesetText(escaped: string, options: TypesetOptions): string {
  const spaced = ideographicSpaces(escaped);
  if (!options.lastLine) return quoteBreaks(compressPunctuation(spaced), options.around);
  const tail = LAST_CHARACTERS.exec(spaced);
  // A paragraph of a few characters has no last line to protect.
  if (!tail || tail.index + (options.textBefore ?? 0) < 2) return quoteBreaks(compressPunctuation(spaced), options.around);
  // A break before the span, said outright: Calibre (its viewer, its PDF) took the span's
  // no-wrap for the place before it too, and took the character before along to the last line
  // (明 | 显成效。), leaving the line above a character short. Only where a break may fall
  // anyway: after an ideograph or a closing mark, never after an opening one. (MuPDF knows no
  // <wbr/>: the lead span below is what lets it break there.)
  const before = spaced.slice(0, tail.index);
  const breakBefore = !options.phrasesOnly && breaksBeforeTail(before) ? '<wbr/>' : '';
  // The first character in a span of its own, which wraps in MuPDF only (book.css, span.lead):
  // MuPDF breaks only before a character whose white-space wraps, and without it broke before
  // the one before (明 | 显成效。). An ideograph: one code point, nothing combines with it.
  const lead = String.fromCodePoint(tail[0].codePointAt(0)!);
  const kept = `<span class="nowrap"><span class="lead">${lead}</span>${compressPunctuation(tail[0].slice(lead.length))}</span>`;
  // The kept characters are in the run of quotation marks that ends the text before them (…“率”并重。).
  const around = { before: options.around?.before ?? '', after: kept + (options.around?.after ?? ''), atStart: options.around?.atStart ?? true };
  return `${quoteBreaks(compressPunctuation(before), around)}${breakBefore}${kept}`;
}
