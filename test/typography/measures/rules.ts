// Rules drawn through text: a table border set across a cell's characters, as
// MuPDF 1.21 draws a full grid (each cell's borders at its own content's
// height and width, not the row's and column's). A glyph is crossed when a
// rule passes through the middle of its em box: inside its central 80% both
// ways, so a rule that only touches the edge of a line box does not count.
import { pageGlyphs, type Box, type Glyph, type Page } from '../model.js';

/** The share of the em box, at each edge, that a rule may touch without crossing the glyph. */
const EDGE = 0.1;

export interface RuleFinding {
  page: number;
  /** The characters the rule crosses, in reading order. */
  text: string;
  /** Along the line (horizontal) or across it (vertical). */
  direction: 'horizontal' | 'vertical';
}

/** Every rule through text on the pages; undefined when the engine does not report its rules. */
export function rulesThroughText(pages: readonly Page[]): RuleFinding[] | undefined {
  if (pages.some((page) => page.rules === undefined)) return undefined;
  const findings: RuleFinding[] = [];
  for (const page of pages) {
    const glyphs = pageGlyphs(page);
    for (const rule of page.rules!) {
      const crossed = glyphs.filter((glyph) => crosses(rule, glyph));
      if (crossed.length > 0) findings.push({ page: page.number, text: crossed.map((g) => g.text).join(''), direction: rule.width >= rule.height ? 'horizontal' : 'vertical' });
    }
  }
  return findings;
}

function crosses(rule: Box, glyph: Glyph): boolean {
  const [left, right] = [glyph.x + EDGE * glyph.width, glyph.x + (1 - EDGE) * glyph.width];
  const [top, bottom] = [glyph.top + EDGE * glyph.size, glyph.top + (1 - EDGE) * glyph.size];
  return rule.x < right && rule.x + rule.width > left && rule.y < bottom && rule.y + rule.height > top;
}

/**
 * How many rules run across a table between its rows: horizontal rules within
 * the height of a page's table cells that share some width with them. A book
 * with a table whose borders the engine reports has some; none would mean the
 * measure read no border at all.
 */
export function tableRules(pages: readonly Page[]): number {
  let count = 0;
  for (const page of pages) {
    const cells = pageGlyphs(page).filter((glyph) => glyph.role === 'cell');
    if (cells.length === 0) continue;
    const top = Math.min(...cells.map((g) => g.top));
    const bottom = Math.max(...cells.map((g) => g.top + g.size));
    const across = (rule: Box) => rule.width > rule.height && rule.y > top && rule.y < bottom && cells.some((g) => rule.x < g.x + g.width && rule.x + rule.width > g.x);
    count += (page.rules ?? []).filter(across).length;
  }
  return count;
}
