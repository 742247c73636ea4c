// Positioned runs → the lines of a page, top to bottom. Runs on one baseline
// form a line, and so does a smaller run raised above it (a note mark ① set
// as a superscript); a wide gap inside a line (a column gutter, the space
// before a 目录 page number) splits it into segments. Pure.
import type { PdfPage, TextRun } from './read-pdf.js';
import { unifyRadicals } from './radicals.js';

export interface Segment {
  text: string;
  x0: number;
  x1: number;
}

export interface Line {
  /** Baseline, in points from the page's foot. */
  y: number;
  x0: number;
  x1: number;
  /** The size most of its characters are set in. */
  size: number;
  /** Most of its characters are bold. */
  bold: boolean;
  /** The segments joined, a tab where a wide gap separates them. */
  text: string;
  segments: Segment[];
}

// Runs whose baselines differ by less than this share of the font size are on one line.
const SAME_LINE = 0.35;
// A run under this share of another's size, raised above its baseline by less
// than SUPERSCRIPT_RISE of that size, is a superscript on its line (Chromium
// prints a 0.6 em mark 0.4 of the line's size up, past SAME_LINE; the line
// above is a line pitch, ≥ 1.2 of the size, away).
const SMALLER = 0.9;
const SUPERSCRIPT_RISE = 0.7;
// A gap wider than this many ems splits a line into segments.
const SEGMENT_GAP = 1.5;
// A gap of at least this many ems between two runs is a space the text lost.
const SPACE_GAP = 0.25;

/**
 * The lines of a page, top first. Vertical and right-to-left runs are left
 * out. Two runs for which `apart` holds (the text of two columns) are never
 * on one line.
 */
export function pageLines(page: PdfPage, apart: (a: TextRun, b: TextRun) => boolean = () => false): Line[] {
  const runs = page.runs.filter((run) => run.horizontal && run.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of runs) {
    const group = groups.find((g) => onLine(g[0]!, run) && !g.some((other) => apart(other, run)));
    if (group) group.push(run);
    else groups.push([run]);
  }
  return groups
    .map(lineOf)
    .filter((line): line is Line => line !== undefined)
    .sort((a, b) => b.y - a.y);
}

/** Whether `run` is on the line `first` began: on its baseline, or the smaller of the two and raised above the other. */
function onLine(first: TextRun, run: TextRun): boolean {
  const size = Math.max(first.size, run.size);
  // y is measured upwards: positive when `run` stands higher.
  const rise = run.y - first.y;
  if (Math.abs(rise) < SAME_LINE * size) return true;
  if (run.size < SMALLER * first.size) return rise > 0 && rise < SUPERSCRIPT_RISE * size;
  if (first.size < SMALLER * run.size) return rise < 0 && -rise < SUPERSCRIPT_RISE * size;
  return false;
}

function lineOf(drawn: TextRun[]): Line | undefined {
  const runs = drawnOnce(drawn.sort((a, b) => a.x - b.x));
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let previous: TextRun | undefined;
  const weights = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  for (const run of runs) {
    const text = unspaceLetterSpacing(unifyRadicals(run.text));
    const visible = text.trim() === '' ? 0 : [...text.trim()].length;
    // A run of spaces only is a gap (pdf.js adds one where glyphs stand apart): measured, not read.
    if (visible === 0) continue;
    const size = Math.round(run.size * 10) / 10;
    weights.set(size, (weights.get(size) ?? 0) + visible);
    chars += visible;
    if (run.bold) boldChars += visible;
    const gap = previous ? run.x - (previous.x + previous.width) : 0;
    if (!current || gap > SEGMENT_GAP * run.size) {
      current = { text: text.trimStart(), x0: run.x, x1: run.x + run.width };
      segments.push(current);
    } else {
      const space = gap > SPACE_GAP * run.size && !/\s$/.test(current.text) && !/^\s/.test(text);
      current.text += (space ? ' ' : '') + text;
      current.x1 = Math.max(current.x1, run.x + run.width);
    }
    previous = run;
  }
  for (const segment of segments) segment.text = segment.text.replace(/\s+/g, ' ').trimEnd();
  const kept = segments.filter((s) => s.text !== '');
  if (kept.length === 0 || chars === 0) return undefined;
  const size = [...weights.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  // The line stands on its text's baseline, not on a raised mark's.
  const base = runs.find((run) => Math.round(run.size * 10) / 10 === size && run.text.trim() !== '') ?? runs[0]!;
  return {
    y: base.y,
    x0: kept[0]!.x0,
    x1: kept[kept.length - 1]!.x1,
    size,
    bold: boldChars * 2 > chars,
    text: kept.map((s) => s.text).join('\t'),
    segments: kept,
  };
}

// Text drawn a second time a hair to the side of itself: a shadow, or bold
// faked by printing the glyphs again (a font without a bold face). Within
// this share of the size of where the first drawing has the same text.
const REDRAWN_WITHIN = 0.25;

/** The runs with text drawn twice at (nearly) the same place read once: the run that holds the other stays. */
function drawnOnce(runs: readonly TextRun[]): TextRun[] {
  const kept: TextRun[] = [];
  for (const run of runs) {
    if (kept.some((other) => redraws(run, other))) continue;
    const within = kept.findIndex((other) => redraws(other, run));
    if (within >= 0) kept.splice(within, 1);
    kept.push(run);
  }
  return kept;
}

/** Does `run` draw again text that `other` draws there: its text is `other`'s from the character at its place on? */
function redraws(run: TextRun, other: TextRun): boolean {
  const text = run.text.trim();
  const chars = [...other.text];
  if (text === '' || chars.length === 0 || run.x < other.x - REDRAWN_WITHIN * run.size) return false;
  const advance = other.width / chars.length;
  const at = Math.round((run.x - other.x) / advance);
  const near = Math.abs(other.x + at * advance - run.x) < REDRAWN_WITHIN * run.size;
  return near && at >= 0 && at < chars.length && chars.slice(at).join('').startsWith(text) && Math.abs(run.y - other.y) < REDRAWN_WITHIN * run.size;
}

const WIDE = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’…—·]';
const SPACED_OUT = new RegExp(`^${WIDE}(?: ${WIDE}){2,}$`, 'u');
const SPACED_RUN = new RegExp(`${WIDE}(?: ${WIDE}){2,}`, 'gu');

/**
 * 行 动 的 指 南: a justified line in a narrow column spreads its characters,
 * and pdf.js writes a space into every gap. Three or more single Chinese
 * characters in a row, each alone between spaces, are one word spread out; a
 * real space (新华社北京2月4日电 学习…, 王明 李华) stands between longer groups.
 */
export function unspaceLetterSpacing(text: string): string {
  if (!text.includes(' ')) return text;
  return text.replace(SPACED_RUN, (run) => (SPACED_OUT.test(run) ? run.replace(/ /g, '') : run));
}

/** The most frequent value after rounding to `step` (each counted `weight` times), or undefined for none. */
export function mode(values: readonly number[], step = 1, weight: (index: number) => number = () => 1): number | undefined {
  const counts = new Map<number, number>();
  values.forEach((value, i) => {
    const key = Math.round(value / step) * step;
    counts.set(key, (counts.get(key) ?? 0) + weight(i));
  });
  let best: number | undefined;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && key < best)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}
