// Headings and contents entries break only between phrases, never inside a
// word (团拜会上 / 的讲话, not 团拜会上的讲 / 话). Where a break may fall is what
// two segmenters agree on — BudouX's Simplified Chinese model (Google, the
// phrase breaker behind Chrome's `word-break: auto-phrase`) and ICU's
// dictionary word breaker (Intl.Segmenter) — each alone splits some names and
// terms (习近|平, 团|拜会) — and never inside a number with its unit
// (二〇二四年, 第2次). A last phrase of one or two characters stays with the one
// before it, so no heading ends on a lone character. The opportunities are
// <wbr/>, with `word-break: keep-all` in the stylesheet; for MuPDF, which knows
// neither, each phrase but its first letter is in a nowrap span (keptRuns).
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import { graphemeStarts } from './graphemes.js';
import { CLOSING_MARKS, OPENING_MARKS, halfMark, halvedMarks, isCompressible } from './punctuation.js';
import { escapeXml } from './xml.js';

let budoux: ReturnType<typeof loadDefaultSimplifiedChineseParser> | undefined;
let words: Intl.Segmenter | undefined;

// Words of these compilations that both segmenters split (团|拜会, 中心|组, 贯彻党|的二十大).
const TERMS = /党的二十大|团拜会|中心组|习近平|新时代|总书记|党中央|二十大|十四五|主题教育|新质生产力|高质量发展|中国式现代化/gu;
const NUMBER = /[〇零一二三四五六七八九十百千万亿两0-9０-９]+[年月日号次届期个条点]?|第[〇零一二三四五六七八九十百千0-9０-９]+[次届期条个]?/gu;
const LONE = 2;
// A phrase longer than this (in characters of the body's size) is not kept on one line: it could be
// wider than a narrow page with the reader's type set large.
const LONGEST_KEPT = 8;
// What may not begin a line (closing marks, the middle dot of 卡尔·马克思, the
// wave dash, half-width closing punctuation) or end one (opening marks): the
// segmenters put word boundaries on both sides of punctuation (GB/T 15834).
const NO_LINE_START = new Set([...CLOSING_MARKS, ...'·・～〜)]}>,.:;!?%']);
const NO_LINE_END = new Set([...OPENING_MARKS, ...'([{<']);
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WESTERN = /[\x21-\x7e\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/**
 * May a line break fall between these two characters? Not next to white space
 * (a space between Chinese characters is set as U+3000), not inside a Latin
 * word or number, not inside a run of marks (compressed together:
 * punctuation.ts), and not where a mark would start or end a line against the
 * rules.
 */
function mayBreakBetween(before: string, after: string): boolean {
  if (/\s/u.test(before) || /\s/u.test(after)) return false;
  // Inside a Latin word, number or code (A&B, 3.5, COVID-19), which ICU cuts at its symbols.
  if (WESTERN.test(before) && WESTERN.test(after)) return false;
  if (isCompressible(before) && isCompressible(after)) return false;
  return !NO_LINE_START.has(after) && !NO_LINE_END.has(before);
}

/** A text as the break finders read it: its code points, ICU's word boundaries, and the offsets inside a number, term or description sequence. */
interface Segmented {
  text: string;
  chars: string[];
  words: Set<number>;
  inside: Set<number>;
}

function segmented(text: string): Segmented {
  const chars = [...text];
  return { text, chars, words: wordBoundaries(text), inside: unbreakable(text, chars) };
}

/** Code-point offsets in `text` where a line may break (never 0 or the end). */
export function phraseBreaks(text: string): number[] {
  return phraseBreaksOf(segmented(text));
}

function phraseBreaksOf({ text, chars, words: byIcu, inside }: Segmented): number[] {
  budoux ??= loadDefaultSimplifiedChineseParser();
  const byBudoux = boundaries(budoux.parse(text));
  const breaks = [...byBudoux].sort((a, b) => a - b).filter((at) => at > 0 && at < chars.length && byIcu.has(at) && !inside.has(at) && mayBreakBetween(chars[at - 1]!, chars[at]!));
  // Phrases between the breaks; one of a single character (在, 上, 的) goes with the phrase after it.
  const phrases: string[][] = [];
  let from = 0;
  for (const at of [...breaks, chars.length]) {
    phrases.push(chars.slice(from, at));
    from = at;
  }
  for (let k = phrases.length - 2; k >= 0; k--) {
    if (countVisible(phrases[k]!) <= 1) phrases.splice(k, 2, [...phrases[k]!, ...phrases[k + 1]!]);
  }
  // No lone last phrase: it joins the one before while it has LONE characters or fewer.
  while (phrases.length > 1 && countVisible(phrases[phrases.length - 1]!) <= LONE) {
    const last = phrases.pop()!;
    phrases[phrases.length - 1]!.push(...last);
  }
  const result: number[] = [];
  let offset = 0;
  for (const phrase of phrases.slice(0, -1)) result.push((offset += phrase.length));
  return result;
}
/**
 * Where a heading, a contents entry or a cell may break: between its phrases, and
 * between the words of a phrase longer than `longest` characters, which may not
 * fit a narrow line whole. Without those Chromium broke such a phrase where it
 * overflowed (overflow-wrap), and MuPDF anywhere: 全省学习贯彻习近 | 平新时代 at
 * 24 px on a 320 px page, inside the name.
 */
export function lineBreaks(text: string, longest = LONGEST_KEPT): number[] {
  const segments = segmented(text);
  const phrases = phraseBreaksOf(segments);
  return [...phrases, ...wordBreaksInLongPhrases(segments, phrases, longest)].sort((a, b) => a - b);
}

/** ICU's word boundaries in `text`, in code points. */
function wordBoundaries(text: string): Set<number> {
  words ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const at = new Set<number>();
  for (const { index } of words.segment(text)) at.add([...text.slice(0, index)].length);
  return at;
}

/** Offsets inside a number, a term or an ideographic description sequence: never a place to break. */
function unbreakable(text: string, chars: readonly string[]): Set<number> {
  const inside = new Set<number>();
  for (const pattern of [NUMBER, TERMS]) {
    for (const match of text.matchAll(pattern)) {
      const start = [...text.slice(0, match.index)].length;
      for (let k = start + 1; k < start + [...match[0]].length; k++) inside.add(k);
    }
  }
  for (const [start, end] of descriptionSequences(chars)) for (let k = start + 1; k < end; k++) inside.add(k);
  return inside;
}

/** Word boundaries inside each phrase longer than `longest`: where MuPDF may break it, in a larger type. */
function wordBreaksInLongPhrases({ chars, words, inside }: Segmented, breaks: readonly number[], longest: number): number[] {
  const starts = [0, ...breaks, chars.length];
  const extra: number[] = [];
  for (let k = 0; k + 1 < starts.length; k++) {
    if (starts[k + 1]! - starts[k]! <= longest) continue;
    let from = starts[k]!;
    for (let at = from + 1; at < starts[k + 1]!; at++) {
      // Not before a last word of LONE characters or fewer: the heading would end on it alone (总结会议 | 召开).
      if (chars.length - at <= LONE) continue;
      // Nor after a word of one character (全 | 省): it goes with the word after it, as in phraseBreaks.
      if (countVisible(chars.slice(from, at)) <= 1) continue;
      if (words.has(at) && !inside.has(at) && mayBreakBetween(chars[at - 1]!, chars[at]!)) {
        extra.push(at);
        from = at;
      }
    }
  }
  return extra;
}

/**
 * Ideographic description sequences ([start, end) in code points): ⿰氵青
 * describes one character (清) by its parts — a name's rare character the
 * fonts lack — and is one character to the reader, never broken. An operator
 * takes two parts (three for ⿲ ⿳, one for ⿾ ⿿), each a character or a
 * sequence of its own.
 */
function descriptionSequences(chars: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = 0; at < chars.length; at++) {
    if (arity(chars[at]!) === 0) continue;
    const end = sequenceEnd(chars, at);
    spans.push([at, end]);
    at = end - 1;
  }
  return spans;
}

