// Input: "<br>", "<span style=…>", "<!-- 注释 -->" in Markdown. Nothing from a
// source may inject markup into the book; the one comment allowed is
// <!-- qikan-disable-next-line rule-id --> on a line of its own.
import type { FileRule } from '../rule.js';

export const structureRawHtml: FileRule = {
  id: 'structure/raw-html',
  severity: 'error',
  description: 'Raw HTML in Markdown: not allowed (only the qikan-disable-next-line comment).',
  scope: 'file',
  check({ doc, text, report }) {
    for (const [i, span] of doc.html.entries()) {
      // One finding per element: a closing tag right after its opening one on the same line adds nothing.
      const previous = doc.html[i - 1];
      const html = text.slice(span.start, span.end);
      if (previous && html.startsWith('</') && !text.slice(previous.end, span.start).includes('\n')) continue;
      const shown = html.length > 40 ? `${html.slice(0, 39)}…` : html;
      report(span.start, span.end, `raw HTML "${shown}" is not allowed — write it in Markdown (the only comment allowed is <!-- qikan-disable-next-line rule-id --> on its own line)`);
    }
  },
};
