// Input: "    2月6日，全省学习贯彻……会议在太原召开。" — a paragraph indented with
// four spaces or a tab, as text pasted from Word or a web page often is. In
// Markdown that is a code block: the book sets it in a monospace font and
// does not wrap it, so a long line runs past the page's edge (MuPDF cuts it
// off there). Code blocks of Chinese prose are such paragraphs; real code
// has none.
import { hanAt } from '../cjk.js';
import { lineText } from '../document.js';
import type { FileRule } from '../rule.js';

export const sourceIndentedProse: FileRule = {
  id: 'source/indented-prose',
  severity: 'warning',
  description: 'Chinese text indented by four spaces or a tab, which Markdown takes for a code block (monospace, not wrapped).',
  fix: 'deletes the indentation (the stylesheet indents paragraphs); only outside lists and block quotes',
  scope: 'file',
  check({ doc, report }) {
    for (const { start, end, topLevel } of doc.indentedCode) {
      const lines = Array.from({ length: end - start }, (_, k) => lineText(doc, start + k));
      if (!lines.some((line) => [...line].some((_, i) => hanAt(line, i)))) continue;
      const first = lines[0]!;
      const indent = /^[ \t]*/.exec(first)![0].length;
      const message = `this paragraph is indented by ${/\t/.test(first.slice(0, indent)) ? 'a tab' : `${indent} spaces`}, so Markdown shows it as code: monospace and not wrapped, cut off at the page's edge in some readers — delete the indentation (the stylesheet indents paragraphs)`;
      const from = doc.lineStarts[start]!;
      const to = doc.lineStarts[end - 1]! + lines[lines.length - 1]!.length;
      // In a list or a block quote, the indentation is partly the container's: a person decides.
      const edit = topLevel ? { start: from, end: to, text: doc.text.slice(from, to).replace(/^[ \t]+/gm, '') } : undefined;
      report(from + indent, from + first.trimEnd().length, message, edit);
    }
  },
};