function sequenceEnd(chars: readonly string[], at: number): number {
  let end = at + 1;
  for (let part = 0; part < arity(chars[at] ?? '') && end < chars.length; part++) end = sequenceEnd(chars, end);
  return Math.min(end, chars.length);
}

/** How many parts an ideographic description character takes; 0 for any other character. */
function arity(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code === 0x2ff2 || code === 0x2ff3) return 3;
  if (code === 0x2ffe || code === 0x2fff) return 1;
  return (code >= 0x2ff0 && code <= 0x2ffd) || code === 0x31ef ? 2 : 0;
}

function boundaries(phrases: string[]): Set<number> {
  const at = new Set<number>();
  let offset = 0;
  for (const phrase of phrases) {
    offset += [...phrase].length;
    at.add(offset);
  }
  return at;
}

/** Characters that take a place on the line: punctuation that hangs with its neighbour does not count. */
function countVisible(chars: string[]): number {
  return chars.filter((c) => !isCompressible(c) && !/\s/u.test(c)).length;
}

/**
 * Plain text → XHTML markup of a heading or contents entry: escaped, with
 * <wbr/> between phrases, each phrase kept whole for MuPDF (keptRuns), and
 * the marks that give up half their width in <span class="half"> (punctuation.ts).
 * `size`: the element's type in ems of the body's; a larger one keeps shorter
 * phrases, for a narrow page with the reader's type set large.
 */
