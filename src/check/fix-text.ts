// Is every change of the text the fixes' own? For the --fix guard
// (fix-guard.ts): the text items of two readings (fix-reading.ts) compared
// in one walk, the fixes' characters placed where the texts first differ. Pure.
import { markdownStructureParser } from '../markdown/parser.js';
import { readText } from './fix-reading.js';

/** A fix as a change of text: what it replaces, and with what. */
export interface Edit {
  old: string;
  new: string;
}

export const newlines = (text: string) => text.split('\n').length - 1;
export const keepsLines = (old: string, replacement: string) => newlines(old) === newlines(replacement);

// Characters inline Markdown may read otherwise than as written (NUL reads as U+FFFD).
const INLINE_SYNTAX = /[\\&*_`[\]<>!~\n\r\0]/;

/** What a piece of source shows, read as inline Markdown. */
function rendered(source: string): string {
  if (!INLINE_SYNTAX.test(source)) return source;
  const children = markdownStructureParser().parseInline(source, {})[0]?.children ?? [];
  return children.map((token) => readText(token) ?? '').join('');
}

/**
 * Is every change of a text item the fixes' own, in their order: each item as
 * it was, or made what it is by the next fixes' characters, as they read? A
 * fix may change nothing visible (spaces before a line's end); none may move
 * text from one item to another (emphasis round other words).
 */
export function textsExplained(before: readonly string[], after: readonly string[], edits: readonly Edit[]): boolean {
  return firstUnexplained(before, after, edits) < 0;
}

/** The first text item whose change the fixes do not explain (textsExplained), or -1 when there is none. */
export function firstUnexplained(before: readonly string[], after: readonly string[], edits: readonly Edit[]): number {
  const ways: (Edit[] | undefined)[] = [];
  const waysOf = (k: number) => (ways[k] ??= readings(edits[k]!));
  let next = 0;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    const used = explain(before[i]!, after[i]!, waysOf, edits.length, next);
    if (used === undefined) return i;
    next = used;
  }
  return -1;
}

/**
 * The index past the last edit that makes `text` into `target`, the edits from
 * `first` on applied in order, each after the last (an edit may show nowhere:
 * it is passed over), or undefined when they do not. Linear: the two texts are
 * walked side by side, and where they first differ the next edit that reads so
 * there is placed — at that point, or as far before it as the edit is long
 * (an insert of a character the text repeats may stand earlier).
 */
function explain(text: string, target: string, waysOf: (k: number) => readonly Edit[], count: number, first: number): number | undefined {
  let p = 0;
  let q = 0;
  let floor = 0;
  let k = first;
  for (;;) {
    while (p < text.length && q < target.length && text.charCodeAt(p) === target.charCodeAt(q)) {
      p++;
      q++;
    }
    if (p === text.length && q === target.length) return k;
    // The same, right after an edit.
    if (k > first && p === floor && text[p] === '\n' && target[q] !== '\n' && wideBeside(text, p)) {
      p++;
      floor = p;
      continue;
    }
    if (k > first && p === floor && target[q] === '\n' && text[p] !== '\n' && wideBeside(target, q)) {
      q++;
      continue;
    }
    let placed = false;
    for (; k < count && !placed; k++) {
      for (const way of waysOf(k)) {
        const reach = Math.max(way.old.length, way.new.length);
        const place = (at: number, t: number) => {
          if (!text.startsWith(way.old, at) || !target.startsWith(way.new, t)) return false;
          p = at + way.old.length;
          q = t + way.new.length;
          floor = p;
          return (placed = true);
        };
        for (let at = p; at >= Math.max(floor, p - reach) && !placed; at--) place(at, q - (p - at));
        // A line break right before the edit that the edit's characters make read otherwise (a
        // full-width mark beside it: no space where the line breaks, markdown-it-cjk-breaks).
        if (!placed && text[p] === '\n' && wideBeside(text, p)) place(p + 1, q);
        if (!placed && target[q] === '\n' && wideBeside(target, q)) place(p, q + 1);
        if (placed) break;
      }
    }
    if (!placed) return undefined;
  }
}

// East Asian wide characters (ideographs of the BMP and beyond, kana, hangul, CJK and full-width marks).
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\ufe30-\ufe4f\u2e80-\u2eff\ud840-\ud8bf\udc00-\udfff]/u;

/**
 * Is a wide character beside the line break at `at`? Only there does
 * markdown-it-cjk-breaks read a break as nothing, so only there may a fix's
 * characters make one read otherwise (Hello\u200b\nworld: the break that shows
 * once the zero-width space goes is the fix's change of the text, refused).
 */
function wideBeside(text: string, at: number): boolean {
  return WIDE.test(text[at - 1] ?? '') || WIDE.test(text[at + 1] ?? '');
}

/**
 * The ways an edit's characters may read in a text item: as inline Markdown
 * reads them (\( as "("), as written (a snippet of white space alone reads as
 * nothing), and without the spaces and tabs Markdown drops at a line's ends.
 */
function readings(edit: Edit): Edit[] {
  const bare = (text: string) => text.replace(/[ \t]+/g, '');
  const ways = [
    { old: rendered(edit.old), new: rendered(edit.new) },
    { old: edit.old, new: edit.new },
    { old: bare(edit.old), new: bare(edit.new) },
  ];
  return ways.filter((way, k) => way.old !== way.new && ways.findIndex((other) => other.old === way.old && other.new === way.new) === k);
}
