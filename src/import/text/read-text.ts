// Plain text (copied out of a PDF): every non-empty line is a paragraph. Lines
// torn at page breaks are joined later, with the rest of the repairs.
import type { SourceBlock } from '../model.js';
import { escapeInline } from '../../markdown/escape.js';

// Indentation (two U+3000 in Chinese typesetting) and trailing spaces are layout, not text.
const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0]+$/gu;

// A paragraph's first line is indented; a line that goes on one is not.
const INDENT = /^[ \t\u3000\u00a0]/u;

export function textBlocks(text: string): SourceBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, index) => ({ text: line.replace(EDGE_SPACE, ''), line: index + 1, indented: INDENT.test(line) }))
    .filter(({ text }) => text !== '')
    .map(({ text, line, indented }) => ({ kind: 'paragraph' as const, text, markdown: escapeInline(text), line, ...(indented ? { indented } : {}) }));
}
