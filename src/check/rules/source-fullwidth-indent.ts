// Input: "　　龙年春节即将到来。" — paragraphs indented by hand with
// ideographic spaces (U+3000), as in Word; the stylesheet already indents.
import { startsBlockSyntax } from '../../markdown/escape.js';
import { fileRule } from '../rule.js';

const UNSAFE = ' (--fix leaves this one: without them the line would begin Markdown syntax — a list, quote, heading, rule or code; delete them by hand and write \\ before the mark that starts the line)';

const isIndent = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u3000';

// A file rule: the indentation lies before a paragraph line, outside the block's text.
export const sourceFullwidthIndent = fileRule('source/fullwidth-indent', 'warning', {
  description: 'Full-width spaces (U+3000) used to indent a paragraph line.',
  fix: 'deletes the full-width spaces (the stylesheet indents paragraphs), unless the line would then begin Markdown syntax',
  check({ doc, text, report }) {
    for (const block of doc.blocks) {
      if (block.kind !== 'paragraph') continue;
      for (const offset of block.lineOffset) {
        let start = offset;
        while (start > 0 && isIndent(text[start - 1])) start--;
        let end = offset;
        while (text[end] === '\u3000') end++;
        const indent = text.slice(start, end);
        const first = indent.indexOf('\u3000');
        // Indentation only: what precedes is the line start or a container marker (> or a list marker).
        if (first < 0 || (start > 0 && text[start - 1] !== '\n' && !/[>*+\-.)]/.test(text[start - 1]!))) continue;
        const kept = indent.replaceAll('\u3000', '');
        const lineEnd = text.indexOf('\n', end);
        const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
        // Unindented, the line must still be paragraph text: 　　1. would become a list item,
        // 　　*** a rule (its text gone), 　　--- under a line a heading, and four spaces left code.
        const left = /^[ \t]*/.exec(kept + rest)![0];
        const certain = !startsBlockSyntax((kept + rest).slice(left.length)) && !left.includes('\t') && left.length < 4;
        report(
          start + first,
          start + indent.lastIndexOf('\u3000') + 1,
          `full-width spaces indent this paragraph — delete them; the stylesheet indents paragraphs${certain ? '' : UNSAFE}`,
          certain ? { start, end, text: kept } : undefined,
        );
      }
    }
  },
});
