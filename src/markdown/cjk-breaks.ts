// A line break between two Chinese characters must not become a space: the
// rule of markdown-it-cjk-breaks 2.0.0 (MIT, markdown-it/markdown-it-cjk-breaks,
// index.mjs), ported with one change. The plugin turns a removed break into
// an empty text token, and the next break's search for its last character
// then finds that empty token and throws ("Expected a code point, got
// undefined") — a linked picture on a line of its own between two lines of
// Chinese was an internal error (found by the fuzz campaign, test/property).
// Here empty text tokens are passed over, as the plugin means. And the plugin
// joins only characters of East Asian Width F, W or H; here the marks Chinese
// shares with other scripts, of ambiguous width (“ ” ‘ ’ … — · ①), are passed
// over to the letter beyond them, which decides: two Chinese characters join
// (回答了 / “为了谁” was set 回答了 “为了谁”), and so do a Chinese character
// and a digit or Latin letter, with no space between them, as
// cjk/space-around-digit-latin asks of the text — He said “yes” / “no” keeps
// its space. And inline code is text here, as it is on the page: the plugin
// looked past it, so `npm test` / GitHub judged 运行 against GitHub and set
// npm testGitHub.
import { eastAsianWidthType } from 'get-east-asian-width';
import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

const HANGUL =
  /[\u1100-\u11FF\u302E\u302F\u3131-\u318E\u3200-\u321E\u3260-\u327E\uA960-\uA97C\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uFFA0-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]/;
/** The tokens whose content the reader sees as written around a break. */
const TEXTUAL = new Set(['text', 'code_inline']);
/** Fullwidth, wide or halfwidth (East Asian Width F, W, H). */
const EAST_ASIAN = new Set(['fullwidth', 'wide', 'halfwidth']);

export function cjkBreaks(md: MarkdownIt): void {
  md.core.ruler.push('cjk_breaks', (state) => {
    for (const token of state.tokens) if (token.type === 'inline' && token.children) joinBreaks(token.children);
  });
}

function joinBreaks(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'softbreak') continue;
    if (readsAsNothing(lastCharBefore(tokens, i), firstCharAfter(tokens, i), letterBefore(tokens, i), letterAfter(tokens, i))) {
      tokens[i]!.type = 'text';
      tokens[i]!.content = '';
    }
  }
}

/** The rule: a zero-width space beside the break, or Chinese on one side and Chinese, a digit or a Latin letter on the other (no hangul). */
function readsAsNothing(last: string, next: string, left: string, right: string): boolean {
  if (last === '\u200b' || next === '\u200b') return true;
  const hangul = HANGUL.test(left) || HANGUL.test(right);
  const chinese = (isEastAsian(left) && (isEastAsian(right) || isAsciiAlnum(right))) || (isAsciiAlnum(left) && isEastAsian(right));
  return chinese && !hangul;
}

/**
 * Would a soft break between the text `before` and the text `after` read as
 * nothing? The same rule, on plain text (for --fix's guard, fix-text.ts).
 */
export function breakReadsAsNothing(before: string, after: string): boolean {
  const last = [...before].at(-1) ?? ' ';
  const next = after === '' ? ' ' : String.fromCodePoint(after.codePointAt(0)!);
  return readsAsNothing(last, next, lastLetterOf(before) ?? ' ', firstLetterOf(after) ?? ' ');
}

/** The last character of a text that is no shared mark, if any. */
function lastLetterOf(text: string): string | undefined {
  const chars = [...text];
  for (let k = chars.length - 1; k >= 0; k--) if (!isSharedMark(chars[k]!)) return chars[k]!;
  return undefined;
}

/** The first character of a text that is no shared mark, if any. */
function firstLetterOf(text: string): string | undefined {
  for (const char of text) if (!isSharedMark(char)) return char;
  return undefined;
}

/** The last character (a whole surrogate pair) of the nearest non-empty text before `i`; a space when there is none. */
function lastCharBefore(tokens: Token[], i: number): string {
  for (let j = i - 1; j >= 0; j--) {
    const { type, content } = tokens[j]!;
    if (TEXTUAL.has(type) && content !== '') return String.fromCodePoint(content.codePointAt(content.length - 1 - (isLowSurrogate(content, content.length - 1) ? 1 : 0))!);
  }
  return ' ';
}

function firstCharAfter(tokens: Token[], i: number): string {
  for (let j = i + 1; j < tokens.length; j++) {
    const { type, content } = tokens[j]!;
    if (TEXTUAL.has(type) && content !== '') return String.fromCodePoint(content.codePointAt(0)!);
  }
  return ' ';
}

function isLowSurrogate(text: string, at: number): boolean {
  const low = text.charCodeAt(at);
  const high = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

function isEastAsian(char: string): boolean {
  return EAST_ASIAN.has(eastAsianWidthType(char.codePointAt(0)!));
}

/** A mark of ambiguous width that Chinese text shares with others (“ ” ‘ ’ … — · ① ※): not a letter. */
function isSharedMark(char: string): boolean {
  return eastAsianWidthType(char.codePointAt(0)!) === 'ambiguous' && /^[\p{P}\p{S}\p{No}]$/u.test(char);
}

/** The nearest character before the break that is no shared mark; a space when there is none. */
function letterBefore(tokens: Token[], i: number): string {
  for (let j = i - 1; j >= 0; j--) {
    const letter = TEXTUAL.has(tokens[j]!.type) ? lastLetterOf(tokens[j]!.content) : undefined;
    if (letter !== undefined) return letter;
  }
  return ' ';
}

function letterAfter(tokens: Token[], i: number): string {
  for (let j = i + 1; j < tokens.length; j++) {
    const letter = TEXTUAL.has(tokens[j]!.type) ? firstLetterOf(tokens[j]!.content) : undefined;
    if (letter !== undefined) return letter;
  }
  return ' ';
}

function isAsciiAlnum(char: string): boolean {
  return /^[0-9A-Za-z]$/.test(char);
}
