// Printed page numbers for the imported sources (README “Printed pages”):
// toc_page from the printed 目录, and a marker <!-- page N --> wherever the
// input proves that printed page N begins inside an article's text.
import { pageMarker } from '../markdown/page-markers.js';
import type { JoinPoint } from './text/repair.js';

/**
 * The page numbers of an article's joined page breaks, when the text leaves
 * only one way to number them; undefined otherwise. Plain text shows a page
 * break only where it cut a paragraph: one between two paragraphs leaves no
 * trace. So the joins are pages first+1, first+2 … only when they are all the
 * breaks there are: as many as the 目录 says the article crosses (its first
 * page to the next article's, which then starts mid-page).
 */
export function provenJoinPages(joins: number, first: number | undefined, next: number | undefined): number[] | undefined {
  if (joins === 0 || first === undefined || next === undefined || next - first !== joins) return undefined;
  return Array.from({ length: joins }, (_, k) => first + k + 1);
}

/** Inserts a marker for each page at its join point (points in order, one page each). */
export function insertJoinMarkers(blocks: readonly string[], points: readonly JoinPoint[], pages: readonly number[]): string[] {
  const out = [...blocks];
  // From the last point back, so that earlier offsets stay valid.
  for (let k = points.length - 1; k >= 0; k--) {
    const { block, offset } = points[k]!;
    const markdown = out[block]!;
    out[block] = markdown.slice(0, offset) + pageMarker(pages[k]!) + markdown.slice(offset);
  }
  return out;
}

/**
 * The 目录's page numbers that can be toc_page: they never go down (a number
 * smaller than the one before is a misprint, for a person to settle).
 */
export function tocPages(pages: readonly (number | undefined)[]): { pages: (number | undefined)[]; backwards: number[] } {
  let highest = 0;
  const backwards: number[] = [];
  const kept = pages.map((page, i) => {
    if (page === undefined) return undefined;
    if (page < highest) {
      backwards.push(i);
      return undefined;
    }
    highest = page;
    return page;
  });
  return { pages: kept, backwards };
}

/** One line for the import's report: what it could place of the printed pages. */
export function pageSummary(pages: { breaks: number; markers: number; tocPages: number; articles: number }): string {
  const toc = `printed pages: toc_page for ${pages.tocPages} of ${pages.articles} articles`;
  if (pages.breaks === 0) return `${toc}, no page break inside an article found`;
  const placed = pages.markers === pages.breaks ? `all ${pages.breaks}` : `${pages.markers} of ${pages.breaks}`;
  const open = pages.markers < pages.breaks ? ' (the others\' numbers are not certain from the text: see README “Printed pages”)' : '';
  return `${toc}; page markers placed at ${placed} page breaks found inside articles${open}`;
}
