// Input: "[见<https://www.gov.cn/>全文](https://www.news.cn/)" — an autolink
// inside a link's text. markdown-it writes an <a> inside an <a>, which
// XHTML forbids (EPUBCheck RSC-005: "The a element must not appear inside
// a elements"). Found by the fuzz campaign (test/property).
import type { Token } from 'markdown-it';
import { markdownParser } from '../../markdown/parser.js';
import { blockSource } from '../block-source.js';
import type { FileRule } from '../rule.js';

export const structureNestedLink: FileRule = {
  id: 'structure/nested-link',
  severity: 'error',
  description: 'A link inside the text of another link (an autolink <https://…> in [ ]): a book cannot hold a link in a link.',
  // EPUBCheck refuses the book: no disable comment makes it right.
  unsilenceable: true,
  scope: 'file',
  check({ doc, text, reportLine }) {
    for (const block of doc.blocks) {
      if (block.kind === 'field' || !hasNestedLink(blockSource(text, block))) continue;
      reportLine(block.lineOffset[0]!, 'a link inside the text of another link — write the inner address as plain text, or take it out of the [ ]');
    }
  },
};

function hasNestedLink(source: string): boolean {
  if (!source.includes('<') && !source.includes('](')) return false;
  const tokens: Token[] = markdownParser().parseInline(source, {})[0]?.children ?? [];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === 'link_open' && depth++ > 0) return true;
    if (token.type === 'link_close') depth--;
  }
  return false;
}
