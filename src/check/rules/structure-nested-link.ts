// Input: "[见<https://www.gov.cn/>全文](https://www.news.cn/)", or the same
// through a reference ("[见<https://www.gov.cn/>全文][甲]" and "[甲]: …") —
// an autolink inside a link's text. markdown-it writes an <a> inside an
// <a>, which XHTML forbids (EPUBCheck RSC-005: "The a element must not
// appear inside a elements"). Found by the fuzz campaign (test/property).
import type { Token } from 'markdown-it';
import { markdownParser } from '../../markdown/parser.js';
import { fileRule } from '../rule.js';

export const structureNestedLink = fileRule('structure/nested-link', 'error', {
  description: 'A link inside the text of another link (an autolink <https://…> in [ ]): a book cannot hold a link in a link.',
  // EPUBCheck refuses the book: no disable comment makes it right.
  unsilenceable: true,
  check({ doc, text, reportLine }) {
    const bodyStart = doc.lineStarts[doc.bodyLine - 1] ?? text.length;
    const body = text.slice(bodyStart);
    // Only an autolink can sit inside a link (CommonMark forbids [ ]( ) in [ ]).
    if (!body.includes('<') || !body.includes('[')) return;
    // The whole body, as the renderer parses it: a reference link needs its definition.
    const tokens = markdownParser().parse(body, {});
    for (const [i, token] of tokens.entries()) {
      if (token.type !== 'inline' || !hasNestedLink(token.children ?? [])) continue;
      const line0 = doc.bodyLine - 1 + (tokens[i - 1]?.map?.[0] ?? token.map?.[0] ?? 0);
      reportLine(doc.lineStarts[Math.min(line0, doc.lineStarts.length - 1)]!, 'a link inside the text of another link — write the inner address as plain text, or take it out of the [ ]');
    }
  },
});

function hasNestedLink(children: Token[]): boolean {
  let depth = 0;
  for (const token of children) {
    if (token.type === 'link_open' && depth++ > 0) return true;
    if (token.type === 'link_close') depth--;
  }
  return false;
}
