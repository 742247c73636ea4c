// Chromium (Debian's chromium, driven by playwright-core): the engine of many
// Android readers. Each XHTML file is paginated in the harness page's iframe
// and measured by page-script.js; the fonts come from the DevTools protocol
// (CSS.getPlatformFontsForNode: the fonts Chromium really drew a node with).
import path from 'node:path';
import { chromium, type CDPSession, type Page as BrowserPage } from 'playwright-core';
import type { BuiltBook } from '../book.js';
import type { Rendering } from '../model.js';
import { ROLE_SELECTORS } from '../roles.js';
import { HARNESS_PAGE, serveBook } from './book-server.js';
import { browserPages, loadPageScript, type GlyphFont, type MeasuredDocument, type RawDocument } from './browser-model.js';
import { PAGE, PNG_PAGES, PNG_SCALE, type EngineRun } from './geometry.js';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export async function renderWithChromium(book: BuiltBook, executablePath: string, run: EngineRun): Promise<Rendering> {
  const server = await serveBook(book.dir);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: PAGE.width, height: PAGE.height }, deviceScaleFactor: PNG_SCALE });
    const page = await context.newPage();
    await page.goto(server.url(HARNESS_PAGE.slice(1)));
    await page.evaluate(await loadPageScript(run.root));
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const documents: MeasuredDocument[] = [];
    let shown = 0;
    for (const name of book.spine) {
      await page.evaluate(`window.__qikan.load(${JSON.stringify(server.url(name))}, ${JSON.stringify(PAGE)})`);
      const raw = (await page.evaluate(`window.__qikan.measure(${JSON.stringify(ROLE_SELECTORS)}, ${JSON.stringify(PAGE)})`)) as RawDocument;
      for (let column = 0; column < raw.pages && shown < PNG_PAGES && run.pngDir !== undefined; column++) {
        await page.evaluate(`window.__qikan.turnTo(${column}, ${JSON.stringify(PAGE)})`);
        await page.screenshot({ path: path.join(run.pngDir, `${run.label}-chromium-page-${++shown}.png`) });
      }
      await cdp.send('DOM.getDocument', { depth: 0 });
      documents.push({ name, raw, fonts: await glyphFonts(page, cdp, raw) });
    }
    return { engine: 'chromium', book: book.epub, pageWidth: PAGE.width, pageHeight: PAGE.height, pages: browserPages(documents), notes: [] };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The font of each measured glyph, node by node; per character where a node used several. */
async function glyphFonts(page: BrowserPage, cdp: CDPSession, raw: RawDocument): Promise<GlyphFont[]> {
  const byNode: string[][] = [];
  for (let index = 0; index < raw.nodes.length; index++) {
    await page.evaluate(`window.__qikan.wrapNode(${index}, false)`);
    const fonts = await platformFonts(cdp, 'window.__qikanSpans[0]');
    if (fonts.length <= 1) {
      byNode.push([fonts[0] ?? '']);
      continue;
    }
    const pieces = (await page.evaluate(`window.__qikan.wrapNode(${index}, true)`)) as string[];
    const perCharacter: string[] = [];
    for (let i = 0; i < pieces.length; i++) {
      if (/\s/u.test(pieces[i]!)) continue;
      perCharacter.push((await platformFonts(cdp, `window.__qikanSpans[${i}]`))[0] ?? '');
    }
    byNode.push(perCharacter);
  }
  // Glyphs come node by node, in order; a node with one font gives it to all its glyphs.
  const seen = new Map<number, number>();
  return raw.glyphs.map(([, node]) => {
    const n = seen.get(node) ?? 0;
    seen.set(node, n + 1);
    const fonts = byNode[node]!;
    return { font: fonts.length === 1 ? fonts[0]! : (fonts[n] ?? '') };
  });
}

/** The families Chromium drew the text of the element `expression` with, most glyphs first. */
async function platformFonts(cdp: CDPSession, expression: string): Promise<string[]> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  if (result.objectId === undefined) return [];
  const { nodeId } = await cdp.send('DOM.requestNode', { objectId: result.objectId });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount).map((f) => f.familyName);
}
