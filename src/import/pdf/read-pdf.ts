// The edge that opens a PDF: every page's text as positioned runs, read by
// Mozilla's pdf.js (pdfjs-dist, legacy build for Node). Chinese PDFs whose
// fonts are not embedded need pdf.js's CMaps, and the 14 standard fonts their
// metrics: both ship inside the package and are read from its folder, so
// nothing is fetched at run time. No rendering: text content only.
import { createRequire } from 'node:module';
import path from 'node:path';

/** One run of text as pdf.js reports it, in PDF points, y measured upwards from the page's foot. */
export interface TextRun {
  text: string;
  /** Left end of the baseline. */
  x: number;
  y: number;
  /** Advance width of the run. */
  width: number;
  /** Font size (the glyphs' height in points). */
  size: number;
  /** The font's name says bold (…-Bold, …Heavy, 黑体 SimHei …). */
  bold: boolean;
  /** Right-to-left or vertical runs are reported, not read. */
  horizontal: boolean;
}

export interface PdfPage {
  /** 1-based index in the file. */
  index: number;
  width: number;
  height: number;
  runs: TextRun[];
}

const BOLD_NAME = /bold|heavy|black|demi|semibold|hei|黑/i;

function packageFolder(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

/**
 * pdf.js, loaded without its drawing warnings. In Node it polyfills DOMMatrix,
 * ImageData and Path2D from @napi-rs/canvas as the module loads, before any
 * verbosity can be set, and prints "Warning: Cannot polyfill …" three times
 * when it cannot — which a maintainer importing a PDF would read as trouble.
 * Reading text never draws (vendor/no-canvas stands in for the canvas), so
 * exactly those lines are dropped while the module loads; nothing else is.
 */
let pdfjs: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined;

function loadPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  // Once: two loads at a time would each save and put back the other's filter.
  pdfjs ??= importQuietly();
  return pdfjs;
}

async function importQuietly(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && /^Warning: Cannot polyfill `\w+`, rendering may be broken\.$/.test(args[0])) return;
    log(...args);
  };
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.log = log;
  }
}

/** Reads the text of every page. Throws what pdf.js throws for a file that is not a PDF or is encrypted. */
export async function readPdf(data: Uint8Array): Promise<PdfPage[]> {
  const { getDocument } = await loadPdfjs();
  const folder = packageFolder();
  const document = await getDocument({
    data,
    // Node reads these with fs when the URL is a path ending in a separator.
    cMapUrl: path.join(folder, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(folder, 'standard_fonts') + path.sep,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    // The font names (for bold) come with the operator list's font objects.
    fontExtraProperties: true,
    verbosity: 0,
  }).promise;
  try {
    const pages: PdfPage[] = [];
    // Font ids (g_d0_f1 …) name one font of the document on every page: learn each one's weight once.
    const bold = new Map<string, boolean>();
    for (let index = 1; index <= document.numPages; index++) {
      const page = await document.getPage(index);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      await learnWeights(page, Object.keys(content.styles), bold);
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        runs.push({
          text: item.str,
          x: e! - x0,
          y: f! - y0,
          width: item.width,
          size: Math.hypot(c!, d!) || Math.hypot(a!, b!),
          bold: bold.get(item.fontName) === true,
          horizontal: Math.abs(b!) < 1e-3 && Math.abs(c!) < 1e-3 && a! > 0 && item.dir !== 'rtl',
        });
      }
      pages.push({ index, width: x1 - x0, height: y1 - y0, runs });
      page.cleanup();
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/**
 * Whether each new font of a page is bold. pdf.js names the fonts of its text
 * content g_d0_f1 …; the PDF's own name (ABCDEF+NotoSerifSC-Bold) is on the
 * font object, which only the operator list loads — as costly as the text
 * itself, so it is asked for only on pages that bring a font not seen before.
 */
async function learnWeights(page: { getOperatorList(): Promise<unknown>; commonObjs: { has(id: string): boolean; get(id: string): unknown } }, ids: string[], bold: Map<string, boolean>): Promise<void> {
  const unknown = ids.filter((id) => !bold.has(id));
  if (unknown.length === 0) return;
  await page.getOperatorList();
  for (const id of unknown) {
    const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string; bold?: boolean; black?: boolean } | undefined) : undefined;
    bold.set(id, font !== undefined && (font.bold === true || font.black === true || BOLD_NAME.test(font.name ?? '')));
  }
}
