// Holds --fix to its word: a fix changes the characters its rule names and
// nothing else a reader sees. Each rule computes its fix on a line or a span,
// but Markdown reads a span in its context — an invisible character deleted
// before `## ` makes a heading, NFC turns U+037E into the `;` that closes an
// entity, two paragraphs joined may pair their asterisks, a label edited no
// longer matches its definition — and two fixes of one pass, each safe alone,
// may not be safe together. So every fix is tried on the text as the fixes
// before it left it, the file is read again the way the book reads it, and
// the fix is kept only if the Markdown's structure (blocks, inline markup,
// code, link and image targets, notes, page markers, where paragraphs break)
// and the front matter's or YAML file's values are what they were, and each
// text item changed only by the fix's own characters as they read (an entity
// or escape made or lost, emphasis round other words, is a change of the
// text) — but for the change the rule makes on purpose: a joined paragraph, a
// code block that was prose, a definition printed as text. A fix refused here
// is reported with its finding, for a person to make. Pure.
import type { Token } from 'markdown-it';
import { parseDocument } from 'yaml';
import { directiveLines } from '../markdown/directives.js';
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
      // An insert made at either end of this fix would be swallowed or split by it.
      if ((start < made.end && end > made.start) || (start === end && (start === made.end || start === made.start)) || (made.start === made.end && (made.start === start || made.start === end))) taken = true;
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

/**
 * Judges a round of fixes: those that keep the lines where they are tried
 * together, the joins together, each other fix alone.
 */
function tryFixes(fixes: readonly Diagnostic[], state: GuardState): void {
  const keeping: Diagnostic[] = [];
  const joining: Diagnostic[] = [];
  const alone: Diagnostic[] = [];
  for (const d of fixes) {
    if (keepsLines(state.original.slice(...d.fix!.range), d.fix!.text)) keeping.push(d);
    else if (state.options.reshapes?.(d.ruleId) === 'joins-paragraphs') joining.push(d);
    else alone.push(d);
  }
  tryBatch(keeping, state);
  tryBatch(joining, state);
  for (const d of alone) tryBatch([d], state);
}

/**
 * Applies the fixes together if the text then reads as they mean; else each
 * half in turn, down to one fix judged alone. A batch is all fixes that keep
 * the lines where they are (a paragraph break one adds and another takes away
 * cannot hide each other), or all joins, held to the very paragraphs they join.
 */
function tryBatch(fixes: readonly Diagnostic[], state: GuardState): void {
  if (fixes.length === 0) return;
  const next = withEdits(state, fixes);
  const nextReading = readSource(next, state.options.kind);
  const edits = fixes.map((d) => ({ old: state.original.slice(...d.fix!.range), new: d.fix!.text }));
  const why =
    fixes.length === 1
      ? changeOutsideFix(state.reading, nextReading, edits[0]!, state.options.reshapes?.(fixes[0]!.ruleId))
      : (keepsLines(edits[0]!.old, edits[0]!.new) ? sameReading(state.reading, nextReading, edits) : joinedAsMeant(state, fixes, nextReading))
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
  tryBatch(fixes.slice(0, half), state);
  tryBatch(fixes.slice(half), state);
}

/** Where offsets of the original text (in order, none inside an edit made) stand in the current text. */
function currentOffsets(state: GuardState, offsets: readonly number[]): number[] {
  const edits = state.edits;
  let e = 0;
  let shift = 0;
  return offsets.map((offset) => {
    while (e < edits.length && edits[e]!.end <= offset) shift += edits[e++]!.delta;
    return offset + shift;
  });
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

/** Fixes tried together: the same structure and values, and every change of the text one of theirs, in order. */
function sameReading(a: Reading, b: Reading, edits: readonly Edit[]): boolean {
  return (
    a.split === b.split &&
    sameItems(a.shape, b.shape) &&
    sameItems(a.starts.map(String), b.starts.map(String)) &&
    JSON.stringify(a.values) === JSON.stringify(b.values) &&
    textsExplained(a.texts, b.texts, edits)
  );
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
  /** The text a reader sees of each text item of the shape (escapes and entities as they read); '' for the rest. */
  texts: string[];
  /** The 0-based line of the body each block of the shape starts on (-1 for what is inline): where its paragraph breaks fall. */
  starts: number[];
  /** The 0-based line of the file where the body starts. */
  bodyLine: number;
}

interface Edit {
  old: string;
  new: string;
}

function readSource(text: string, kind: SourceKind): Reading {
  if (kind === 'yaml') return { values: yamlValues(text), split: true, shape: [], texts: [], starts: [], bodyLine: 0 };
  const split = splitFrontMatter(text.replace(/^\uFEFF/, ''));
  if (!split) return { values: undefined, split: false, bodyLine: 0, ...markdownShape(text) };
  return { values: yamlValues(split.yaml), split: true, bodyLine: split.bodyLine - 1, ...markdownShape(split.body) };
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
 * The body as a list of what the book makes of it: block and inline tokens by
 * type, with what a fix must never touch (code, link and image targets, note
 * labels, page numbers) spelled out, and beside each the text it shows. Text,
 * soft breaks, escapes and entities are one text item: what a reader sees.
 */
function markdownShape(body: string): { shape: string[]; texts: string[]; starts: number[] } {
  const shape: string[] = [];
  const texts: string[] = [];
  const starts: number[] = [];
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'inline') {
        walk(token.children ?? []);
        continue;
      }
      const text = readText(token);
      if (text !== undefined && shape[shape.length - 1] === 'text') {
        texts[texts.length - 1] += text;
        continue;
      }
      shape.push(text !== undefined ? 'text' : itemOf(token));
      texts.push(text ?? '');
      starts.push(token.block && token.nesting !== -1 ? (token.map?.[0] ?? -1) : -1);
    }
  };
  // Parsed without its directive lines, as the book is; its lines numbered as the body's own.
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const directives = directiveLines(lines);
  const kept = [...lines.keys()].filter((i) => !directives.has(i));
  walk(markdownStructureParser().parse(directives.size === 0 ? lines.join('\n') : kept.map((i) => lines[i]).join('\n'), {}));
  if (directives.size > 0) for (const [k, line] of starts.entries()) if (line >= 0) starts[k] = kept[line] ?? line;
  return { shape, texts, starts };
}

