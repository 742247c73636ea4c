// Samples ，and 。 of a rendering and reads their glyph form from the ink of
// the page raster (measures/glyph-forms.ts). Used for MuPDF and Calibre, whose
// pages mutool rasterises; a page unit (CSS px or pt) is `scale` pixels.
import { inkCentre, markForm, type GreyImage, type MarkForm } from '../measures/glyph-forms.js';
import { pageGlyphs, type Page } from '../model.js';

const MARKS = new Set(['，', '。']);

export interface MarkSample {
  page: number;
  mark: string;
  form: MarkForm;
  /** Centre of the ink: x in em from the glyph's left edge, y from the em box's top. */
  centre: { x: number; y: number };
}

export interface MarkForms {
  simplified: number;
  traditional: number;
  other: number;
  samples: MarkSample[];
}

export async function sampleMarkForms(pages: readonly Page[], raster: (page: number) => Promise<{ image: GreyImage; scale: number }>, limit = 12): Promise<MarkForms> {
  const samples: MarkSample[] = [];
  for (const page of pages) {
    const marks = pageGlyphs(page).filter((g) => MARKS.has(g.text));
    if (marks.length === 0) continue;
    const { image, scale } = await raster(page.number);
    for (const glyph of marks.slice(0, limit - samples.length)) {
      // The advance box (so no neighbour's ink), at most one em wide; positions in em.
      const width = Math.min(glyph.width, glyph.size);
      const box = { left: glyph.x * scale, top: glyph.top * scale, width: width * scale, height: glyph.size * scale };
      const centre = inkCentre(image, box);
      if (centre === undefined) continue;
      const inEm = { x: (centre.x * width) / glyph.size, y: centre.y };
      samples.push({ page: page.number, mark: glyph.text, form: markForm(inEm), centre: inEm });
    }
    if (samples.length >= limit) break;
  }
  const count = (form: MarkForm) => samples.filter((s) => s.form === form).length;
  return { simplified: count('simplified'), traditional: count('traditional'), other: count('other'), samples };
}
