// Adjacent full-width punctuation (clreq §3.1.6): in ”“ ”， 。” ）（ each mark
// alone takes a full em, and a pair set at 2 em reads as a hole in the line;
// clreq compresses the pair to 1.5 em (or 1 em). A pair is two marks with a
// blank half between them: the first blank after its glyph (。” ”，) or the
// second blank before it (——“ 《“). ……” is no such pair: the ellipsis fills
// its em, and the quote's blank half is after it, against the next character.
//
// The advance of a pair, in em, on one line:
//   (x of the glyph after the pair − x of the first mark − 2·j) ÷ font size
// where the glyph after is the next one on the same line (the right edge of
// the second mark when the pair ends the line), and j is the space that
// justification added after each character of that line: the median step
// from one ideograph to the next on the line, less one em (0 when no two
// ideographs follow each other). So a pair measures what the engine set for
// the two marks, not the stretch of a justified line.
import { BLANK_AFTER, BLANK_BEFORE, FULL_WIDTH_PUNCTUATION, isIdeograph } from '../clreq.js';
import { median, type Glyph, type Line, type Page } from '../model.js';

export interface PairAdvance {
  page: number;
  pair: string;
  /** In em, as defined above. */
  advance: number;
}

export function pairAdvances(pages: readonly Page[]): PairAdvance[] {
  const advances: PairAdvance[] = [];
  for (const page of pages) {
    for (const line of page.lines) {
      const glyphs = line.glyphs;
      const stretch = justificationStretch(line);
      for (let i = 0; i + 1 < glyphs.length; i++) {
        const first = glyphs[i]!;
        const second = glyphs[i + 1]!;
        if (!isPair(first, second)) continue;
        const end = glyphs[i + 2]?.x ?? second.x + second.width;
        advances.push({ page: page.number, pair: first.text + second.text, advance: (end - first.x - 2 * stretch) / first.size });
      }
    }
  }
  return advances;
}

function isPair(first: Glyph, second: Glyph): boolean {
  if (!FULL_WIDTH_PUNCTUATION.has(first.text) || !FULL_WIDTH_PUNCTUATION.has(second.text)) return false;
  // —— and …… are one mark set in two cells.
  if (first.text === second.text && (first.text === '—' || first.text === '…')) return false;
  return BLANK_AFTER.has(first.text) || BLANK_BEFORE.has(second.text);
}

/** The space justification put after each character of the line (≥ 0). */
export function justificationStretch(line: Line): number {
  const steps: number[] = [];
  const glyphs = line.glyphs;
  for (let i = 0; i + 1 < glyphs.length; i++) {
    const a = glyphs[i]!;
    const b = glyphs[i + 1]!;
    if (isIdeograph(a.text) && isIdeograph(b.text) && a.size === b.size) steps.push(b.x - a.x - a.size);
  }
  return Math.max(0, median(steps) ?? 0);
}

export interface PairSummary {
  pair: string;
  count: number;
  min: number;
  max: number;
}

/** One row per kind of pair: how often, and its narrowest and widest setting. */
export function summarisePairs(advances: readonly PairAdvance[]): PairSummary[] {
  const byPair = new Map<string, number[]>();
  for (const a of advances) byPair.set(a.pair, [...(byPair.get(a.pair) ?? []), a.advance]);
  return [...byPair.entries()]
    .map(([pair, values]) => ({ pair, count: values.length, min: Math.min(...values), max: Math.max(...values) }))
    .sort((a, b) => b.max - a.max || a.pair.localeCompare(b.pair));
}
