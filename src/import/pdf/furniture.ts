// Page furniture: the folio (— 3 —, 3, 第3页, -3-) and the running header, told
// apart from the text by where they stand — alone at the foot or the head of
// the page, set off from the text by more than a line's space — and, for the
// header, by repeating on the pages (or standing where heads stand on two
// pages or more), above where the text begins and no larger than it. The
// folio may also be printed in the
// header's own line, at either end. Each body page's printed number is read
// from its folio. Pure.
import type { Diagnostic } from '../../diagnostic.js';
import { mode, type Line } from './lines.js';

export interface FurnishedPage {
  /** 1-based index in the file. */
  index: number;
  /** The printed page number, from the folio; undefined on unnumbered pages (cover, 目录, back). */
  printed?: number;
  /** The page's lines without header and folio. */
  lines: Line[];
  /** A page without a folio that carries the running head of the numbered pages: a page of the body. */
  headed?: true;
}

// — 3 —, -3-, 3, 第3页, 第3页 共20页, 3/20.
const FOLIO = /^(?:[—–\-－~～]+\s*)?(?:第\s*)?(\d{1,4})(?:\s*页)?(?:\s*[，,]?\s*共\s*\d{1,4}\s*页|\s*\/\s*\d{1,4})?(?:\s*[—–\-－~～]+)?$/u;

/** The number a line prints as a folio, or undefined. */
export function folioNumber(text: string): number | undefined {
  const match = FOLIO.exec(text.replace(/\s+/g, ' ').trim());
  if (!match) return undefined;
  // A bare number only when the whole line is that number; 第3页 and — 3 — are unmistakable.
  return Number(match[1]);
}

// A folio at the start or the end of the running header's line: 12  理论学习资料, 理论学习资料  13.
const FOLIO_FIRST = /^(\d{1,4})\s+(\S.*)$/u;
const FOLIO_LAST = /^(.*\S)\s+(\d{1,4})$/u;

/** The folios a running header's line may print at its ends (the first one first), each with the header's text without it. */
function headerFolios(text: string): { number: number; header: string }[] {
  const first = FOLIO_FIRST.exec(text.trim());
  const last = FOLIO_LAST.exec(text.trim());
  return [...(first ? [{ number: Number(first[1]), header: first[2]! }] : []), ...(last ? [{ number: Number(last[2]), header: last[1]! }] : [])];
}

/**
 * Furniture stands apart from the text: the blank between it and its
 * neighbour is wider than the text's own line pitch there (the neighbour and
 * the line beyond it), with a little to spare.
 */
function apart(line: Line, neighbour: Line | undefined, beyond: Line | undefined): boolean {
  if (neighbour === undefined) return true;
  const gap = Math.abs(line.y - neighbour.y);
  const pitch = beyond ? Math.abs(neighbour.y - beyond.y) : 1.5 * neighbour.size;
  return gap > SET_OFF * Math.min(pitch, 2 * neighbour.size);
}

// More than this many of the text's line pitches.
const SET_OFF = 1.15;
// A running head in smaller type than the text: under this share of its size.
const SMALLER_THAN_TEXT = 0.95;
// A running head is set at most this many times the text's size (a headline: 1.3 and more).
const HEAD_AT_MOST = 1.25;

// The header's text with its digits left out, and where it stands.
const headerKey = (line: Line) => `${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}@${Math.round(line.y / 2)}`;

