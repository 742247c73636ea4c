// Glyphs in reading order → lines. Engines report glyphs, not lines (MuPDF's
// own blocks split a line wherever the font changes), so one rule groups them
// for every engine: a glyph continues the line when it is in the same block
// (where the engine knows blocks), on the same baseline, and to the right of
// the glyph before it without a gap wider than a few characters (another
// column) — or, where only drawing calls are known, without a gap of half an
// em that opens a new call (the next table cell: Chinese text has no gaps).
import type { Glyph, Line } from './model.js';

/** A baseline shift under this share of the font size stays on the line (sub/superscript-free text). */
const BASELINE_TOLERANCE = 0.3;
/**
 * A smaller glyph standing up to this share of the larger size above the
 * other's baseline is a superscript on the same line: Chromium draws a note
 * mark (0.7 em, vertical-align: super) with the bottom of its box 0.52 em
 * above the line's; a line below is a whole line pitch (≥ 1.2 em) away.
 */
const SUPERSCRIPT_RISE = 0.6;
/** A jump right by more than this many ems is another column or table cell. */
const MAX_GAP_EM = 3;
/** A gap this wide that starts a new drawing call is the next table cell. */
const CELL_GAP_EM = 0.5;

export function groupIntoLines(glyphs: readonly Glyph[]): Line[] {
  const lines: Line[] = [];
  let current: Glyph[] = [];
  for (const glyph of glyphs) {
    const last = current.at(-1);
    if (last !== undefined && continuesLine(current[0]!, last, glyph)) {
      current.push(glyph);
    } else {
      if (current.length > 0) lines.push({ glyphs: current });
      current = [glyph];
    }
  }
  if (current.length > 0) lines.push({ glyphs: current });
  return lines;
}

function continuesLine(first: Glyph, last: Glyph, glyph: Glyph): boolean {
  if (first.block !== undefined && glyph.block !== undefined && first.block !== glyph.block) return false;
  const size = Math.max(first.size, glyph.size);
  if (!onBaseline(first, glyph, size)) return false;
  const end = last.x + last.width;
  // Moving left (back to a line start) ends the line; half a glyph of overlap is rounding.
  if (glyph.x < end - 0.5 * Math.min(last.width, glyph.size)) return false;
  const gap = glyph.x - end;
  if (glyph.run !== undefined && glyph.run !== last.run && gap > CELL_GAP_EM * size) return false;
  return gap <= MAX_GAP_EM * size;
}

/** Whether a glyph sits on the line begun by `first`: on its baseline, or raised above it as the smaller of the two. */
function onBaseline(first: Glyph, glyph: Glyph, size: number): boolean {
  // Down the page is positive: a raised glyph has the smaller baseline.
  const shift = glyph.baseline - first.baseline;
  if (Math.abs(shift) <= BASELINE_TOLERANCE * size) return true;
  if (glyph.size < first.size) return shift < 0 && -shift <= SUPERSCRIPT_RISE * size;
  if (first.size < glyph.size) return shift > 0 && shift <= SUPERSCRIPT_RISE * size;
  return false;
}
