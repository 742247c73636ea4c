// A line break between two Chinese characters must not become a space: the
// rule of markdown-it-cjk-breaks 2.0.0 (MIT, markdown-it/markdown-it-cjk-breaks,
// index.mjs), ported with one change. The plugin turns a removed break into
// an empty text token, and the next break's search for its last character
// then finds that empty token and throws ("Expected a code point, got
// undefined") — a linked picture on a line of its own between two lines of
// Chinese was an internal error (found by the fuzz campaign, test/property).
// Here empty text tokens are passed over, as the plugin means. Two more joins
// than the plugin's (which joins only characters of East Asian Width F, W or
// H), for Chinese text: the marks Chinese shares with other scripts, of
// ambiguous width (“ ” ‘ ’ … — · ①), count as Chinese — 回答了 / “为了谁”
// was set 回答了 “为了谁” — and a Chinese character meets a digit or Latin
// letter with no space, as cjk/space-around-digit-latin asks of the text.
import { eastAsianWidthType } from 'get-east-asian-width';
import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

const HANGUL =
  /[\u1100-\u11FF\u302E\u302F\u3131-\u318E\u3200-\u321E\u3260-\u327E\uA960-\uA97C\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uFFA0-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]/;
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
    const last = lastCharBefore(tokens, i);
    const next = firstCharAfter(tokens, i);
    const zeroWidthSpace = last === '\u200b' || next === '\u200b';
    const hangul = HANGUL.test(last) || HANGUL.test(next);
    const chinese = (isChinese(last) && isChinese(next)) || (isEastAsian(last) && isAsciiAlnum(next)) || (isAsciiAlnum(last) && isEastAsian(next));
    if (zeroWidthSpace || (chinese && !hangul)) {
      tokens[i]!.type = 'text';
      tokens[i]!.content = '';
    }
  }
}

/** The last character (a whole surrogate pair) of the nearest non-empty text before `i`; a space when there is none. */
function lastCharBefore(tokens: Token[], i: number): string {
  for (let j = i - 1; j >= 0; j--) {
    const { type, content } = tokens[j]!;
    if (type === 'text' && content !== '') return String.fromCodePoint(content.codePointAt(content.length - 1 - (isLowSurrogate(content, content.length - 1) ? 1 : 0))!);
  }
  return ' ';
}

function firstCharAfter(tokens: Token[], i: number): string {
  for (let j = i + 1; j < tokens.length; j++) {
    const { type, content } = tokens[j]!;
    if (type === 'text' && content !== '') return String.fromCodePoint(content.codePointAt(0)!);
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

/** East Asian, or a mark of ambiguous width that Chinese text uses (“ ” ‘ ’ … — · ① ※), not a letter. */
function isChinese(char: string): boolean {
  return isEastAsian(char) || (eastAsianWidthType(char.codePointAt(0)!) === 'ambiguous' && /^[\p{P}\p{S}\p{No}]$/u.test(char));
}

function isAsciiAlnum(char: string): boolean {
  return /^[0-9A-Za-z]$/.test(char);
}
