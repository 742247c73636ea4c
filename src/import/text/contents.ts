// The printed 目录: a heading 目 录, then one line per article, usually
// numbered and ending in a dot leader and a page number:
//   1. 习近平在二〇二四年春节团拜会上的讲话·····	1
// An entry too long for one line goes on in the next (number on the first
// line, leader and page on the second); the two are joined.
import { cleanTitle } from './repair.js';

export interface ContentsEntry {
  title: string;
  page?: number;
}

export interface PrintedContents {
  /** Line index of the 目录 heading. */
  heading: number;
  /** Line index just after the last entry. */
  end: number;
  entries: ContentsEntry[];
}

const CONTENTS_HEADING = /^(目录|目次)$/u;
const LEADER_AND_PAGE = /(?:[\s·•.…．⋯‥_—-]*(?:[·•.…．⋯‥_—-]{2,}|\t)[\s·•.…．⋯‥_—-]*)(\d{1,4})\s*$/u;
const ENTRY_NUMBER = /^\s*(?:\d{1,2}\s*[.．、)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)\s*/u;

interface EntryLine {
  text: string;
  numbered: boolean;
  page?: number;
}

/** One contents line, or undefined when the line is neither numbered nor ends in a page number. */
export function parseEntryLine(line: string): EntryLine | undefined {
  const numberMatch = ENTRY_NUMBER.exec(line);
  let rest = numberMatch ? line.slice(numberMatch[0].length) : line;
  const pageMatch = LEADER_AND_PAGE.exec(rest);
  if (pageMatch) rest = rest.slice(0, pageMatch.index);
  if (!numberMatch && !pageMatch) return undefined;
  const text = cleanTitle(rest.replace(/[·•.…．⋯‥_—-]+$/u, ''));
  if (text === '') return undefined;
  return { text, numbered: numberMatch !== null, ...(pageMatch ? { page: Number(pageMatch[1]) } : {}) };
}

/** Finds the 目录 and reads its entries; undefined when the text has none. */
export function findContents(lines: readonly string[]): PrintedContents | undefined {
  const heading = lines.findIndex((line) => CONTENTS_HEADING.test(line.replace(/\s+/g, '')));
  if (heading < 0) return undefined;
  const entries: ContentsEntry[] = [];
  let i = heading + 1;
  while (i < lines.length) {
    const entry = parseEntryLine(lines[i]!);
    if (!entry) break;
    // A line without a page that names an entry already read is the first
    // headline after the 目录 (一、学习贯彻…, numbered as printed), not an entry.
    const bare = (text: string) => text.replace(/\s+/g, '');
    if (entry.page === undefined && entries.some((earlier) => earlier.page !== undefined && bare(earlier.title) === bare(entry.text))) break;
    const next = i + 1 < lines.length ? parseEntryLine(lines[i + 1]!) : undefined;
    // A numbered line without page, followed by an unnumbered one with a page: one entry on two lines.
    if (entry.numbered && entry.page === undefined && next && !next.numbered && next.page !== undefined) {
      entries.push({ title: cleanTitle(entry.text + next.text), page: next.page });
      i += 2;
      continue;
    }
    entries.push({ title: entry.text, ...(entry.page !== undefined ? { page: entry.page } : {}) });
    i += 1;
  }
  return { heading, end: i, entries };
}
