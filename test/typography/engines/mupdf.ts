// MuPDF (Debian's mupdf-tools), the engine of many e-ink readers and
// SumatraPDF: `mutool draw` lays the EPUB out at the harness's page size and
// its trace device reports every glyph with its font and position.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Rendering } from '../model.js';
import { roleStylesheet } from '../roles.js';
import { PAGE, PNG_PAGES, PNG_SCALE, type EngineRun } from './geometry.js';
import { sampleMarkForms, type MarkForms } from './mark-forms.js';
import { parsePgm } from './pgm.js';
import { runTool } from './run.js';
import { parseTrace, tracePages } from './trace.js';

/** A page of the book should take MuPDF well under a second; a minute means it is stuck. */
const TIME_LIMIT_MS = 120_000;

export interface MupdfRendering extends Rendering {
  markForms: MarkForms;
}

/** The user stylesheet: the reader's page margins, and the role tags. */
function userStylesheet(): string {
  return `@page { margin: ${PAGE.marginTop}px ${PAGE.marginSide}px; }\n${roleStylesheet()}\n`;
}

function layoutArgs(css: string): string[] {
  return ['-W', String(PAGE.width), '-H', String(PAGE.height), '-S', String(PAGE.fontSize), '-U', css];
}

export async function renderWithMupdf(epub: string, { workDir, label, pngDir }: EngineRun): Promise<MupdfRendering> {
  const css = path.join(workDir, `${label}-mupdf-user.css`);
  await writeFile(css, userStylesheet());
  const tracePath = path.join(workDir, `${label}-mupdf.trace`);
  await runTool('mutool', ['draw', '-q', '-F', 'trace', ...layoutArgs(css), '-o', tracePath, epub], { timeoutMs: TIME_LIMIT_MS });
  const trace = parseTrace(await readFile(tracePath, 'utf8'));
  const pages = tracePages(trace);
  const raster = async (page: number) => {
    const file = path.join(workDir, `${label}-mupdf-raster-${page}.pgm`);
    await runTool('mutool', ['draw', '-q', '-r', '288', '-c', 'gray', ...layoutArgs(css), '-o', file, epub, String(page)], { timeoutMs: TIME_LIMIT_MS });
    return { image: parsePgm(await readFile(file)), scale: 4 };
  };
  const markForms = await sampleMarkForms(pages, raster);
  if (pngDir !== undefined) {
    // MuPDF lays an EPUB out in points, one per CSS px: 72 dpi is one pixel per CSS px.
    const dpi = String(72 * PNG_SCALE);
    await runTool('mutool', ['draw', '-q', '-r', dpi, ...layoutArgs(css), '-o', path.join(pngDir, `${label}-mupdf-page-%d.png`), epub, `1-${PNG_PAGES}`], { timeoutMs: TIME_LIMIT_MS });
  }
  return { engine: 'mupdf', book: epub, pageWidth: trace[0]?.width ?? PAGE.width, pageHeight: trace[0]?.height ?? PAGE.height, pages, notes: [], markForms };
}
