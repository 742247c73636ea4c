// Input: "<br>", "<span style=…>", "<!-- 注释 -->" in Markdown. Nothing from a
// source may inject markup into the book; the one comment allowed is
// <!-- qikan-disable-next-line rule-id --> on a line of its own.
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

export const structureRawHtml: DocRule = {
  id: 'structure/raw-html',
  severity: 'error',
  description: 'Raw HTML in Markdown: not allowed (only the qikan-disable-next-line comment).',
  check(doc) {
    // One finding per element: a closing tag right after its opening one on the same line adds nothing.
    const spans = doc.html.filter((span, i) => {
      const previous = doc.html[i - 1];
      const text = doc.text.slice(span.start, span.end);
      return !(previous && text.startsWith('</') && !doc.text.slice(previous.end, span.start).includes('\n'));
    });
    return spans.map((span) => {
      const html = doc.text.slice(span.start, span.end);
      const shown = html.length > 40 ? `${html.slice(0, 39)}…` : html;
      return report(doc, this, span.start, span.end, `raw HTML "${shown}" is not allowed — write it in Markdown (the only comment allowed is <!-- qikan-disable-next-line rule-id --> on its own line)`);
    });
  },
};
