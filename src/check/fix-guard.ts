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
import type { Diagnostic } from '../diagnostic.js';
import { changeOutsideFix, describe, difference, TEXT_CHANGED, valueChange } from './fix-changes.js';
import { readSource, sameItems, textKinds, type Reading, type SourceKind } from './fix-reading.js';
import { firstUnexplained, keepsLines, newlines, textsExplained, type Edit } from './fix-text.js';
import type { FixReshape } from './rule.js';

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
  const nextReading = readSource(next, state.options.kind, state.reading);
  const why = refusal(state, fixes, nextReading);
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
  for (const part of partsOf(state, fixes, nextReading)) tryBatch(part, state);
}

/**
 * How a batch that failed is tried again: the fixes before the block where
 * the readings first differ, those in it, and those after it — so that a fix
 * refused among many costs a few readings of the file, not one for each
 * halving; in halves where that block cannot be told (a value of the front
 * matter, a join).
 */
function partsOf(state: GuardState, fixes: readonly Diagnostic[], after: Reading): Diagnostic[][] {
  const half = fixes.length >> 1;
  const halves = [fixes.slice(0, half), fixes.slice(half)];
  const edits = fixes.map((d) => ({ old: state.original.slice(...d.fix!.range), new: d.fix!.text }));
  if (!keepsLines(edits[0]!.old, edits[0]!.new)) return halves;
  const block = differingBlock(state.reading, after, edits);
  if (block === undefined) return halves;
  const parts: Diagnostic[][] = [[], [], []];
  const lines = bodyLines(state, fixes.map((d) => d.fix!.range[0]));
  for (const [k, d] of fixes.entries()) parts[lines[k]! < block.start ? 0 : lines[k]! < block.end ? 1 : 2]!.push(d);
  const tried = parts.filter((part) => part.length > 0);
  return tried.length > 1 ? tried : halves;
}

/** The lines of the body, as the text stands, where the block in which two readings first differ starts and the next one starts. */
function differingBlock(before: Reading, after: Reading, edits: readonly Edit[]): { start: number; end: number } | undefined {
  if (before.split !== after.split || valueChange(before.values, after.values, edits) !== undefined) return undefined;
  let i = 0;
  const shared = Math.min(before.shape.length, after.shape.length);
  while (i < shared && before.shape[i] === after.shape[i] && before.starts[i] === after.starts[i]) i++;
  const text = firstUnexplained(before.texts.slice(0, i), after.texts.slice(0, i), edits, textKinds(after).slice(0, i));
  if (text >= 0) i = text;
  let start = -1;
  for (let k = Math.min(i, before.starts.length - 1); k >= 0 && start < 0; k--) start = before.starts[k]!;
  if (start < 0) return undefined;
  let end = Infinity;
  for (let k = i + 1; k < before.starts.length && end === Infinity; k++) if (before.starts[k]! > start) end = before.starts[k]!;
  return { start, end };
}

/** The line of the body, as the text stands, of offsets of the original text (in order). */
function bodyLines(state: GuardState, offsets: readonly number[]): number[] {
  let line = 0;
  let from = 0;
  return currentOffsets(state, offsets).map((offset) => {
    for (let i = state.current.indexOf('\n', from); i >= 0 && i < offset; i = state.current.indexOf('\n', i + 1)) line++;
    from = Math.max(from, offset);
    return line - state.reading.bodyLine;
  });
}

/**
 * Why the fixes may not be made together, or undefined when they may: for
 * one fix, in a reader's words; for a batch, only that it must be tried in parts.
 */
function refusal(state: GuardState, fixes: readonly Diagnostic[], after: Reading): string | undefined {
  const edits = fixes.map((d) => ({ old: state.original.slice(...d.fix!.range), new: d.fix!.text }));
  const reshape = state.options.reshapes?.(fixes[0]!.ruleId);
  // Joins, one or many, are held to the very paragraphs they join; a refused one says why as any fix does.
  if (reshape === 'joins-paragraphs' && !keepsLines(edits[0]!.old, edits[0]!.new)) {
    const why = joinChange(state, fixes, after);
    return why === undefined || fixes.length === 1 ? why : SPLIT;
  }
  if (fixes.length === 1) return changeOutsideFix(state.reading, after, edits[0]!, reshape);
  return sameReading(state.reading, after, edits) ? undefined : SPLIT;
}

const SPLIT = 'to be judged in parts';

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
  const at = currentOffsets(state, fixes.flatMap((d) => d.fix!.range));
  const parts: string[] = [];
  let cursor = 0;
  for (const [k, d] of fixes.entries()) {
    parts.push(state.current.slice(cursor, at[2 * k]), d.fix!.text);
    cursor = at[2 * k + 1]!;
  }
  parts.push(state.current.slice(cursor));
  return parts.join('');
}

