// Holds --fix to its word: a fix changes the characters its rule names and
// nothing else a reader sees. Each rule computes its fix on a line or a span,
// but Markdown reads a span in its context — an invisible character deleted
// before `## ` makes a heading, NFC turns U+037E into the `;` that closes an
// entity, two paragraphs joined may pair their asterisks, a label edited no
// longer matches its definition — and two fixes of one pass, each safe alone,
// may not be safe together. So every fix is tried on the text as the fixes
// before it left it, the file is read again the way the book reads it, and
// the fix is kept only if the Markdown's structure (blocks, inline markup,
// entities and escapes, code, link and image targets, notes, page markers) and
// the front matter's or YAML file's values are what they were, but for the
// change the rule makes on purpose: a joined paragraph, a code block that was
// prose, a definition printed as text. A fix refused here is reported with its
// finding, for a person to make. Pure.
import type { Token } from 'markdown-it';
import { parseDocument } from 'yaml';
import { stripDirectives } from '../markdown/directives.js';
import { splitFrontMatter } from '../markdown/front-matter.js';
import { markdownStructureParser } from '../markdown/parser.js';
import type { Diagnostic } from '../diagnostic.js';
import type { FixReshape } from './rule.js';

export type SourceKind = 'article' | 'yaml';

export interface GuardedFixes {
  text: string;
  applied: Diagnostic[];
  /** Fixes left for a person, each with why. */
  refused: Map<Diagnostic, string>;
}

export interface GuardOptions {
  kind: SourceKind;
  /** What each rule's fix reshapes on purpose, by rule id. */
  reshapes?: (ruleId: string) => FixReshape | undefined;
  /** 1-based lines of this file that check.yaml ignores a finding on: a fix must not move them. */
  anchoredLines?: readonly number[];
}

/**
 * Applies the fixes that keep the text reading as before, each judged on the
 * text the fixes before it left. Fixes are tried together first and the batch
 * halved where it fails, so a file of many findings costs a few readings, not
 * one a fix; a fix refused leaves its place to another that wants it.
 */
export function applyGuardedFixes(text: string, diagnostics: readonly Diagnostic[], options: GuardOptions): GuardedFixes {
  const pending = diagnostics
    .filter((d) => d.fix && d.fix.range[0] <= d.fix.range[1] && d.fix.range[1] <= text.length)
    .sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const state: GuardState = { original: text, current: text, reading: readSource(text, options.kind), edits: [], applied: [], refused: new Map(), options };
  for (;;) {
    const round = chooseRound(pending, state);
    if (round.length === 0) break;
    tryFixes(round, state);
  }
  state.applied.sort((a, b) => a.fix!.range[0] - b.fix!.range[0]);
  return { text: state.current, applied: state.applied, refused: state.refused };
}

interface GuardState {
  original: string;
  current: string;
  reading: Reading;
  /** The edits made, in the original text's offsets, in order. */
  edits: { start: number; end: number; delta: number }[];
  applied: Diagnostic[];
  refused: Map<Diagnostic, string>;
  options: GuardOptions;
}

/** Fixes not yet judged that overlap no edit made and no other fix of the round (as fix.ts's selectFixes). */
function chooseRound(pending: readonly Diagnostic[], state: GuardState): Diagnostic[] {
  const round: Diagnostic[] = [];
  const judged = new Set([...state.applied, ...state.refused.keys()]);
  const edits = state.edits;
  let e = 0;
  let cursor = 0;
  let lastEnd = -1;
  for (const d of pending) {
    if (judged.has(d)) continue;
    const [start, end] = d.fix!.range;
    while (e < edits.length && edits[e]!.end < start) e++;
    // An edit made that overlaps it, or one at the same point (two edits there would depend on their order): the next pass.
    let taken = false;
    for (let k = e; k < edits.length && edits[k]!.start <= end; k++) {
      const made = edits[k]!;
      if ((start < made.end && end > made.start) || (start === end && (start === made.end || start === made.start)) || (made.start === made.end && made.start === start)) taken = true;
    }
    if (taken || start < cursor || (start === end && start === lastEnd)) continue;
    const moved = movesAnchoredLine(state.original, start, end, d.fix!.text, state.options.anchoredLines ?? []);
    if (moved !== undefined) {
      state.refused.set(d, `the fix would move line ${moved}, where check.yaml ignores a finding (change that line in check.yaml too)`);
      continue;
    }
    round.push(d);
    cursor = end;
    lastEnd = end;
  }
  return round;
}

