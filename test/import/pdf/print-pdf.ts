// Fixture PDFs made by a real engine: Chromium prints an HTML page that looks
// like the printed compilation (A5, running header, — N — folios). The HTML
// is committed; the PDF is made into a temp folder when the test runs.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { cutGlyphs, fontOf, NOTO_SERIF_SC } from '../../../src/fonts/sliced-font.js';
import { CHROMIUM } from '../../helpers/tools.js';

export const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'pdf');
/**
 * The fonts come from the npm package the cover and the book's fonts are cut
 * from (Noto Serif SC), not from the system: the same glyphs and line breaks
 * everywhere. A regular and a bold cut, each named for its weight as printed
 * compilations' fonts are (…-Bold), of the characters the page sets.
 */
export async function fontFaces(text: string, folder: string, family = 'Fixture Serif'): Promise<string> {
  const chars = [...new Set(text)].join('');
  const faces: string[] = [];
  for (const weight of [400, 700]) {
    const file = path.join(folder, `${family.replace(/\W/g, '-')}-${weight}.otf`);
    await writeFile(file, await fontOf(family, await cutGlyphs(NOTO_SERIF_SC, chars, weight), weight));
    faces.push(`@font-face { font-family: "${family}"; font-weight: ${weight}; src: url("${pathToFileURL(file).href}"); }`);
  }
  return faces.join('\n');
}

let browser: Browser | undefined;

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** Prints HTML (with `{{fonts}}` standing for the @font-face rules) to a PDF file; returns its path. */
export async function printPdf(html: string, file: string): Promise<string> {
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage();
  try {
    // A file next to the fonts' folder would do as well; the content is set directly, fonts load by file URL.
    const htmlFile = `${file}.html`;
    await writeFile(htmlFile, html.replace('{{fonts}}', await fontFaces(html, path.dirname(file))));
    await page.goto(pathToFileURL(htmlFile).href);
    await page.evaluate(() => document.fonts.ready);
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
  return file;
}

/** Prints a committed fixture (test/import/fixtures/pdf/NAME.html) into a new temp folder. */
export async function printFixture(name: string): Promise<{ pdf: string; dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qikan-pdf-'));
  const pdf = await printPdf(await readFile(path.join(FIXTURES, `${name}.html`), 'utf8'), path.join(dir, `${name}.pdf`));
  return { pdf, dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
