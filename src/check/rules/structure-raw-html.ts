// Input: "<br>", "<span style=…>", "<!-- 注释 -->" in Markdown. Nothing from a
// source may inject markup into the book; the comments allowed are
// <!-- qikan-disable-next-line rule-id --> on a line of its own and the page
// marker <!-- page 5 --> (inline-mask.ts takes those out of doc.html).
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

export const structureRawHtml: DocRule = {
  id: 'structure/raw-html',
  severity: 'error',
  description: 'Raw HTML in Markdown: not allowed (only the qikan-disable-next-line comment and page markers `<!-- page N -->`).',
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
      // A page marker written another way (<!--page 5-->, <!-- Page 5 -->) gets its canonical form.
      const page = /^<!--\s*page\s*(\d+)\s*-->$/i.exec(html);
      if (page) return report(doc, this, span.start, span.end, `"${shown}" is not a page marker — write it <!-- page ${Number(page[1])} --> (one space inside each side)`);
      return report(doc, this, span.start, span.end, `raw HTML "${shown}" is not allowed — write it in Markdown (the only comment allowed is <!-- qikan-disable-next-line rule-id --> on its own line)`);
    });
  },
};