export function typesetPhrases(text: string, size = 1): string {
  const chars = [...text];
  const longest = Math.floor(LONGEST_KEPT / size);
  const runBreaks = lineBreaks(text, longest);
  return phraseMarkup(chars, new Set(runBreaks), keptRuns(chars, runBreaks, longest));
}

/**
 * A group that is kept on one line whole where it is short enough at `size`
 * (a motto's 敬学广惠: its first letter, then the rest in a nowrap span for
 * MuPDF), as a phrase of a heading is; a longer one is set as a heading is.
 */
export function typesetGroup(text: string, size = 1): string {
  const chars = [...text];
  const longest = Math.floor(LONGEST_KEPT / size);
  if (chars.length > longest) return typesetPhrases(text, size);
  // Its end taken for a break: the one phrase, kept as a heading's last phrase is.
  return phraseMarkup(chars, new Set(), keptRuns(chars, [chars.length], longest));
}

/** Escaped text with a <wbr/> at each break, the kept runs in nowrap spans and the halved marks (punctuation.ts). */
function phraseMarkup(chars: readonly string[], breaks: ReadonlySet<number>, kept: readonly [number, number][]): string {
  const opens = new Set(kept.map(([from]) => from));
  const closes = new Set(kept.map(([, to]) => to));
  const halved = halvedMarks([...chars]);
  return chars
    .map((char, i) => {
      const before = `${closes.has(i) ? '</span>' : ''}${breaks.has(i) ? '<wbr/>' : ''}${opens.has(i) ? '<span class="nowrap">' : ''}`;
      return `${before}${halved.has(i) ? halfMark(char) : escapeXml(char)}`;
    })
    .join('')
    .concat(closes.has(chars.length) ? '</span>' : '');
}

/**
 * [from, to) of what MuPDF must keep on one line in each phrase: all but its
 * first letter and the marks before it. MuPDF knows neither <wbr/> nor
 * keep-all and breaks Chinese text anywhere, but it decides a break before a
 * character by its line-break class and that of the last character outside a
 * nowrap span (UAX #14's pair table, html-parse.c), and never breaks before
 * one inside: with these runs in nowrap spans it breaks only before a phrase.
 * It does break between an ideograph and a digit or Latin letter either way,
 * not between two digits or Latin letters: a phrase led by one keeps no run
 * unless the next begins with an ideograph (2019年、 / 2020年、 / …: with a run
 * each, no break was left). A phrase too long for a narrow line, one with a
 * space (a place to break, and one that may become U+3000 in typeset-text.ts)
 * and the only phrase keep no run.
 */
export function keptRuns(chars: readonly string[], breaks: readonly number[], longest = LONGEST_KEPT): [number, number][] {
  if (breaks.length === 0) return [];
  const starts = [0, ...breaks];
  const clusters = graphemeStarts(chars);
  return starts.flatMap((from, k): [number, number][] => {
    const to = starts[k + 1] ?? chars.length;
    let letter = from;
    while (letter < to && /[\p{P}\s]/u.test(chars[letter]!)) letter++;
    // The span begins after the first letter with all that extends it (葛 + a variation selector).
    let after = letter + 1;
    while (after < to && !clusters.has(after)) after++;
    const breakableAfter = to === chars.length || IDEOGRAPH.test(chars[letter] ?? '') || IDEOGRAPH.test(chars[to]!);
    const kept = to - from <= longest && after < to && breakableAfter && !chars.slice(from, to).some((c) => /\s/u.test(c));
    return kept ? [[after, to]] : [];
  });
}
