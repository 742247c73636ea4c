// A line holding a note mark (① in a <sup>, role noteref) must sit at the
// body's line pitch: the mark is small, raised and has no line height of its
// own (styles/notes.css), so the line above and the line below it are as far
// from it as any two body lines of that size. Measured: each distance from a
// marked line to the body line before and after it on the page, against the
// median distance of the body lines of the same size with no mark, in CSS
// pixels: the font size ÷ 16 in every engine (the book's body is 1 em = 16 px;
// Calibre's PDF sets it at 10.58 pt, so a pixel there is 0.66 pt).
import { median, type Line, type Page } from '../model.js';
import { baseline, fontSize, isBody } from './line-pitch.js';

/**
 * How far a marked line may be from the body's pitch: one CSS pixel, the
 * engines' own rounding (Calibre's PDF sets every marked line of the test
 * issue exactly 1 px up, the same with the mark unraised or full size, and
 * no mark at all in Chromium, WebKit or MuPDF moves a line); a mark with a
 * line height of its own (2.5) adds 6 px. The 0.05 is a PDF's fractions.
 */
export const NOTE_MARK_TOLERANCE_PX = 1;
const FRACTIONS_PX = 0.05;

export interface NoteMarkPitch {
  page: number;
  /** The marked line's text, for the findings. */
  line: string;
  /** Baseline to baseline, from the line before (or to the line after). */
  pitch: number;
  /** The median pitch of unmarked body lines of the same size. */
  body: number;
  /** |pitch − body|, in CSS px (the font size is 16 px). */
  offPx: number;
}

export interface NoteMarkLines {
  /** Body lines with a mark in them. */
  lines: number;
  /** Each pitch measured to or from a marked line. */
  pitches: NoteMarkPitch[];
  /** The pitches off by more than a pixel. */
  findings: NoteMarkPitch[];
}

export function noteMarkLines(pages: readonly Page[]): NoteMarkLines {
  const body = bodyPitchBySize(pages);
  const pitches: NoteMarkPitch[] = [];
  let lines = 0;
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      if (!isBody(line) || !hasMark(line)) return;
      lines += 1;
      const reference = body.get(fontSize(line));
      if (reference === undefined) return;
      for (const [upper, lower] of [[page.lines[i - 1], line], [line, page.lines[i + 1]]] as const) {
        if (upper === undefined || lower === undefined || !isBody(upper) || !isBody(lower) || fontSize(upper) !== fontSize(lower)) continue;
        const pitch = baseline(lower) - baseline(upper);
        // A line above the one before it is a new column, not the next line.
        if (pitch <= 0) continue;
        pitches.push({ page: page.number, line: line.glyphs.map((g) => g.text).join(''), pitch, body: reference, offPx: (Math.abs(pitch - reference) * 16) / fontSize(line) });
      }
    });
  }
  return { lines, pitches, findings: pitches.filter((p) => p.offPx > NOTE_MARK_TOLERANCE_PX + FRACTIONS_PX) };
}

function hasMark(line: Line): boolean {
  return line.glyphs.some((g) => g.role === 'noteref');
}

/** Font size → the median pitch of consecutive body lines of that size, neither with a mark. */
function bodyPitchBySize(pages: readonly Page[]): Map<number, number> {
  const bySize = new Map<number, number[]>();
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const previous = page.lines[i - 1];
      if (previous === undefined || !isBody(previous) || !isBody(line) || hasMark(previous) || hasMark(line)) return;
      const size = fontSize(line);
      const pitch = baseline(line) - baseline(previous);
      if (pitch > 0 && fontSize(previous) === size) bySize.set(size, [...(bySize.get(size) ?? []), pitch]);
    });
  }
  return new Map([...bySize].map(([size, pitches]) => [size, median(pitches)!]));
}
