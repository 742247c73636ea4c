// Glyphs drawn over each other: a table whose cells overlap, a line set over
// the one before it. Each glyph is taken as its em box (advance × font size);
// two glyphs overlap when they share more than a quarter of the smaller box.
import { pageGlyphs, type Glyph, type Page } from '../model.js';

const OVERLAP_SHARE = 0.25;

export interface OverlapFinding {
  page: number;
  first: string;
  second: string;
}

export function overlappingGlyphs(pages: readonly Page[]): OverlapFinding[] {
  const findings: OverlapFinding[] = [];
  for (const page of pages) {
    const glyphs = pageGlyphs(page).sort((a, b) => a.x - b.x);
    for (let i = 0; i < glyphs.length; i++) {
      const a = glyphs[i]!;
      for (let j = i + 1; j < glyphs.length && glyphs[j]!.x < a.x + a.width; j++) {
        const b = glyphs[j]!;
        if (sharedArea(a, b) > OVERLAP_SHARE * Math.min(area(a), area(b))) findings.push({ page: page.number, first: a.text, second: b.text });
      }
    }
  }
  return findings;
}

function area(g: Glyph): number {
  return g.width * g.size;
}

function sharedArea(a: Glyph, b: Glyph): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.top + a.size, b.top + b.size) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}
