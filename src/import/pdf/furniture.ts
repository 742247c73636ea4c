// Page furniture: the folio (— 3 —, 3, 第3页, -3-) and the running header, told
// apart from the text by where they stand — alone at the foot or the head of
// the page, set off from the text by more than a line's space — and, for the
// header, by repeating on the pages. Each body page's printed number is read
// from its folio. Pure.
import type { Diagnostic } from '../../diagnostic.js';
import type { Line } from './lines.js';

export interface FurnishedPage {
  /** 1-based index in the file. */
  index: number;
  /** The printed page number, from the folio; undefined on unnumbered pages (cover, 目录, back). */
  printed?: number;
  /** The page's lines without header and folio. */
  lines: Line[];
}

const FOLIO = /^(?:[—–\-－~～]+\s*)?(?:第\s*)?(\d{1,4})(?:\s*页)?(?:\s*[—–\-－~～]+)?$/u;

/** The number a line prints as a folio, or undefined. */
export function folioNumber(text: string): number | undefined {
  const match = FOLIO.exec(text.replace(/\s+/g, ' ').trim());
  if (!match) return undefined;
  // A bare number only when the whole line is that number; 第3页 and — 3 — are unmistakable.
  return Number(match[1]);
}

/** A line set off from its neighbour by more than `factor` times its own size. */
function apart(line: Line, neighbour: Line | undefined, factor: number): boolean {
  return neighbour === undefined || Math.abs(line.y - neighbour.y) > factor * Math.max(line.size, neighbour.size);
}

// Blank space between furniture and text: more than this many of its ems (a text line's pitch is 1.5–2).
const SET_OFF = 2.2;

const headerKey = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

export function furnish(pages: readonly { index: number; lines: Line[] }[]): { pages: FurnishedPage[]; notes: Omit<Diagnostic, 'file'>[] } {
  // Folios: the lowest line, or the highest, when it is a page number standing apart.
  const folios = pages.map((page) => {
    const { lines } = page;
    const last = lines[lines.length - 1];
    if (last && lines.length > 1 && folioNumber(last.text) !== undefined && apart(last, lines[lines.length - 2], SET_OFF)) return { at: lines.length - 1, number: folioNumber(last.text)! };
    const first = lines[0];
    if (first && lines.length > 1 && folioNumber(first.text) !== undefined && apart(first, lines[1], SET_OFF)) return { at: 0, number: folioNumber(first.text)! };
    return undefined;
  });
  // Running headers: a top line standing apart whose text (digits aside) is the same on several numbered pages.
  const tops = new Map<string, number>();
  pages.forEach((page, i) => {
    const lines = page.lines.filter((_, k) => k !== folios[i]?.at);
    if (folios[i] && lines.length > 1 && apart(lines[0]!, lines[1], SET_OFF)) tops.set(headerKey(lines[0]!.text), (tops.get(headerKey(lines[0]!.text)) ?? 0) + 1);
  });
  const numbered = folios.filter(Boolean).length;
  const isHeader = (line: Line, next: Line | undefined) => {
    const count = tops.get(headerKey(line.text)) ?? 0;
    return apart(line, next, SET_OFF) && (count >= 2 || (numbered === 1 && count === 1));
  };
  const furnished = pages.map((page, i): FurnishedPage => {
    let lines = page.lines.filter((_, k) => k !== folios[i]?.at);
    if (folios[i] && lines.length > 0 && isHeader(lines[0]!, lines[1])) lines = lines.slice(1);
    return { index: page.index, ...(folios[i] ? { printed: folios[i]!.number } : {}), lines };
  });
  return { pages: furnished, notes: sequenceNotes(furnished) };
}

/** Folios should go up one by one from page to page: say where they do not. */
function sequenceNotes(pages: readonly FurnishedPage[]): Omit<Diagnostic, 'file'>[] {
  const notes: Omit<Diagnostic, 'file'>[] = [];
  let previous: FurnishedPage | undefined;
  for (const page of pages) {
    if (page.printed === undefined) continue;
    if (previous && page.printed !== previous.printed! + (page.index - previous.index)) {
      notes.push({
        ruleId: 'import/pdf-folio-order',
        severity: 'warning',
        line: 0,
        column: 0,
        message: `page ${page.index} of the file prints folio ${page.printed} after page ${previous.index}'s ${previous.printed} — check the page order and the folios; the page list follows the folios`,
      });
    }
    previous = page;
  }
  return notes;
}