/** Applies the fixes together if the text then reads the same; else each half in turn, down to one fix judged alone. */
function tryFixes(fixes: readonly Diagnostic[], state: GuardState): void {
  // Together only fixes that keep the lines where they are, so that a paragraph break one adds and
  // one another takes away (a join) cannot hide each other.
  const together = fixes.length > 1 && fixes.every((d) => keepsLines(state.original.slice(...d.fix!.range), d.fix!.text));
  if (fixes.length > 1 && !together) {
    const half = fixes.length >> 1;
    tryFixes(fixes.slice(0, half), state);
    tryFixes(fixes.slice(half), state);
    return;
  }
  const next = withEdits(state, fixes);
  const nextReading = readSource(next, state.options.kind);
  const fix = fixes[0]!;
  const why =
    fixes.length === 1
      ? changeOutsideFix(state.reading, nextReading, { old: state.original.slice(...fix.fix!.range), new: fix.fix!.text }, state.options.reshapes?.(fix.ruleId))
      : sameReading(state.reading, nextReading)
        ? undefined
        : 'split';
  if (why === undefined) {
    state.current = next;
    state.reading = nextReading;
    for (const d of fixes) {
      state.edits.push({ start: d.fix!.range[0], end: d.fix!.range[1], delta: d.fix!.text.length - (d.fix!.range[1] - d.fix!.range[0]) });
      state.applied.push(d);
    }
    state.edits.sort((a, b) => a.start - b.start || a.end - b.end);
    return;
  }
  if (fixes.length === 1) {
    state.refused.set(fixes[0]!, why);
    return;
  }
  const half = fixes.length >> 1;
  tryFixes(fixes.slice(0, half), state);
  tryFixes(fixes.slice(half), state);
}

/** The current text with the fixes (ranges in the original text, in order, none overlapping an edit made) applied. */
function withEdits(state: GuardState, fixes: readonly Diagnostic[]): string {
  const edits = state.edits;
  let e = 0;
  let shift = 0;
  // Where an offset of the original text stands now: after every edit that ends at or before it.
  const at = (offset: number) => {
    while (e < edits.length && edits[e]!.end <= offset) shift += edits[e++]!.delta;
    return offset + shift;
  };
  const parts: string[] = [];
  let cursor = 0;
  for (const d of fixes) {
    const [start, end] = d.fix!.range;
    parts.push(state.current.slice(cursor, at(start)), d.fix!.text);
    cursor = at(end);
  }
  parts.push(state.current.slice(cursor));
  return parts.join('');
}

function sameReading(a: Reading, b: Reading): boolean {
  return a.split === b.split && sameItems(a.shape, b.shape) && sameItems(a.starts.map(String), b.starts.map(String)) && JSON.stringify(a.values) === JSON.stringify(b.values);
}

const newlines = (text: string) => text.split('\n').length - 1;
const keepsLines = (old: string, replacement: string) => newlines(old) === newlines(replacement);

/** The first anchored line after the edit's own that a change in the number of lines would move. */
function movesAnchoredLine(text: string, start: number, end: number, replacement: string, anchored: readonly number[]): number | undefined {
  if (anchored.length === 0 || keepsLines(text.slice(start, end), replacement)) return undefined;
  const editLine = newlines(text.slice(0, start)) + 1;
  return anchored.filter((line) => line > editLine).sort((a, b) => a - b)[0];
}

/** How the book reads a source: its YAML's values, and (an article) its body's Markdown structure. */
interface Reading {
  /** The YAML's value; undefined when it does not parse. */
  values: unknown;
  /** An article's front matter fences are where they were. */
  split: boolean;
  shape: string[];
  /** The line each block of the shape starts on (-1 for what is inline): where its paragraph breaks fall. */
  starts: number[];
}

