// The body pages' lines → blocks, by geometry: the text block's left and
// right edges, the body size and line pitch are measured over all body
// pages; then a line indented by about two ems begins a paragraph, a flush
// line goes on with the one above, a larger size is a headline, a centred
// line is a byline or (bold) a sub-heading, and a wide gap ends a block. A
// paragraph that runs on over a page break is joined there, with the page's
// marker inline, exactly where the new page begins. The notes at a page's foot
// (foot-notes.ts) are taken out first and follow the block the page ends in,
// so a paragraph they cut is joined as if they were not there; a note that
// goes on at the next page's foot is joined too, and reported. Pure.
import type { Diagnostic } from '../../diagnostic.js';
import type { SourceBlock } from '../model.js';
import { pageMarker } from '../../markdown/page-markers.js';
import { preview } from '../preview.js';
import { escapeInline } from '../../markdown/escape.js';
import { footNotes, noteGoesOn } from './foot-notes.js';
import type { FurnishedPage } from './furniture.js';
import { mode, type Line } from './lines.js';
import { glue } from '../text/repair.js';

export interface BodyGeometry {
  left: number;
  right: number;
  /** Body text size, points. */
  size: number;
  /** Baseline to baseline, points. */
  pitch: number;
}

/** Measured over the lines of the body pages set in the most frequent size. */
export function bodyGeometry(pages: readonly FurnishedPage[]): BodyGeometry | undefined {
  const lines = pages.flatMap((page) => page.lines);
  // The size most characters are set in.
  const size = mode(lines.map((line) => line.size), 0.1, (i) => lines[i]!.text.length);
  if (size === undefined) return undefined;
  const body = lines.filter((line) => Math.abs(line.size - size) < 0.05 * size);
  const left = Math.min(...body.map((line) => line.x0).filter((x) => Math.abs(x - mode(body.map((l) => l.x0), 0.5)!) < 3 * size));
  const right = mode(body.map((line) => line.x1), 0.5)!;
  const gaps: number[] = [];
  for (const page of pages) {
    for (let i = 1; i < page.lines.length; i++) {
      const [a, b] = [page.lines[i - 1]!, page.lines[i]!];
      if (Math.abs(a.size - size) < 0.05 * size && Math.abs(b.size - size) < 0.05 * size) gaps.push(a.y - b.y);
    }
  }
  return { left, right, size, pitch: mode(gaps, 0.1) ?? size * 1.8 };
}

type Kind = 'headline' | 'subheading' | 'centred' | 'indented' | 'flush';

// A line in three or more pieces with wide gaps between them is a table's row
// (a byline has two: 王明讲话  李华主持).
const TABLE_ROW_PIECES = 3;

const isTableRow = (line: Line) => line.segments.length >= TABLE_ROW_PIECES;

function kindOf(line: Line, g: BodyGeometry): Kind {
  const em = g.size;
  if (line.size > 1.15 * g.size) return 'headline';
  // A table's row is text: its bold header row, spread over the measure, is no sub-heading.
  if (isTableRow(line)) return 'flush';
  const offset = line.x0 - g.left;
  const centred = offset > 0.75 * em && Math.abs(offset - (g.right - line.x1)) < 1.5 * em;
  // Two ems of indent (with a little slack for the first character's side bearing).
  const indented = offset > 1.25 * em && offset < 3 * em;
  if (centred && !indented) return line.bold && isShortHeading(line.text) ? 'subheading' : 'centred';
  if (indented && line.bold && isShortHeading(line.text) && line.x1 < g.right - em) return 'subheading';
  return indented ? 'indented' : 'flush';
}

/** 一、总体要求: short, and no sentence ends in it. */
function isShortHeading(text: string): boolean {
  return [...text].length <= 40 && !/[。；！？]$/u.test(text.trim());
}

interface OpenBlock {
  kind: 'paragraph' | 'headline' | 'subheading' | 'centred';
  text: string;
  markdown: string;
  page?: number;
  pageStart: boolean;
  pagesBefore: number[];
  /** The last line reached the right edge: the text may go on. */
  full: boolean;
  /** Every line so far was bold, and how many there were: a heading too long for one line begins as one full bold line. */
  bold: boolean;
  lines: number;
  size: number;
  lastY: number;
}

function append(block: OpenBlock, text: string, marker = ''): void {
  const g = glue(block.text, text);
  block.text += g + text;
  block.markdown += g + marker + escapeInline(text);
}

