// WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver under xvfb-run), the
// engine family of Apple Books and of Foliate. The same page script as in
// Chromium paginates and measures each XHTML file. WebDriver has no inspector
// protocol, so the font of each character is found by drawing it on a canvas
// (engines/page-script.js, identifyFonts) against the installed fonts that
// have it, the ones the element's font-family names first.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { BuiltBook } from '../book.js';
import type { FontCatalog } from '../font-catalog.js';
import type { Rendering } from '../model.js';
import { ROLE_SELECTORS } from '../roles.js';
import { HARNESS_PAGE, serveBook } from './book-server.js';
import { browserPages, loadPageScript, type GlyphFont, type MeasuredDocument, type RawDocument, type RawNode } from './browser-model.js';
import { PAGE, PNG_PAGES, type EngineRun } from './geometry.js';
import { startWebKit, type WebDriverSession } from './webdriver.js';

export async function renderWithWebKit(book: BuiltBook, fonts: FontCatalog, run: EngineRun): Promise<Rendering> {
  const server = await serveBook(book.dir);
  const webkit = await startWebKit();
  try {
    // Big enough for the 360 × 480 iframe; MiniBrowser's window is at least 447 px wide.
    await webkit.setWindowSize(800, 800);
    await webkit.navigate(server.url(HARNESS_PAGE.slice(1)));
    await webkit.execute(await loadPageScript(run.root));
    const documents: MeasuredDocument[] = [];
    let shown = 0;
    for (const name of book.spine) {
      await webkit.execute('return window.__qikan.load(arguments[0], arguments[1]);', [server.url(name), PAGE]);
      const raw = await webkit.execute<RawDocument>('return window.__qikan.measure(arguments[0], arguments[1]);', [ROLE_SELECTORS, PAGE]);
      for (let column = 0; column < raw.pages && shown < PNG_PAGES && run.pngDir !== undefined; column++) {
        await webkit.execute('return window.__qikan.turnTo(arguments[0], arguments[1]);', [column, PAGE]);
        await writeFile(path.join(run.pngDir, `${run.label}-webkit-page-${++shown}.png`), topLeft(await webkit.screenshot(), PAGE.width, PAGE.height));
      }
      documents.push({ name, raw, fonts: await glyphFonts(webkit, raw, fonts) });
    }
    const notes = [`WebKitGTK ${webkit.browserVersion}; fonts found by comparing canvas drawings, not reported by the engine; screenshots at 1 px per CSS px`];
    return { engine: 'webkit', book: book.epub, pageWidth: PAGE.width, pageHeight: PAGE.height, pages: browserPages(documents), notes };
  } finally {
    await webkit.quit();
    await server.close();
  }
}

/** The top-left corner of a PNG (the harness page's iframe), cut out by drawing it into an SVG of that size. */
function topLeft(png: Buffer, width: number, height: number): Buffer {
  // PNG: the IHDR chunk right after the signature gives width and height (bytes 16–23).
  const [fullWidth, fullHeight] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const image = `<image width="${fullWidth}" height="${fullHeight}" href="data:image/png;base64,${png.toString('base64')}"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${image}</svg>`;
  return new Resvg(svg).render().asPng();
}

interface FontRequest {
  character: string;
  family: string;
  weight: string;
  style: string;
  candidates: string[];
}

/** The font of each glyph: one canvas comparison per character and font-family of the document. */
async function glyphFonts(webkit: WebDriverSession, raw: RawDocument, fonts: FontCatalog): Promise<GlyphFont[]> {
  const families = installedFamilies(fonts);
  const keyOf = (character: string, node: RawNode) => `${character}\u0000${node.family}\u0000${node.weight}\u0000${node.style}`;
  const requests = new Map<string, FontRequest>();
  for (const [character, index] of raw.glyphs) {
    const node = raw.nodes[index]!;
    const key = keyOf(character, node);
    if (!requests.has(key)) requests.set(key, { character, family: node.family, weight: node.weight, style: node.style, candidates: candidates(character, node.family, families, fonts) });
  }
  const answers = await webkit.execute<string[]>('return window.__qikan.identifyFonts(arguments[0]);', [[...requests.values()]]);
  const found = new Map([...requests.keys()].map((key, i) => [key, answers[i] ?? ''] as const));
  return raw.glyphs.map(([character, index]) => {
    const answer = found.get(keyOf(character, raw.nodes[index]!))!;
    return answer === 'missing' ? { font: '', missing: true } : { font: answer };
  });
}

/** Every installed family name, once. */
function installedFamilies(fonts: FontCatalog): string[] {
  return [...new Set(fonts.entries.filter((e) => e.origin !== 'mupdf').map((e) => e.names[0]!))];
}

/** The families to try for a character: those the element names, in its order, then every other that has it. */
export function candidates(character: string, fontFamily: string, families: readonly string[], fonts: FontCatalog): string[] {
  const named = fontFamily.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
  const has = (family: string) => fonts.covers(family, character) === true;
  const first = named.filter((f) => families.includes(f) && has(f));
  return [...first, ...families.filter((f) => !first.includes(f) && has(f))];
}
