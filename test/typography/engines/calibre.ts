// Calibre (Qt WebEngine, a Chromium): its PDF output lays the book out as its
// viewer does, and converts AZW3 the same way, so one route measures both
// the EPUB and the Kindle book. The PDF is read with MuPDF's trace device.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FontCatalog } from '../font-catalog.js';
import type { Glyph, Page, Rendering } from '../model.js';
import { roleStylesheet } from '../roles.js';
import { harnessFile, PAGE, PNG_PAGES, PNG_SCALE, PT_PER_PX, type EngineRun } from './geometry.js';
import { sampleMarkForms, type MarkForms } from './mark-forms.js';
import { parsePgm } from './pgm.js';
import { runTool } from './run.js';
import { foldSharedGlyphs } from './shared-glyphs.js';
import { parseTrace, tracePages, type TracePage } from './trace.js';

const TIME_LIMIT_MS = 300_000;

export interface CalibreRendering extends Rendering {
  markForms: MarkForms;
}

/** ebook-convert's PDF options for the harness's page (geometry.ts), in points. */
export function pdfOptions(extraCss: string): string[] {
  const pt = (px: number) => String(px * PT_PER_PX);
  return [
    '--custom-size', `${pt(PAGE.width)}x${pt(PAGE.height)}`, '--unit', 'point',
    '--pdf-default-font-size', String(PAGE.fontSize),
    '--pdf-page-margin-left', pt(PAGE.marginSide), '--pdf-page-margin-right', pt(PAGE.marginSide),
    '--pdf-page-margin-top', pt(PAGE.marginTop), '--pdf-page-margin-bottom', pt(PAGE.marginTop),
    '--extra-css', extraCss,
  ];
}

/** `book` is an EPUB or an AZW3; `fonts` names the fonts Chromium embedded in the PDF. */
export async function renderWithCalibre(book: string, fonts: FontCatalog, { root, workDir, label, pngDir }: EngineRun): Promise<CalibreRendering> {
  const name = `${label}-calibre`;
  const css = path.join(workDir, `${name}-tags.css`);
  await writeFile(css, `${roleStylesheet()}\n`);
  const pdf = path.join(workDir, `${name}.pdf`);
  const env = { QT_QPA_PLATFORM: 'offscreen', QTWEBENGINE_CHROMIUM_FLAGS: '--no-sandbox' };
  await runTool('ebook-convert', [book, pdf, ...pdfOptions(css)], { timeoutMs: TIME_LIMIT_MS, env });
  const named = path.join(workDir, `${name}-named.pdf`);
  await runTool('mutool', ['run', harnessFile(root, 'name-type3-fonts.js'), pdf, named], { timeoutMs: 60_000 });
  const tracePath = path.join(workDir, `${name}.trace`);
  await runTool('mutool', ['draw', '-q', '-F', 'trace', '-o', tracePath, named], { timeoutMs: TIME_LIMIT_MS });
  // A Type3 font's glyph is a character code, not a glyph id: no .notdef test there.
  const isNotdef = (font: string, glyph: string) => !/~\d+$/.test(font) && (glyph === '0' || glyph === '.notdef');
  const trace = withoutEmphasisMarks(parseTrace(await readFile(tracePath, 'utf8'), { isNotdef }));
  const pages = tracePages(trace);
  await foldSharedGlyphs(pages, fonts);
  withPlainFontNames(pages);
  const raster = async (page: number) => {
    const file = path.join(workDir, `${name}-raster-${page}.pgm`);
    await runTool('mutool', ['draw', '-q', '-r', '288', '-c', 'gray', '-o', file, named, String(page)], { timeoutMs: 60_000 });
    return { image: parsePgm(await readFile(file)), scale: 4 };
  };
  const markForms = await sampleMarkForms(pages, raster);
  if (pngDir !== undefined) {
    // A point is 1/72 in and a CSS px 0.75 pt: PNG_SCALE pixels per CSS px.
    const dpi = String((72 / PT_PER_PX) * PNG_SCALE);
    await runTool('mutool', ['draw', '-q', '-r', dpi, '-o', path.join(pngDir, `${name}-page-%d.png`), named, `1-${PNG_PAGES}`], { timeoutMs: 60_000 });
  }
  return { engine: 'calibre', book, pageWidth: trace[0]?.width ?? 0, pageHeight: trace[0]?.height ?? 0, pages, notes: outlineNotes(trace), markForms };
}

/**
 * Chromium's PDF draws a glyph as an outline where it cannot use the font as
 * it is — a synthetic bold (a bold face asked of a font whose @font-face says
 * normal weight) — with an invisible copy of the text over it (trace.ts).
 * Worth saying: the reader sees a font emboldened by the engine.
 */
function outlineNotes(pages: readonly TracePage[]): string[] {
  const byRole = new Map<string, number>();
  for (const page of pages) for (const [role, count] of Object.entries(page.outlined)) byRole.set(role, (byRole.get(role) ?? 0) + count);
  if (byRole.size === 0) return [];
  const counts = [...byRole].map(([role, count]) => `${role} ×${count}`).join(', ');
  return [`glyphs drawn as outlines with an invisible copy of their text (Chromium's PDF does so for a synthetic bold): ${counts}; measured from the copy, in the outline's role`];
}

/** "AAAAAA+NotoSerifCJKsc-Regular~12" (subset tag, object number) → "NotoSerifCJKsc-Regular". */
function withPlainFontNames(pages: Page[]): void {
  for (const glyph of pages.flatMap((p) => p.lines.flatMap((l) => l.glyphs))) glyph.font = glyph.font.replace(/^[A-Z]{6}\+/, '').replace(/~\d+$/, '');
}

/**
 * Chromium draws emphasis dots (text-emphasis) as glyphs of their own, at half
 * the size of the text, under it: they are marks on the text, not text.
 */
function withoutEmphasisMarks(pages: TracePage[]): TracePage[] {
  const isMark = (g: Glyph, sizes: number[]) => /^[•●◦○◉﹅﹆]$/u.test(g.text) && g.size < 0.75 * Math.max(...sizes);
  return pages.map((page) => {
    const sizes = page.glyphs.map((g) => g.size);
    return { ...page, glyphs: page.glyphs.filter((g) => !isMark(g, sizes)) };
  });
}
