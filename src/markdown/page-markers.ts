// Printed page numbers in the sources: `<!-- page 5 -->` says "printed page 5
// starts here". On a line of its own (between blocks) or inline, right before
// the first character of the page (……忠诚担<!-- page 6 -->当。). A comment is
// invisible wherever Markdown is shown; in the book it becomes a page-break
// marker (EPUB 3.3 §D.4.1 epub:type="pagebreak", DPUB-ARIA doc-pagebreak,
// which needs an accessible name: aria-label) that the page-list links to.
import type MarkdownIt from 'markdown-it';
import type { StateBlock, StateInline } from 'markdown-it';

/** The canonical marker, exactly one space inside each side; group 1 is the page number. */
export const PAGE_MARKER_SOURCE = '<!-- page ([1-9]\\d{0,4}) -->';
const PAGE_MARKER = new RegExp(PAGE_MARKER_SOURCE, 'g');
const MARKER_AT = new RegExp(PAGE_MARKER_SOURCE, 'y');
const MARKER_LINE = new RegExp(`^${PAGE_MARKER_SOURCE}[ \\t]*$`);

/** The marker for printed page n, as the sources write it. */
export function pageMarker(page: number): string {
  return `<!-- page ${page} -->`;
}

/** The page numbers of every marker in a Markdown text, in order. */
export function markerPages(markdown: string): number[] {
  if (!markdown.includes('<!-- page ')) return [];
  return [...markdown.matchAll(PAGE_MARKER)].map((match) => Number(match[1]));
}

export interface PageEnv {
  /** Show the number in the margin too (series option margin_page_numbers). */
  marginNumbers?: boolean;
  /** Filled by the renderer: every page break of the text, in order. */
  pages?: number[];
}

export function pageBreakId(page: number): string {
  return `page-${page}`;
}

/**
 * The page-break marker: empty, so a reader's text, a screen reader's speech,
 * the contents and the Kindle text are unchanged. With the margin numbers on,
 * it carries the class page-number, and the stylesheet draws its label in the
 * margin (page-numbers.css: generated content, not text of the book).
 */
export function pageBreakHtml(page: number, marginNumbers = false): string {
  // A page number is digits only: nothing to escape.
  const label = String(page);
  return `<span epub:type="pagebreak" role="doc-pagebreak" id="${pageBreakId(page)}" aria-label="${label}"${marginNumbers ? ' class="page-number"' : ''}/>`;
}

function inlineMarker(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c /* < */) return false;
  MARKER_AT.lastIndex = state.pos;
  const match = MARKER_AT.exec(state.src);
  if (!match) return false;
  if (!silent) state.push('page_break', 'span', 0).meta = { page: Number(match[1]) };
  state.pos += match[0].length;
  return true;
}

function blockMarker(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine]! + state.tShift[startLine]!;
  // Indented four spaces or more it is code (CommonMark §4.4).
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const match = MARKER_LINE.exec(state.src.slice(start, state.eMarks[startLine]));
  if (!match) return false;
  if (silent) return true;
  const token = state.push('page_break', 'span', 0);
  token.block = true;
  token.map = [startLine, startLine + 1];
  token.meta = { page: Number(match[1]) };
  state.line = startLine + 1;
  return true;
}

/** markdown-it plugin: both forms of the marker become `page_break` tokens carrying meta.page. */
export function pageMarkers(md: MarkdownIt): void {
  md.inline.ruler.before('autolink', 'page_marker', inlineMarker);
  // Before html_block: with html off, the line would otherwise be a paragraph.
  // Not in the alt lists: a marker line does not interrupt a paragraph, it is read inline.
  md.block.ruler.before('html_block', 'page_marker', blockMarker);
  // A marker on a line of its own inside a paragraph stands between two line
  // breaks: it counts as one (markdown-it-cjk-breaks 2.0.0 also throws on two in a row).
  md.core.ruler.push('page_break_lines', (state) => {
    for (const token of state.tokens) {
      const children = token.children;
      if (token.type !== 'inline' || !children) continue;
      token.children = children.filter(
        (child, i) => !(child.type === 'softbreak' && children[i - 1]?.type === 'page_break' && children[i - 2]?.type === 'softbreak'),
      );
    }
  });
  md.renderer.rules.page_break = (tokens, idx, _options, env: PageEnv) => {
    const page = (tokens[idx]!.meta as { page: number }).page;
    env.pages?.push(page);
    return pageBreakHtml(page, env.marginNumbers) + (tokens[idx]!.block ? '\n' : '');
  };
}