/** Fixes tried together: the same structure, and every change of the text and the values one of theirs, in order. */
function sameReading(a: Reading, b: Reading, edits: readonly Edit[]): boolean {
  return (
    a.split === b.split &&
    sameItems(a.shape, b.shape) &&
    sameItems(a.starts.map(String), b.starts.map(String)) &&
    valueChange(a.values, b.values, edits) === undefined &&
    textsExplained(a.texts, b.texts, edits, textKinds(b))
  );
}


/** The first anchored line after the edit's own that a change in the number of lines would move. */
function movesAnchoredLine(text: string, start: number, end: number, replacement: string, anchored: readonly number[]): number | undefined {
  if (anchored.length === 0 || keepsLines(text.slice(start, end), replacement)) return undefined;
  const editLine = newlines(text.slice(0, start)) + 1;
  return anchored.filter((line) => line > editLine).sort((a, b) => a - b)[0];
}

/**
 * Why joins, one or many, read otherwise than meant, or undefined when they do
 * not: the text must read as before with exactly their paragraphs joined —
 * each join's paragraph end and the next paragraph's start gone (a page marker
 * between them set inline), the two texts touching (the first's white space at
 * its end and the second's indentation gone), every later block as many lines
 * up as the join took away — and nothing else changed.
 */
function joinChange(state: GuardState, joins: readonly Diagnostic[], after: Reading): string | undefined {
  const before = state.reading;
  if (before.split !== after.split) return 'the fix would move the end of the front matter';
  if (valueChange(before.values, after.values, []) !== undefined) return 'the fix would change the front matter';
  // The line (of the body, as the text stands) where each join's second paragraph starts.
  const lines = bodyLines(state, joins.map((d) => d.fix!.range[1]));
  const removed = joins.map((d) => newlines(state.original.slice(...d.fix!.range)) - newlines(d.fix!.text));
  const openAt = new Map<number, number>();
  for (const [k, item] of before.shape.entries()) if (item === 'paragraph_open p') openAt.set(before.starts[k]!, k);
  const dropped = new Set<number>();
  const inline = new Set<number>();
  const texts0 = [...before.texts];
  // Between the two texts a join sets side by side: page markers and empty text items.
  const between = (k: number) => before.shape[k]!.startsWith('page ') || (before.shape[k] === 'text' && before.texts[k] === '');
  for (const start of lines) {
    const j = openAt.get(start);
    if (j === undefined) return `the fix would ${describe(...difference(before.shape, after.shape))}`;
    let i = j - 1;
    for (; before.shape[i]?.startsWith('page '); i--) inline.add(i);
    if (before.shape[i] !== 'paragraph_close p') return `the fix would ${describe(...difference(before.shape, after.shape))}`;
    dropped.add(i).add(j);
    // The first text's white space at its end (a line break before a page marker, a no-break
    // space) and the second's indentation go with the join: the two texts touch.
    let a = i - 1;
    while (a >= 0 && between(a)) a--;
    if (before.shape[a] === 'text') texts0[a] = texts0[a]!.replace(/[\s\u3000]+$/u, '');
    let b = j + 1;
    while (b < before.shape.length && between(b)) b++;
    if (before.shape[b] === 'text') texts0[b] = texts0[b]!.replace(/^[\s\u3000]+/u, '');
  }
  const shape: string[] = [];
  const texts: string[] = [];
  const starts: number[] = [];
  let join = 0;
  let shift = 0;
  for (const [k, item] of before.shape.entries()) {
    if (dropped.has(k)) continue;
    const text = texts0[k]!;
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
  const expected = withoutEmptyTexts({ shape, texts, starts });
  const made = withoutEmptyTexts(after);
  if (!sameItems(expected.shape, made.shape)) return `the fix would ${describe(...difference(expected.shape, made.shape))}`;
  return sameItems(expected.texts, made.texts) && sameItems(expected.starts.map(String), made.starts.map(String)) ? undefined : TEXT_CHANGED;
}

/**
 * A reading without its empty text items: a join sets a page marker between
 * two texts, where the empty items before and after it fall otherwise.
 */
function withoutEmptyTexts(reading: Pick<Reading, 'shape' | 'texts' | 'starts'>): Pick<Reading, 'shape' | 'texts' | 'starts'> {
  const out: Pick<Reading, 'shape' | 'texts' | 'starts'> = { shape: [], texts: [], starts: [] };
  for (const [k, item] of reading.shape.entries()) {
    if (item === 'text' && reading.texts[k] === '') continue;
    out.shape.push(item);
    out.texts.push(reading.texts[k]!);
    out.starts.push(reading.starts[k]!);
  }
  return out;
}
