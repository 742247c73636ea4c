// Is every change of the text the fixes' own? For the --fix guard
// (fix-guard.ts): the text items of two readings (fix-reading.ts) compared
// in one walk, the fixes' characters placed where the texts first differ. Pure.
import { markdownStructureParser } from '../markdown/parser.js';
import { breakReadsAsNothing } from '../markdown/cjk-breaks.js';
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
export function textsExplained(before: readonly string[], after: readonly string[], edits: readonly Edit[], kinds?: readonly TextKind[]): boolean {
  return firstUnexplained(before, after, edits, kinds) < 0;
}

/**
 * What an item is to the text around a line break (markdown-it-cjk-breaks
 * looks past markup to the letters on either side, within one paragraph):
 * text, markup it looks past, or the edge of a block. Without kinds, each
 * item is a text of its own (a YAML value).
 */
export type TextKind = 'text' | 'markup' | 'block';

/** The first text item whose change the fixes do not explain (textsExplained), or -1 when there is none. */
export function firstUnexplained(before: readonly string[], after: readonly string[], edits: readonly Edit[], kinds?: readonly TextKind[]): number {
  const ways: (Edit[] | undefined)[] = [];
  const waysOf = (k: number) => (ways[k] ??= readings(edits[k]!));
  // What lies around each item, found only when a line break beside a fix asks.
  let around: { before: string[]; after: string[] } | undefined;
  let next = 0;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    const beside = (): [string, string] => {
      if (!kinds) return ['', ''];
      around ??= surroundings(after, kinds);
      return [around.before[i]!, around.after[i]!];
    };
    const used = explain(before[i]!, after[i]!, waysOf, edits.length, next, beside);
    if (used === undefined) return i;
    next = used;
  }
  return -1;
}

// How much of the text on either side a break's reading looks at: past a few marks (“ … ——) to a letter.
const CONTEXT = 16;

/** The text the reader sees just before and just after each item, within its block. */
function surroundings(texts: readonly string[], kinds: readonly TextKind[]): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  let tail = '';
  for (let i = 0; i < texts.length; i++) {
    if (kinds[i] === 'block') tail = '';
    before.push(tail);
    if (kinds[i] === 'text') tail = (tail + texts[i]!.slice(-CONTEXT)).slice(-CONTEXT);
  }
  let head = '';
  for (let i = texts.length - 1; i >= 0; i--) {
    if (kinds[i] === 'block') head = '';
    after[i] = head;
    if (kinds[i] === 'text') head = (texts[i]!.slice(0, CONTEXT) + head).slice(0, CONTEXT);
  }
  return { before, after };
}

/**
 * The index past the last edit that makes `text` into `target`, the edits from
 * `first` on applied in order, each after the last (an edit may show nowhere:
 * it is passed over), or undefined when they do not. Linear: the two texts are
 * walked side by side, and where they first differ the next edit that reads so
 * there is placed — at that point, or as far before it as the edit is long
 * (an insert of a character the text repeats may stand earlier).
 */
function explain(text: string, target: string, waysOf: (k: number) => readonly Edit[], count: number, first: number, beside: () => [string, string]): number | undefined {
  // Does a line break that stood at `t` of the target read as nothing there (markdown-it-cjk-breaks' rule)?
  const gone = (t: number) => {
    const before = t >= CONTEXT ? target.slice(t - CONTEXT, t) : beside()[0] + target.slice(0, t);
    const after = t + CONTEXT <= target.length ? target.slice(t, t + CONTEXT) : target.slice(t) + beside()[1];
    return breakReadsAsNothing(before, after);
  };
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
    // A line break right after an edit that the edit's characters make read as nothing (a
    // full-width mark now beside it). One that shows where it did not is a change of the text.
    if (k > first && p === floor && text[p] === '\n' && target[q] !== '\n' && gone(q)) {
      p++;
      floor = p;
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
        // The same, right before the edit.
        if (!placed && text[p] === '\n' && gone(q)) place(p + 1, q);
        if (placed) break;
      }
    }
    if (!placed) return undefined;
  }
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
