// How headings and contents entries are broken into lines. A title that
// leaves one or two characters alone on its last line, or breaks inside a
// word (中央学习贯彻习近平新时代中国特色社 / 会主义…), reads badly; words are
// BudouX's phrases and ICU's words, less the names and terms either cuts.
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import { characters } from '../clreq.js';
import { lineText, type Page, type Role } from '../model.js';

export type HeadingRole = Extract<Role, 'heading1' | 'heading2' | 'contents'>;
export const HEADING_ROLES: readonly HeadingRole[] = ['heading1', 'heading2', 'contents'];

/** A heading or contents entry as the book's XHTML has it, in reading order. */
export interface ExpectedHeading {
  role: HeadingRole;
  text: string;
}

export interface HeadingBreaks {
  role: HeadingRole;
  text: string;
  /** The lines the engine set it in; [] when it was not found. */
  lines: string[];
  /** The page of each line. */
  pages: number[];
  /** What is wrong with the line breaks, in words; [] when nothing is. */
  findings: string[];
  /** "split between pages 4 and 5" where the heading starts on one page and ends on another. */
  pageSplit?: string;
}

/** Everything wrong with a heading: its line breaks, then a split between pages. */
export function headingProblems(heading: HeadingBreaks): string[] {
  return heading.pageSplit ? [...heading.findings, heading.pageSplit] : heading.findings;
}

/** The heading lines of each role, in reading order, with their pages. */
export function headingLines(pages: readonly Page[], role: HeadingRole): { text: string; page: number }[] {
  return pages.flatMap((page) => page.lines.filter((line) => line.glyphs.every((g) => g.role === role)).map((line) => ({ text: lineText(line), page: page.number })));
}

/**
 * Cuts the engine's heading lines back into the headings the book has: lines
 * are taken in order while they spell the next heading. A line that spells
 * nothing expected (text the engine changed) is skipped.
 */
export function assignLines(lines: readonly string[], headings: readonly string[]): string[][] {
  return assignLineIndices(lines, headings).map((pieces) => pieces.map(([piece]) => piece));
}

/** As assignLines, each piece with the index of the line it comes from. */
function assignLineIndices(lines: readonly string[], headings: readonly string[]): [string, number][][] {
  const result = headings.map(() => [] as [string, number][]);
  let index = 0;
  let offset = 0;
  for (const [lineIndex, raw] of lines.entries()) {
    let line = raw.replace(/\s/g, '');
    while (line.length > 0 && index < headings.length) {
      const rest = headings[index]!.replace(/\s/g, '').slice(offset);
      const piece = rest.startsWith(line) ? line : line.startsWith(rest) ? rest : undefined;
      if (piece === undefined) break;
      result[index]!.push([piece, lineIndex]);
      offset += piece.length;
      line = line.slice(piece.length);
      if (offset === headings[index]!.replace(/\s/g, '').length) {
        index++;
        offset = 0;
      }
    }
  }
  return result;
}

let parser: ReturnType<typeof loadDefaultSimplifiedChineseParser> | undefined;

/** BudouX's phrases of a text (its Simplified-Chinese model). */
export function phrases(text: string): string[] {
  parser ??= loadDefaultSimplifiedChineseParser();
  return parser.parse(text);
}

let segmenter: Intl.Segmenter | undefined;

/** Where ICU's dictionary (Intl.Segmenter, zh-CN) puts word boundaries, in characters. */
function icuBoundaries(text: string): Set<number> {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const at = new Set<number>();
  for (const { index } of segmenter.segment(text)) at.add(characters(text.slice(0, index)).length);
  return at;
}

// Names and terms that one of the segmenters cuts (BudouX 习近 | 平, ICU 团 | 拜会): never a place to break.
const WHOLE_TERMS = ['习近平', '新时代', '团拜会', '中心组', '总书记', '党中央', '二十大', '主题教育', '委员会'];

/**
 * The findings for one heading set in `lines`: a last line of two characters or fewer, and a
 * break inside a word — one that is neither between BudouX's phrases nor between ICU's words
 * (a long phrase may break between its words: 贯彻 | 习近平新时代), or inside a name or term.
 */
export function breakFindings(text: string, lines: readonly string[]): string[] {
  if (lines.length <= 1) return [];
  const findings: string[] = [];
  const last = characters(lines.at(-1)!);
  if (last.length <= 2) findings.push(`last line holds ${last.length} character${last.length === 1 ? '' : 's'}: ${lines.at(-1)}`);
  const plain = text.replace(/\s/g, '');
  const words = phrases(plain);
  const boundaries = new Set<number>();
  let position = 0;
  for (const word of words) boundaries.add((position += characters(word).length));
  for (const at of icuBoundaries(plain)) boundaries.add(at);
  for (const term of WHOLE_TERMS) {
    for (let from = plain.indexOf(term); from >= 0; from = plain.indexOf(term, from + 1)) {
      const start = characters(plain.slice(0, from)).length;
      for (let k = 1; k < characters(term).length; k++) boundaries.delete(start + k);
    }
  }
  let broken = 0;
  for (const line of lines.slice(0, -1)) {
    broken += characters(line).length;
    if (boundaries.has(broken)) continue;
    const { word, start } = phraseAround(words, broken);
    const cut = characters(word);
    findings.push(`breaks inside 「${word}」 (${cut.slice(0, broken - start).join('')} / ${cut.slice(broken - start).join('')})`);
  }
  return findings;
}

/** The phrase that holds the character at `offset`, and where it starts. */
function phraseAround(words: readonly string[], offset: number): { word: string; start: number } {
  let start = 0;
  for (const word of words) {
    const end = start + characters(word).length;
    if (end > offset) return { word, start };
    start = end;
  }
  return { word: '', start };
}

/** Every expected heading with its lines in the rendering and what is wrong with them. */
export function headingBreaks(pages: readonly Page[], expected: readonly ExpectedHeading[]): HeadingBreaks[] {
  return HEADING_ROLES.flatMap((role) => {
    const texts = expected.filter((h) => h.role === role).map((h) => h.text);
    const set = headingLines(pages, role);
    const assigned = assignLineIndices(set.map((l) => l.text), texts);
    return texts.map((text, i) => {
      const lines = assigned[i]!.map(([piece]) => piece);
      const onPages = assigned[i]!.map(([, line]) => set[line]!.page);
      const complete = lines.join('') === text.replace(/\s/g, '');
      const findings = complete ? breakFindings(text, lines) : [`not found as set text (${lines.length} lines matched)`];
      const split = new Set(onPages).size > 1 ? { pageSplit: `split between pages ${onPages[0]} and ${onPages.at(-1)}` } : {};
      return { role, text, lines, pages: onPages, findings, ...split };
    });
  });
}
