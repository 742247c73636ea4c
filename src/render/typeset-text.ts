// The running text of a paragraph, list item or cell with markup, as Chinese books set
// it — on escaped XML text, adding markup of its own:
// - adjacent full-width marks compressed (punctuation.ts);
// - a space between Chinese characters that the check let through (a
//   dateline's 新华社北京2月4日电 学习…, a slogan's 人人皆学 处处能学) becomes
//   the ideographic space U+3000, one character wide — an ASCII space in
//   justified Chinese looks like a typo and stretches unpredictably;
// - a paragraph's last two characters (with their closing marks) kept
//   together, so no line holds a single character (clreq §3.1.8, 孤字).
import { CLOSING_MARKS, compressPunctuation } from './punctuation.js';

const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han}) +(?=\p{Script=Han})/gu;
// Two ideographs and the marks that close the sentence after them.
const LAST_CHARACTERS = new RegExp(`\\p{Script=Han}{2}[${CLOSING_MARKS}…—]*$`, 'u');
// What the text before them may end with for a break to fall there.
const BREAK_BEFORE_TAIL = new RegExp(`[\\p{Script=Han}${CLOSING_MARKS}]$`, 'u');

export interface TypesetOptions {
  /** Is this the text that ends a paragraph? Its last characters are kept together. */
  lastLine: boolean;
  /** How many characters of the paragraph come before this text (in other text nodes): default none. */
  textBefore?: number;
  /** The block breaks between phrases only (a table cell, keep-all): no break is added before its last characters. */
  phrasesOnly?: boolean;
}

/** A space between Chinese characters as the ideographic space (escaped or plain text alike). */
function ideographicSpaces(text: string): string {
  return text.includes(' ') ? text.replace(SPACE_BETWEEN_HAN, '\u3000') : text;
}

export function typesetText(escaped: string, options: TypesetOptions): string {
  const spaced = ideographicSpaces(escaped);
  if (!options.lastLine) return compressPunctuation(spaced);
  const tail = LAST_CHARACTERS.exec(spaced);
  // A paragraph of a few characters has no last line to protect.
  if (!tail || tail.index + (options.textBefore ?? 0) < 2) return compressPunctuation(spaced);
  // A break before the span, said outright: Calibre (its viewer, its PDF) took the span's
  // no-wrap for the place before it too, and took the character before along to the last line
  // (明 | 显成效。), leaving the line above a character short. Only where a break may fall
  // anyway: after an ideograph or a closing mark, never after an opening one. (MuPDF knows no
  // <wbr/>: the lead span below is what lets it break there.)
  const before = spaced.slice(0, tail.index);
  const breakBefore = !options.phrasesOnly && BREAK_BEFORE_TAIL.test(before) ? '<wbr/>' : '';
  // The first character in a span of its own, which wraps in MuPDF only (book.css, span.lead):
  // MuPDF breaks only before a character whose white-space wraps, and without it broke before
  // the one before (明 | 显成效。). An ideograph: one code point, nothing combines with it.
  const lead = String.fromCodePoint(tail[0].codePointAt(0)!);
  return `${compressPunctuation(before)}${breakBefore}<span class="nowrap"><span class="lead">${lead}</span>${compressPunctuation(tail[0].slice(lead.length))}</span>`;
}
