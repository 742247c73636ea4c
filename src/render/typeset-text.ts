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

export interface TypesetOptions {
  /** Is this the text that ends a paragraph? Its last characters are kept together. */
  lastLine: boolean;
  /** How many characters of the paragraph come before this text (in other text nodes): default none. */
  textBefore?: number;
}

/** A space between Chinese characters as the ideographic space (escaped or plain text alike). */
export function ideographicSpaces(text: string): string {
  return text.includes(' ') ? text.replace(SPACE_BETWEEN_HAN, '\u3000') : text;
}

export function typesetText(escaped: string, options: TypesetOptions): string {
  const spaced = ideographicSpaces(escaped);
  if (!options.lastLine) return compressPunctuation(spaced);
  const tail = LAST_CHARACTERS.exec(spaced);
  // A paragraph of a few characters has no last line to protect.
  if (!tail || tail.index + (options.textBefore ?? 0) < 2) return compressPunctuation(spaced);
  return `${compressPunctuation(spaced.slice(0, tail.index))}<span class="nowrap">${compressPunctuation(tail[0])}</span>`;
}