function readSource(text: string, kind: SourceKind): Reading {
  if (kind === 'yaml') return { values: yamlValues(text), split: true, shape: [], starts: [] };
  const split = splitFrontMatter(text.replace(/^\uFEFF/, ''));
  if (!split) return { values: undefined, split: false, ...markdownShape(text) };
  return { values: yamlValues(split.yaml), split: true, ...markdownShape(split.body) };
}

function yamlValues(text: string): unknown {
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/**
 * The body as a list of what the book makes of it, its text left out: block
 * and inline tokens by type, with what a fix must never touch (code, link and
 * image targets, note labels, page numbers, which entity or escape) spelled
 * out. Text and soft breaks read as one item: a fix changes text.
 */
export function markdownShape(body: string): { shape: string[]; starts: number[] } {
  const shape: string[] = [];
  const starts: number[] = [];
  const push = (item: string, line: number) => {
    if (item === 'text' && shape[shape.length - 1] === 'text') return;
    shape.push(item);
    starts.push(line);
  };
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'inline') walk(token.children ?? []);
      else push(itemOf(token), token.block && token.nesting !== -1 ? (token.map?.[0] ?? -1) : -1);
    }
  };
  walk(markdownStructureParser().parse(stripDirectives(body.replace(/\r\n?/g, '\n')), {}));
  return { shape, starts };
}

function itemOf(token: Token): string {
  switch (token.type) {
    case 'text':
    case 'softbreak':
      return 'text';
    case 'code_inline':
    case 'code_block':
    case 'fence':
      return `${token.type} ${JSON.stringify(token.content)}`;
    case 'text_special':
      return `${token.info} ${JSON.stringify(token.content)}`;
    case 'link_open':
      return `link ${token.attrGet('href')}`;
    case 'image':
      return `image ${token.attrGet('src')}`;
    case 'page_break':
      return `page ${(token.meta as { page: number }).page}`;
    case 'ordered_list_open':
      return `ordered_list_open ${token.attrGet('start') ?? 1}`;
    default:
      return token.tag ? `${token.type} ${token.tag}` : token.type;
  }
}

/** Why the change from `before` to `after` is more than the fix says, or undefined when it is not. */
function changeOutsideFix(before: Reading, after: Reading, edit: { old: string; new: string }, reshape: FixReshape | undefined): string | undefined {
  if (before.split !== after.split) return 'the fix would move the end of the front matter';
  if (before.values !== undefined) {
    if (after.values === undefined) return 'the YAML would no longer read';
    const path = valueChange(before.values, after.values, edit);
    if (path !== undefined) return `the fix would change more of ${path} than the characters it names`;
  }
  const change = shapeChange(before.shape, after.shape, reshape, edit.old);
  if (change === undefined && keepsLines(edit.old, edit.new) && sameItems(before.shape, after.shape) && !sameItems(before.starts.map(String), after.starts.map(String))) {
    return 'the fix would move a paragraph break';
  }
  return change;
}

