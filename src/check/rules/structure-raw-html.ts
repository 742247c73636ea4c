// Input: "<br>", "<span style=…>", "<!-- 注释 -->" in Markdown. Nothing from a
// source may inject markup into the book; the comments allowed are
// <!-- qikan-disable-next-line rule-id --> on a line of its own and the page
// marker <!-- page 5 --> (inline-mask.ts takes those out of doc.html).
import { fileRule } from '../rule.js';

export const structureRawHtml = fileRule('structure/raw-html', 'error', {
  description: 'Raw HTML in Markdown: not allowed (only the qikan-disable-next-line comment and page markers `<!-- page N -->`).',
  check({ doc, text, report }) {
    for (const [i, span] of doc.html.entries()) {
      // One finding per element: a closing tag right after its opening one on the same line adds nothing.
      const previous = doc.html[i - 1];
      const html = text.slice(span.start, span.end);
      if (previous && html.startsWith('</') && !text.slice(previous.end, span.start).includes('\n')) continue;
      const shown = html.length > 40 ? `${html.slice(0, 39)}…` : html;
      // A page marker written another way (<!--page 5-->, <!-- Page 5 -->) gets its canonical form.
      const page = /^<!--\s*page\s*(\d+)\s*-->$/i.exec(html);
      if (page) report(span.start, span.end, `"${shown}" is not a page marker — write it <!-- page ${Number(page[1])} --> (one space inside each side)`);
      else report(span.start, span.end, `raw HTML "${shown}" is not allowed — write it in Markdown (the only comment allowed is <!-- qikan-disable-next-line rule-id --> on its own line)`);
    }
  },
});
