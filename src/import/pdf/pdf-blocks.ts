// A PDF's pages → the blocks buildIssue reads, the same as from a text or a
// Word file: the unnumbered pages before the body (cover, title page, 目录)
// and after it (the closing page) give one block per line, as the text
// import reads them; the numbered body pages give whole paragraphs,
// headlines and bylines, each knowing the printed page it begins on.
import { fileProblem, UserError, type Diagnostic } from '../../diagnostic.js';
import type { SourceBlock } from '../model.js';
import { escapeInline } from '../../markdown/escape.js';
import { readPage } from './columns.js';
import { furnish, type FurnishedPage } from './furniture.js';
import { bodyBlocks, bodyGeometry } from './layout.js';
import type { PdfPage } from './read-pdf.js';
import { preview } from '../preview.js';

const CONTENTS_HEADING = /^(目录|目次)$/u;

export interface PdfBlocks {
  blocks: SourceBlock[];
  notes: Diagnostic[];
}

export function pdfBlocks(pdf: readonly PdfPage[], display: string): PdfBlocks {
  const notes: Diagnostic[] = [];
  const note = (n: Omit<Diagnostic, 'file'>) => notes.push({ ...n, file: display });
  for (const page of pdf) unreadText(page).forEach((message) => note({ ruleId: message.ruleId, severity: 'warning', line: 0, column: 0, message: message.text }));
  const read = pdf.map((page) => ({ index: page.index, ...readPage(readable(page)) }));
  if (read.every((page) => page.lines.length === 0)) {
    throw new UserError(
      fileProblem(display, 'import/pdf-no-text', 'has no text layer, only images of pages (a scan?) — qikan reads the text of a PDF and does no OCR; ask for the PDF made from the document itself, or its Word file'),
    );
  }
  const columned = read.map((page) => {
    if (page.columns > 1) {
      note({
        ruleId: 'import/pdf-two-columns',
        severity: 'warning',
        line: 0,
        column: 0,
        message: `page ${page.index} of the PDF is set in ${page.columns} columns — its text was read column by column, left to right; check that its paragraphs follow on correctly`,
      });
    }
    return { index: page.index, lines: page.lines };
  });
  const furnished = furnish(columned);
  furnished.notes.forEach(note);
  const numbered = inferMissingNumbers(furnished.pages);
  // The 目录 is front matter even when it carries a folio (the whole file numbered from its first page):
  // then the body begins at the next numbered page.
  const firstNumbered = numbered.findIndex((page) => page.printed !== undefined);
  const contentsNumbered = firstNumbered >= 0 && isContents(numbered[firstNumbered]!);
  const opened = withOpeningPages(numbered, contentsNumbered ? numbered.findIndex((page, i) => page.printed !== undefined && i > firstNumbered) : firstNumbered);
  const { firstBody } = opened;
  if (firstBody < 0) {
    note({ ruleId: 'import/pdf-no-folios', severity: 'warning', line: 0, column: 0, message: 'prints no page numbers (folios) that qikan could find — the text is imported without page markers or toc_page' });
  }
  const { pages, lastBody } = firstBody < 0 ? { pages: opened.pages, lastBody: opened.pages.length - 1 } : withClosingPages(opened.pages);
  const body = firstBody < 0 ? pages : pages.slice(firstBody, lastBody + 1);
  const front = firstBody < 0 ? [] : pages.slice(0, firstBody);
  const back = firstBody < 0 ? [] : pages.slice(lastBody + 1);
  const geometry = bodyGeometry(body);
  return {
    blocks: [...lineBlocks(front), ...(geometry ? bodyBlocks(body, geometry, note) : []), ...lineBlocks(back)],
    notes,
  };
}

/**
 * What of a page's text the import cannot read, said in the report: text set
 * vertically or rotated (the lines are read across the page only), and
 * characters pdf.js gives as U+0000 — a glyph its font maps to no Unicode
 * (characters beyond the BMP such as 𠀁, in fonts subset by Chromium), which
 * the import writes as U+FFFD for the check to find (source/replacement-character).
 */
