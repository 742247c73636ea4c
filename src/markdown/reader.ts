// The Markdown of an article as a reader gets it: the source body without
// the lines that speak to the check (qikan-disable-next-line comments),
// rendered by the one configured parser. The renderer and the Kindle
// verification both start here, so what the book shows and what its
// read-back expects cannot drift apart.
import { stripDirectives } from './directives.js';
import { markdownParser } from './parser.js';

/** An article body → the HTML of its text (markdown-it's XHTML-style output). */
export function renderReaderHtml(body: string): string {
  return markdownParser().render(stripDirectives(body));
}
