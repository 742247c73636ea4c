// Plain text (copied out of a PDF): every non-empty line is a paragraph. Lines
// torn at page breaks are joined later, with the rest of the repairs.
import type { SourceBlock } from '../model.js';
import { escapeInline } from './markdown.js';

// Indentation (two U+3000 in Chinese typesetting) and trailing spaces are layout, not text.
const EDGE_SPACE = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0]+$/gu;

export function textBlocks(text: string): SourceBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, index) => ({ text: line.replace(EDGE_SPACE, ''), line: index + 1 }))
    .filter(({ text }) => text !== '')
    .map(({ text, line }) => ({ kind: 'paragraph' as const, text, markdown: escapeInline(text), line }));
}
