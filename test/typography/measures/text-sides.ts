// Text past the sides of the text area: characters a reader loses or finds in
// the margin — a table cell whose words cannot break, set wider than the page
// (Chromium drew 另有3名党员在外地学习 of the test issue's table to the page's
// edge and beyond). Every engine lays out the same page (engines/geometry.ts):
// the text area is the page less its side margins, in the engine's unit.
import { PAGE } from '../engines/geometry.js';
import { lineText, type Page } from '../model.js';

/** How far a glyph may reach past the text area: rounding, not a character. */
const TOLERANCE_PX = 1;

export interface SideFinding {
  page: number;
  /** The characters past the text area, in order. */
  text: string;
  /** The line they stand in. */
  line: string;
}

/** Lines with characters left of or right of the text area of a page `pageWidth` wide. */
export function textPastSides(pages: readonly Page[], pageWidth: number): SideFinding[] {
  const unit = pageWidth / PAGE.width;
  const [left, right] = [(PAGE.marginSide - TOLERANCE_PX) * unit, pageWidth - (PAGE.marginSide - TOLERANCE_PX) * unit];
  const findings: SideFinding[] = [];
  for (const page of pages) {
    for (const line of page.lines) {
      // A zero-width glyph (U+200B, a byline's place to break) takes no room wherever it stands.
      const outside = line.glyphs.filter((glyph) => glyph.width > 0 && (glyph.x < left || glyph.x + glyph.width > right));
      if (outside.length > 0) findings.push({ page: page.number, text: outside.map((g) => g.text).join(''), line: lineText(line) });
    }
  }
  return findings;
}
