// clreq's prohibition rules at line edges: a closing mark (。，”）…) that
// starts a line, an opening mark (“（《…) that ends one, and a dash or an
// ellipsis cut in two between lines.
import { LINE_END_PROHIBITED, LINE_START_PROHIBITED, UNSPLITTABLE } from '../clreq.js';
import { lineText, type Line, type Page } from '../model.js';

export interface LineEdgeFinding {
  page: number;
  kind: 'closing mark starts line' | 'opening mark ends line' | 'dash or ellipsis split';
  mark: string;
  /** The line as set (the previous line's end, for a split mark, after a ⏎). */
  line: string;
}

export function lineEdgeFindings(pages: readonly Page[]): LineEdgeFinding[] {
  const findings: LineEdgeFinding[] = [];
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const first = line.glyphs[0]?.text;
      const last = line.glyphs.at(-1)?.text;
      if (first === undefined || last === undefined) return;
      if (LINE_START_PROHIBITED.has(first)) findings.push({ page: page.number, kind: 'closing mark starts line', mark: first, line: lineText(line) });
      if (LINE_END_PROHIBITED.has(last)) findings.push({ page: page.number, kind: 'opening mark ends line', mark: last, line: lineText(line) });
      const previous = page.lines[i - 1];
      if (previous !== undefined && splitsMark(previous, line)) {
        findings.push({ page: page.number, kind: 'dash or ellipsis split', mark: first, line: `${lineText(previous).slice(-6)}⏎${lineText(line).slice(0, 6)}` });
      }
    });
  }
  return findings;
}

/** The line before ends with half of ——/…… and this one starts with the other half. */
function splitsMark(previous: Line, line: Line): boolean {
  const end = previous.glyphs.at(-1);
  const start = line.glyphs[0];
  if (end === undefined || start === undefined || end.text !== start.text || !UNSPLITTABLE.has(end.text)) return false;
  // Only an odd run of marks at the end of the line is a mark cut in two.
  let run = 0;
  for (let i = previous.glyphs.length - 1; i >= 0 && previous.glyphs[i]!.text === end.text; i--) run++;
  const sameBlock = end.block === undefined || end.block === start.block;
  return sameBlock && run % 2 === 1;
}