/** What a text token shows, or undefined for any other token. */
function readText(token: Token): string | undefined {
  if (token.type === 'text' || token.type === 'text_special') return token.content;
  if (token.type === 'softbreak') return '\n';
  return undefined;
}

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
function textsExplained(before: readonly string[], after: readonly string[], edits: readonly Edit[]): boolean {
  const ways: (Edit[] | undefined)[] = [];
  const waysOf = (k: number) => (ways[k] ??= readings(edits[k]!));
  let next = 0;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    const used = explain(before[i]!, after[i]!, waysOf, edits.length, next);
    if (used === undefined) return false;
    next = used;
  }
  return true;
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
    if (k > first && p === floor && text[p] === '\n' && target[q] !== '\n') {
      p++;
      floor = p;
      continue;
    }
    if (k > first && p === floor && target[q] === '\n' && text[p] !== '\n') {
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
        if (!placed && text[p] === '\n') place(p + 1, q);
        if (!placed && target[q] === '\n') place(p, q + 1);
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

/**
 * Joins tried together: the text reads as before with exactly their
 * paragraphs joined — each join's paragraph end and the next paragraph's start
 * gone (a page marker between them set inline), the two texts one after the
 * other without the second's indentation, every later block as many lines up
 * as the join took away — and nothing else changed.
 */
function joinedAsMeant(state: GuardState, joins: readonly Diagnostic[], after: Reading): boolean {
  const before = state.reading;
  if (before.split !== after.split || JSON.stringify(before.values) !== JSON.stringify(after.values)) return false;
  // The line (of the body, as the text stands) where each join's second paragraph starts.
  const ends = currentOffsets(state, joins.map((d) => d.fix!.range[1]));
  const lines: number[] = [];
  let line = 0;
  let from = 0;
  for (const offset of ends) {
    for (let i = state.current.indexOf('\n', from); i >= 0 && i < offset; i = state.current.indexOf('\n', i + 1)) line++;
    from = Math.max(from, offset);
    lines.push(line - before.bodyLine);
  }
  const removed = joins.map((d) => newlines(state.original.slice(...d.fix!.range)) - newlines(d.fix!.text));
  const openAt = new Map<number, number>();
  for (const [k, item] of before.shape.entries()) if (item === 'paragraph_open p') openAt.set(before.starts[k]!, k);
  const dropped = new Set<number>();
  const inline = new Set<number>();
  const unindented = new Set<number>();
  for (const start of lines) {
    const j = openAt.get(start);
    if (j === undefined) return false;
    let i = j - 1;
    for (; before.shape[i]?.startsWith('page '); i--) inline.add(i);
    if (before.shape[i] !== 'paragraph_close p') return false;
    dropped.add(i).add(j);
    unindented.add(j + 1);
  }
  const shape: string[] = [];
  const texts: string[] = [];
  const starts: number[] = [];
  let join = 0;
  let shift = 0;
  for (const [k, item] of before.shape.entries()) {
    if (dropped.has(k)) continue;
    const text = unindented.has(k) ? before.texts[k]!.replace(/^[\s\u3000]+/u, '') : before.texts[k]!;
    if (item === 'text' && shape[shape.length - 1] === 'text') {
      texts[texts.length - 1] += text;
      continue;
    }
    let start = inline.has(k) ? -1 : before.starts[k]!;
    if (start >= 0) {
      while (join < lines.length && lines[join]! <= start) shift += removed[join++]!;
      start -= shift;
    }
    shape.push(item);
    texts.push(text);
    starts.push(start);
  }
  return sameItems(shape, after.shape) && sameItems(texts, after.texts) && sameItems(starts.map(String), after.starts.map(String));
}

function itemOf(token: Token): string {
  switch (token.type) {
    case 'paragraph_open':
    case 'paragraph_close':
      // A tight list's paragraphs are hidden: a list made loose (its items wrapped in <p>) reads otherwise.
      return `${token.type} p${token.hidden ? ' hidden' : ''}`;
    case 'footnote_ref':
      return `footnote_ref ${(token.meta as { label?: string }).label ?? ''}`;
    case 'code_inline':
    case 'code_block':
    case 'fence':
      return `${token.type} ${JSON.stringify(token.content)}`;
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
  if (reshape && !sameItems(before.shape, after.shape)) {
    if (reshaped(before, after, reshape)) return undefined;
    // The structure changed as the rule means, but not the text as it means (a join that pairs asterisks in the text).
    const blank = (reading: Reading): Reading => ({ ...reading, texts: reading.texts.map(() => '') });
    return reshaped(blank(before), blank(after), reshape) ? TEXT_CHANGED : `the fix would ${describe(...difference(before.shape, after.shape))}`;
  }
  if (!sameItems(before.shape, after.shape)) return `the fix would ${describe(...difference(before.shape, after.shape))}`;
  if (keepsLines(edit.old, edit.new) && !sameItems(before.starts.map(String), after.starts.map(String))) return 'the fix would move a paragraph break';
  if (!textsExplained(before.texts, after.texts, [edit])) return TEXT_CHANGED;
  return undefined;
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

const TEXT_CHANGED = 'the fix would change more of the text than the characters it names: an entity or an escape, or where emphasis or a link begins or ends';

/** What the structure lost and gained between the parts both readings share: for the message. */
function difference(before: readonly string[], after: readonly string[]): [gained: string[], lost: string[]] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [after.slice(start, after.length - end), before.slice(start, before.length - end)];
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Did the structure change only as the rule's fix means to, the text of all else as it was? */
function reshaped(before: Reading, after: Reading, reshape: FixReshape): boolean {
  const { shape, texts } = before;
  const same = (k: number, l: number) => after.shape[l] === shape[k] && after.texts[l] === texts[k];
  switch (reshape) {
    case 'joins-paragraphs':
      // One paragraph's end and the next one's start go (a page marker between them stays, inline),
      // and the text on either side of the join is one text item, the two texts one after the other.
      // Near where the two readings first differ: the join's end of paragraph is there.
      let first = 0;
      while (first < shape.length && first < after.shape.length && shape[first] === after.shape[first] && texts[first] === after.texts[first]) first++;
      for (let i = Math.max(0, first - 3); i < Math.min(shape.length, first + 4); i++) {
        if (shape[i] !== 'paragraph_close p') continue;
        let j = i + 1;
        while (shape[j]?.startsWith('page ')) j++;
        if (shape[j] !== 'paragraph_open p') continue;
        const kept = [...shape.keys()].filter((k) => k !== i && k !== j);
        const joined: { item: string; text: string }[] = [];
        for (const k of kept) {
          const last = joined[joined.length - 1];
          // The next paragraph's indentation goes with the join (cjk-page-break-split.ts).
          if (shape[k] === 'text' && last?.item === 'text') last.text += k > j ? texts[k]!.replace(/^[\s\u3000]+/u, '') : texts[k];
          else joined.push({ item: shape[k]!, text: texts[k]! });
        }
        if (joined.length === after.shape.length && joined.every((entry, l) => entry.item === after.shape[l] && entry.text === after.texts[l])) return true;
      }
      return false;
    case 'code-to-paragraphs': {
      // A code block becomes paragraphs of its text, with nothing in them Markdown would read.
      let i = 0;
      while (i < shape.length && same(i, i)) i++;
      if (!shape[i]?.startsWith('code_block ')) return false;
      const rest = shape.length - i - 1;
      const middle = after.shape.slice(i, after.shape.length - rest);
      for (let k = 0; k < rest; k++) if (!same(i + 1 + k, after.shape.length - rest + k)) return false;
      if (middle.length === 0 || middle.length % 3 !== 0) return false;
      for (let k = 0; k < middle.length; k += 3) {
        if (middle[k] !== 'paragraph_open p' || middle[k + 1] !== 'text' || middle[k + 2] !== 'paragraph_close p') return false;
      }
      const code = JSON.parse(shape[i]!.slice('code_block '.length)) as string;
      const prose = after.texts.slice(i, after.shape.length - rest).join('');
      return code.replace(/\s/gu, '') === prose.replace(/\s/gu, '');
    }
    case 'definition-to-paragraph': {
      // A definition (no token of its own) becomes a paragraph of inline content; all else stays.
      const inserted = after.shape.length - shape.length;
      if (inserted < 3) return false;
      const sameFromEnd = (k: number) => same(k, k + inserted);
      for (let i = 0; i <= shape.length; i++) {
        if (i > 0 && !same(i - 1, i - 1)) return false;
        if (after.shape[i] !== 'paragraph_open p' || after.shape[i + inserted - 1] !== 'paragraph_close p') continue;
        if (!after.starts.slice(i + 1, i + inserted - 1).every((line) => line === -1)) continue;
        let rest = true;
        for (let k = i; k < shape.length && rest; k++) rest = sameFromEnd(k);
        if (rest) return true;
      }
      return false;
    }
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