export function furnish(pages: readonly { index: number; lines: Line[] }[]): { pages: FurnishedPage[]; notes: Omit<Diagnostic, 'file'>[] } {
  // Folios: the lowest line, or the highest, when it is a page number standing apart.
  const folios = pages.map((page) => {
    const { lines } = page;
    const n = lines.length;
    const last = lines[n - 1];
    if (last && n > 1 && folioNumber(last.text) !== undefined && apart(last, lines[n - 2], lines[n - 3])) return { at: n - 1, number: folioNumber(last.text)! };
    const first = lines[0];
    if (first && n > 1 && folioNumber(first.text) !== undefined && apart(first, lines[1], lines[2])) return { at: 0, number: folioNumber(first.text)! };
    return undefined;
  });
  // Pages without a folio line: a top line standing apart that ends or begins with a number may be a header holding the folio.
  const readings = pages.map((page, i) => {
    const [first, second, third] = page.lines;
    if (folios[i] || first === undefined || second === undefined || !apart(first, second, third)) return [];
    return headerFolios(first.text).map((found) => ({ number: found.number, key: headerKey({ ...first, text: found.header }) }));
  });
  // A folio changes from page to page: a number at one end of the line on two pages (2024 学习资料  3) is the header's own.
  const seen = new Map<number, number>();
  for (const reading of readings.flat()) seen.set(reading.number, (seen.get(reading.number) ?? 0) + 1);
  const inHeader = readings.map((options) => options.find((reading) => (seen.get(reading.number) ?? 0) < 2) ?? (options.length === 1 ? options[0] : undefined));
  // Running headers: the top line of numbered pages, the same text (digits, and a folio in it, aside) in the same place on two pages or more.
  const tops = new Map<string, number>();
  const count = (key: string) => tops.set(key, (tops.get(key) ?? 0) + 1);
  const textLines = pages.map((page, i) => page.lines.filter((_, k) => k !== folios[i]?.at));
  textLines.forEach((lines, i) => {
    if (folios[i] && lines.length > 1) count(headerKey(lines[0]!));
    if (inHeader[i]) count(inHeader[i]!.key);
  });
  const numbered = folios.filter(Boolean).length;
  // The text's size: the one most lines of the numbered pages are set in.
  const bodySize = mode(textLines.flatMap((lines, i) => (folios[i] || inHeader[i] ? lines.map((line) => line.size) : [])), 0.1) ?? 0;
  // Where a page's text itself begins: the first line of a numbered page, in
  // the text's size, that does not repeat and does not stand apart from the
  // line below it (a paragraph's, not a headline's). A running head stands
  // above that height, in the margin; a line repeated at it (一、总体要求 at
  // the top of two pages) is text.
  const textTops = textLines.flatMap((lines, i) => {
    const [first, second, third] = lines;
    if (!(folios[i] || inHeader[i]) || !first || !second || Math.abs(first.size - bodySize) >= 0.1) return [];
    return (tops.get(headerKey(first)) ?? 0) < 2 && !apart(first, second, third) ? [first] : [];
  });
  // A line in smaller type than the text needs at least as many pages that begin their text at its height
  // as print it there: one page set higher, pasted in from elsewhere, does not make the running head of
  // all the others text. A line in the text's size needs one.
  const inTextArea = (line: Line, key: string) => {
    const pagesThere = textTops.filter((top) => Math.abs(top.y - line.y) < 0.5 * top.size && headerKey(top) !== key).length;
    return pagesThere >= (line.size < SMALLER_THAN_TEXT * bodySize ? Math.max(1, tops.get(key) ?? 0) : 1);
  };
  // A running head is not set much larger than the text; a headline is.
  const headerSized = (lines: readonly Line[]) => lines[0]!.size <= HEAD_AT_MOST * bodySize;
  // Placed as a running head: not much larger than the text, above where it begins, and set off from it or smaller.
  const placedAsHeader = (lines: readonly Line[]) => {
    if (!headerSized(lines) || inTextArea(lines[0]!, headerKey(lines[0]!))) return false;
    // A sub-heading at the top of two pages, in the text's size and pitch, is neither set off nor smaller.
    return apart(lines[0]!, lines[1], lines[2]) || lines[0]!.size < SMALLER_THAN_TEXT * bodySize;
  };
  // Where the repeating running heads stand, and in what size: a head printed
  // once there (with alternating heads, an article's title over its one odd
  // page) is one too.
  const heads = textLines.flatMap((lines, i) => (folios[i] && lines.length > 1 && (tops.get(headerKey(lines[0]!)) ?? 0) >= 2 && placedAsHeader(lines) ? [lines[0]!] : []));
  const atHeadPlace = (line: Line) => heads.some((head) => Math.abs(head.y - line.y) < 1 && Math.abs(head.size - line.size) < 0.1);
  const isHeader = (lines: Line[]) => {
    if (!placedAsHeader(lines)) return false;
    const count = tops.get(headerKey(lines[0]!)) ?? 0;
    const setOff = apart(lines[0]!, lines[1], lines[2]);
    // A one-page body has nothing to repeat: there the header must stand apart.
    return count >= 2 || atHeadPlace(lines[0]!) || (numbered === 1 && count === 1 && setOff);
  };
  const furnished = pages.map((page, i): FurnishedPage => {
    let lines = textLines[i]!;
    const header = inHeader[i];
    // A folio in the header's line counts only where that header repeats: a first line ending in a number is otherwise text.
    if (header && (tops.get(header.key) ?? 0) >= 2 && headerSized(lines) && !inTextArea(lines[0]!, header.key)) return { index: page.index, printed: header.number, lines: lines.slice(1) };
    // A page with nothing but its header and folio (a picture page) loses its header too.
    if (folios[i] && lines.length > 0 && isHeader(lines)) lines = lines.slice(1);
    // So does a page without a folio where that header repeats (the last page set without one): it is the body's.
    else if (!folios[i] && lines.length > 0 && isHeader(lines) && (tops.get(headerKey(lines[0]!)) ?? 0) >= 2) return { index: page.index, lines: lines.slice(1), headed: true };
    return { index: page.index, ...(folios[i] ? { printed: folios[i]!.number } : {}), lines };
  });
  return { pages: furnished, notes: sequenceNotes(furnished) };
}

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