/** The first value that differs otherwise than by the edit (its key path), or undefined. */
function valueChange(before: unknown, after: unknown, edit: { old: string; new: string }, path = ''): string | undefined {
  const where = path || 'the file';
  if (typeof before === 'string' && typeof after === 'string') return before === after || editedOnce(before, after, edit) ? undefined : where;
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return where;
    for (let i = 0; i < before.length; i++) {
      const found = valueChange(before[i], after[i], edit, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = Object.keys(before);
    if (keys.join('\0') !== Object.keys(after).join('\0')) return where;
    for (const key of keys) {
      const found = valueChange(before[key], after[key], edit, path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return undefined;
  }
  return Object.is(before, after) || (before instanceof Date && after instanceof Date && before.getTime() === after.getTime()) ? undefined : where;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** `after` is `before` with one occurrence of the edit's old text made its new text. */
function editedOnce(before: string, after: string, edit: { old: string; new: string }): boolean {
  if (edit.old === '') return false;
  for (let at = before.indexOf(edit.old); at >= 0; at = before.indexOf(edit.old, at + 1)) {
    if (before.slice(0, at) + edit.new + before.slice(at + edit.old.length) === after) return true;
  }
  return false;
}

/** What the structure gained or lost, in a reader's words, or undefined when it is the same (or changed as the rule meant). */
export function shapeChange(before: readonly string[], after: readonly string[], reshape: FixReshape | undefined, replaced = ''): string | undefined {
  if (sameItems(before, after)) return undefined;
  if (reshape && reshaped(before, after, reshape)) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const lost = before.slice(start, before.length - end);
  const gained = after.slice(start, after.length - end);
  // The fix replaces an escape or an entity it names (\( → （) with text: meant.
  const escapes = lost.filter((item) => /^(escape|entity) /.test(item)).length;
  if (gained.every((item) => item === 'text') && lost.every((item) => item === 'text' || /^(escape|entity) /.test(item)) && escapes <= escapesIn(replaced)) return undefined;
  return `the fix would ${describe(gained, lost)}`;
}

/** How many backslash escapes and entities a piece of source holds, at most. */
function escapesIn(source: string): number {
  return (source.match(/\\[!-\/:-@[-`{-~]|&#?\w+;/g) ?? []).length;
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Text items side by side read as one, as in markdownShape. */
function collapse(items: readonly string[]): string[] {
  return items.filter((item, i) => !(item === 'text' && items[i - 1] === 'text'));
}

/** Did the structure change only as the rule's fix means to? */
function reshaped(before: readonly string[], after: readonly string[], reshape: FixReshape): boolean {
  switch (reshape) {
    case 'joins-paragraphs':
      // One paragraph's end and the next one's start go (a page marker between them stays, inline).
      for (let i = 0; i < before.length; i++) {
        if (before[i] !== 'paragraph_close p') continue;
        let j = i + 1;
        while (before[j]?.startsWith('page ')) j++;
        if (before[j] !== 'paragraph_open p') continue;
        if (sameItems(collapse([...before.slice(0, i), ...before.slice(i + 1, j), ...before.slice(j + 1)]), after)) return true;
      }
      return false;
    case 'code-to-paragraphs': {
      // A code block becomes paragraphs of plain text, with nothing in them Markdown would read.
      const i = before.findIndex((item, k) => item.startsWith('code_block ') && sameItems(before.slice(0, k), after.slice(0, k)));
      if (i < 0) return false;
      const rest = before.slice(i + 1);
      const middle = after.slice(i, after.length - rest.length);
      if (!sameItems(after.slice(after.length - rest.length), rest) || middle.length === 0 || middle.length % 3 !== 0) return false;
      for (let k = 0; k < middle.length; k += 3) {
        if (middle[k] !== 'paragraph_open p' || middle[k + 1] !== 'text' || middle[k + 2] !== 'paragraph_close p') return false;
      }
      return true;
    }
    case 'definition-to-paragraph':
      // A definition (no token of its own) becomes a paragraph: its escaped [ and its text.
      for (let i = 0; i <= before.length; i++) {
        const expected = [...before.slice(0, i), 'paragraph_open p', 'escape "["', 'text', 'paragraph_close p', ...before.slice(i)];
        if (sameItems(expected, after)) return true;
      }
      return false;
  }
}

const WORDS: [RegExp, string][] = [
  [/^heading_open/, 'a heading'],
  [/^(bullet|ordered)_list_open/, 'a list'],
  [/^blockquote_open/, 'a quote'],
  [/^hr/, 'a rule'],
  [/^(code_block|fence|code_inline) /, 'code'],
  [/^table_open/, 'a table'],
  [/^em_open/, 'emphasis'],
  [/^strong_open/, 'bold'],
  [/^link /, 'a link'],
  [/^image /, 'a picture'],
  [/^(entity|escape) /, 'an entity or escape'],
  [/^hardbreak/, 'a line break'],
  [/^footnote/, 'a note'],
  [/^page /, 'a page marker'],
  [/^paragraph_(open|close)/, 'a paragraph break'],
];

function describe(gained: readonly string[], lost: readonly string[]): string {
  const words = (items: readonly string[]) => [...new Set(items.map((item) => WORDS.find(([pattern]) => pattern.test(item))?.[1]).filter((w) => w !== undefined))];
  const made = words(gained);
  const gone = words(lost);
  const parts = [...(made.length ? [`make ${made.join(', ')}`] : []), ...(gone.length ? [`lose ${gone.join(', ')}`] : [])];
  return parts.length ? parts.join(' and ') : 'change how Markdown reads the text';
}