function unreadText(page: PdfPage): { ruleId: string; text: string }[] {
  const found: { ruleId: string; text: string }[] = [];
  const turned = page.runs.filter((run) => !run.horizontal && run.text.trim() !== '');
  if (turned.length > 0) {
    found.push({ ruleId: 'import/pdf-vertical-text', text: `page ${page.index} of the PDF has text set vertically or turned ("${preview(turned.map((run) => run.text).join(''))}") — it is not imported: if it belongs to the text (not a watermark), type it in where it belongs` });
  }
  const unreadable = page.runs.filter((run) => run.text.includes('\0'));
  if (unreadable.length > 0) {
    const count = unreadable.reduce((sum, run) => sum + run.text.split('\0').length - 1, 0);
    found.push({
      ruleId: 'import/pdf-unreadable-character',
      text: `page ${page.index} of the PDF has ${count} character${count === 1 ? '' : 's'} its font gives no Unicode for (often a rare character beyond the BMP), in "${preview(unreadable[0]!.text.replaceAll('\0', '\uFFFD'))}" — written as �: type the printed character in`,
    });
  }
  return found;
}

/** The page with every unreadable character as U+FFFD (a control character would be dropped from the book). */
function readable(page: PdfPage): PdfPage {
  if (!page.runs.some((run) => run.text.includes('\0'))) return page;
  return { ...page, runs: page.runs.map((run) => (run.text.includes('\0') ? { ...run, text: run.text.replaceAll('\0', '\uFFFD') } : run)) };
}

/** Cover, title page, 目录, closing page: one block per line, as plain text gives them. */
function lineBlocks(pages: readonly FurnishedPage[]): SourceBlock[] {
  return pages.flatMap((page) => page.lines.map((line): SourceBlock => ({ kind: 'paragraph', text: line.text, markdown: escapeInline(line.text) })));
}

/**
 * The body begins at the first numbered page after the 目录 — or, when the
 * pages between that 目录 and it print no folio (an opening page set
 * without one), right after the 目录, each of those pages numbered back from
 * the folio after it. Without a 目录 nothing tells such a page from a title
 * page, and the body begins at its first folio.
 */
function withOpeningPages(pages: FurnishedPage[], firstFolio: number): { pages: FurnishedPage[]; firstBody: number } {
  let contents = firstFolio - 1;
  while (contents >= 0 && !isContents(pages[contents]!)) contents--;
  // A 目录 of two pages or more: the pages after its first are its entries too.
  while (contents >= 0 && contents + 1 < firstFolio && isContentsEntries(pages[contents + 1]!)) contents++;
  const gap = firstFolio - contents - 1;
  if (firstFolio <= 0 || contents < 0 || gap === 0 || pages[firstFolio]!.printed! - gap < 1) return { pages, firstBody: firstFolio };
  const printed = pages[firstFolio]!.printed!;
  return { pages: pages.map((page, i) => (i > contents && i < firstFolio ? { ...page, printed: printed - (firstFolio - i) } : page)), firstBody: contents + 1 };
}

/**
 * The body ends at its last numbered page, or after it at the pages that
 * carry the running head (its last page, set without a folio), numbered on
 * from it.
 */
function withClosingPages(pages: FurnishedPage[]): { pages: FurnishedPage[]; lastBody: number } {
  let numbered = pages.length - 1;
  while (numbered >= 0 && pages[numbered]!.printed === undefined) numbered--;
  let last = numbered;
  while (last >= 0 && pages[last + 1]?.headed) last++;
  if (last === numbered) return { pages, lastBody: last };
  const printed = pages[numbered]!.printed!;
  return { pages: pages.map((page, i) => (i > numbered && i <= last ? { ...page, printed: printed + (i - numbered) } : page)), lastBody: last };
}

function isContents(page: FurnishedPage): boolean {
  return page.lines.some((line) => CONTENTS_HEADING.test(line.text.replace(/\s+/g, '')));
}

/** A page of 目录 entries without the heading: half its lines or more end in a page number (an entry may take two lines). */
function isContentsEntries(page: FurnishedPage): boolean {
  return page.lines.length > 0 && page.lines.filter((line) => /\d\s*$/u.test(line.text)).length * 2 >= page.lines.length;
}

/** A page without a folio between two numbered pages (a picture, a blank) takes the number between theirs. */
function inferMissingNumbers(pages: readonly FurnishedPage[]): FurnishedPage[] {
  return pages.map((page, i) => {
    if (page.printed !== undefined) return page;
    const before = pages.slice(0, i).reverse().find((p) => p.printed !== undefined);
    const after = pages.slice(i + 1).find((p) => p.printed !== undefined);
    if (!before || !after || after.printed! - before.printed! !== after.index - before.index) return page;
    return { ...page, printed: before.printed! + (page.index - before.index) };
  });
}
