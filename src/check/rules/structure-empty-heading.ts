// Input: "##" alone, "## ![图](a.png)", "## **  **". The heading has no text:
// the book's contents (nav) would get an entry without a name, which
// EPUBCheck refuses, and a reader sees an empty line in the 目录.
import type { Token } from 'markdown-it';
import { markdownParser } from '../../markdown/parser.js';
import { blockSource } from '../block-source.js';
import { fileRule } from '../rule.js';

export const structureEmptyHeading = fileRule('structure/empty-heading', 'error', {
  description: 'A heading without text (only #s, an image or markup): the contents would list an entry without a name.',
  // EPUBCheck refuses the book: no disable comment makes it right.
  unsilenceable: true,
  check({ doc, text, report, reportLine }) {
    for (const block of doc.blocks) {
      if (block.kind !== 'heading' || hasText(blockSource(text, block))) continue;
      if (block.text.length > 0) report(block.lineOffset[0]!, block.lineOffset[0]! + block.text.split('\n')[0]!.length, MESSAGE);
      else reportLine(block.lineOffset[0]!, MESSAGE);
    }
  },
});

const MESSAGE = 'heading has no text (an image or markup alone does not name a section) — write its words, or make it a paragraph';

/** Is there a visible character in the heading's text, outside images (their alt text is not a name)? */
function hasText(raw: string): boolean {
  const tokens: Token[] = markdownParser().parseInline(raw, {})[0]?.children ?? [];
  return tokens.some((token) => (token.type === 'text' || token.type === 'code_inline') && token.content.trim() !== '');
}
