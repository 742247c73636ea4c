// The Markdown of an article as a reader gets it: the source body without
// the lines that speak to the check (qikan-disable-next-line comments),
// rendered by the one configured parser. The renderer and the Kindle
// verification both start here, so what the book shows and what its
// read-back expects cannot drift apart.
import { stripDirectives } from './directives.js';
import { markdownParser } from './parser.js';

/**
 * An article body → the HTML of its text (markdown-it's XHTML-style output).
 * `env` is markdown-it's: the page-marker rule records the printed pages there.
 */
export function renderReaderHtml(body: string, env: object = {}): string {
  return markdownParser().render(stripDirectives(body), env);
}

/**
 * The printed pages that begin in an article's text, in order, as the
 * renderer sees them: markers in code, or where markdown-it reads no marker,
 * are no page (the book's page list and the check agree with this).
 */
export function readerPages(body: string): number[] {
  const pages: number[] = [];
  for (const token of markdownParser().parse(stripDirectives(body), {})) {
    for (const each of token.children ?? [token]) {
      if (each.type === 'page_break') pages.push((each.meta as { page: number }).page);
    }
  }
  return pages;
}