/** The body pages' blocks, in reading order; `report` hears what a person should check. */
export function bodyBlocks(pages: readonly FurnishedPage[], g: BodyGeometry, report: (finding: Omit<Diagnostic, 'file'>) => void = () => {}): SourceBlock[] {
  const blocks: OpenBlock[] = [];
  // A page's foot notes, after the block (index) that is open when the page ends.
  const notesAfter = new Map<number, SourceBlock[]>();
  // Numbered pages without text (a picture, a blank page): their markers go where the text goes on.
  let textless: number[] = [];
  // The last note read, while it may go on at the next page's foot.
  let lastNote: { block: SourceBlock; page: FurnishedPage } | undefined;
  for (const page of pages) {
    // A page where an article begins keeps its foot to itself: its small lines above a note are its own (作者简介, 来源).
    const open = lastNote !== undefined && noteGoesOn(lastNote.block.text) && !page.lines.some((line) => kindOf(line, g) === 'headline');
    const { lines, notes, continued, asides } = footNotes(page.lines, g.size, page.printed, open);
    for (const aside of asides) {
      report({
        ruleId: 'import/pdf-foot-text',
        severity: 'warning',
        line: 0,
        column: 0,
        message: `the small type at the foot of ${pageName(page)}, "${preview(aside.text)}", reads as a note not marked with a circled number: it is kept after the paragraph it interrupted — make it a note ([^1] at its mark, [^1]: … after the article) or move it where it belongs`,
      });
    }
    if (continued !== undefined && lastNote) {
      const { block } = lastNote;
      const gap = glue(block.text, continued);
      block.text += gap + continued;
      block.markdown += gap + escapeInline(continued);
      report({
        ruleId: 'import/note-over-pages',
        severity: 'warning',
        line: 0,
        column: 0,
        message: `the note "${preview(block.text)}" at the foot of ${pageName(lastNote.page)} goes on at the foot of ${pageName(page)}: the lines there were joined to it — check that they are the note's and not text`,
      });
    }
    const last = [...notes, ...asides].pop();
    if (last) lastNote = { block: last, page };
    else if (continued === undefined && page.lines.length > 0) lastNote = undefined;
    const rows = lines.filter(isTableRow).length;
    if (rows >= 2) {
      report({
        ruleId: 'import/pdf-table',
        severity: 'warning',
        line: 0,
        column: 0,
        message: `${pageName(page)} holds what reads as a table (${rows} rows of ${TABLE_ROW_PIECES} or more columns): its rows were read as text, one after another — make it a Markdown table (| … | … |) by hand`,
      });
    }
    if (lines.length === 0 && notes.length === 0 && asides.length === 0) {
      if (page.printed !== undefined) textless.push(page.printed);
      continue;
    }
    let first = true;
    for (const line of lines) {
      const kind = kindOf(line, g);
      const open = blocks[blocks.length - 1];
      const gap = open && !first ? open.lastY - line.y : 0;
      const near = gap < 1.5 * Math.max(g.pitch, open?.size ?? 0);
      let continues = false;
      if (open && kind === 'flush' && open.kind === 'paragraph') continues = first ? open.full : near && open.full;
      else if (open && kind === 'headline' && open.kind === 'headline' && !first) continues = near && Math.abs(open.size - line.size) < 0.1;
      // A sub-heading too long for one line: a full bold line, then its centred rest (it had become a paragraph and a heading).
      else if (open && kind === 'subheading' && open.kind === 'paragraph' && open.bold && open.lines === 1 && open.full && !first && near) {
        continues = true;
        open.kind = 'subheading';
      }
      const before = first ? textless : [];
      if (first) textless = [];
      if (continues) {
        const pagesHere = [...before, ...(first && page.printed !== undefined ? [page.printed] : [])];
        append(open!, line.text, pagesHere.map(pageMarker).join(''));
        open!.bold &&= line.bold;
        open!.lines++;
        open!.full = line.x1 > g.right - g.size;
        open!.lastY = line.y;
      } else {
        const block: OpenBlock = {
          kind: kind === 'indented' || kind === 'flush' ? 'paragraph' : kind,
          text: '',
          markdown: '',
          ...(page.printed !== undefined ? { page: page.printed } : {}),
          pageStart: first,
          pagesBefore: [],
          full: line.x1 > g.right - g.size,
          bold: line.bold,
          lines: 1,
          size: line.size,
          lastY: line.y,
        };
        append(block, line.text);
        // Before a headline they close the article before; otherwise they open this block.
        if (before.length > 0 && block.kind === 'headline' && open) open.markdown += before.map(pageMarker).join('');
        else block.pagesBefore = before;
        blocks.push(block);
      }
      first = false;
    }
    if (notes.length + asides.length > 0) notesAfter.set(blocks.length - 1, [...(notesAfter.get(blocks.length - 1) ?? []), ...notes, ...asides]);
  }
  const last = blocks[blocks.length - 1];
  if (last && textless.length > 0) last.markdown += textless.map(pageMarker).join('');
  return [...(notesAfter.get(-1) ?? []), ...blocks.flatMap((block, i) => [toSourceBlock(block), ...(notesAfter.get(i) ?? [])])];
}

function toSourceBlock(block: OpenBlock): SourceBlock {
  const text = block.text.replace(/\t/g, ' ');
  const markdown = block.markdown.replace(/\t/g, ' ');
  return {
    kind: 'paragraph',
    text,
    markdown,
    laidOut: true,
    ...(block.page !== undefined ? { page: block.page } : {}),
    ...(block.pageStart ? { pageStart: true } : {}),
    ...(block.pagesBefore.length > 0 ? { pagesBefore: block.pagesBefore } : {}),
    ...(block.kind === 'headline' ? { titleHint: true } : {}),
    ...(block.kind === 'subheading' ? { headingLevel: 2 } : {}),
  };
}

function pageName(page: FurnishedPage): string {
  return page.printed !== undefined ? `page ${page.printed}` : `page ${page.index} of the PDF`;
}
