// Character classes for Chinese text, as plain code-unit comparisons: the
// rules call them for every character of a 10 MB issue, where a Unicode
// property regex per character would be the bottleneck.

/** Han ideographs (CJK Unified + Ext A, compatibility, 〇) and planes 2–3 (Ext B…H). */
function isHanCodePoint(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    cp === 0x3007 ||
    (cp >= 0x20000 && cp <= 0x323af)
  );
}

/** Is the character starting at index i a Han ideograph? */
export function hanAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isHanCodePoint(text.codePointAt(i)!);
}

/** Is the character ending just before index i a Han ideograph? */
export function hanBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return isHanCodePoint(text.codePointAt(i - 2)!);
  return isHanCodePoint(c);
}

/** Full-width and CJK punctuation: 。，、；：？！“”‘’（）《》〈〉【】「」『』…—· */
function isCjkPunctuation(c: number): boolean {
  return (
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d ||
    c === 0x2026 || c === 0x2014 || c === 0x00b7
  );
}

/** Han or CJK punctuation: the character puts its neighbourhood in Chinese context. */
export function chineseAt(text: string, i: number): boolean {
  return hanAt(text, i) || isCjkPunctuation(text.charCodeAt(i));
}

export function chineseBefore(text: string, i: number): boolean {
  return hanBefore(text, i) || isCjkPunctuation(text.charCodeAt(i - 1));
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isAsciiAlnum(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}

/** Marks that end a sentence or a paragraph (a colon introduces what follows). */
export const TERMINAL = new Set([...'。！？；：…—.!?;:']);
/** Closing quotes and brackets that may follow a terminal mark: 。” 。） */
export const CLOSERS = new Set([...'”’）》〉」』】〕)']);
/** Marks inside a sentence: a paragraph that ends with one was cut. */
export const INNER = new Set([...'，、“‘（《〈「『【']);
/** Punctuation that shows a line is running prose, not a heading, byline or slogan. */
export const SENTENCE_MARKS = new Set([...'，。；：！？、']);

/** A lookup table over UTF-16 code units: rules test every character, and a table beats a Set. */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/**
 * Index of the first character at or after `from` that `pattern` matches, or
 * -1. `pattern` is global and matches exactly one character (a class, maybe
 * with a lookahead). Rules jump from candidate to candidate with it: the regex
 * engine scans in native code, several times faster than a JavaScript loop
 * over every character of a 10 MB issue (npm run bench).
 */
export function nextOf(text: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? pattern.lastIndex - 1 : -1;
}

/** Placeholder for masked Markdown syntax (code, link targets, markup) in a block's text. */
export const MASK = '\u0000';
