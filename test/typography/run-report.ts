// `npm run typography`: builds 2024-02 and the test issue (with their AZW3
// where EPUBCheck and Calibre are there), lays them out in every engine that
// is installed, and writes dist/typography/: report.md (the table of measure ×
// engine and what lies behind it), report.json (every measurement) and png/
// (the first pages as each engine shows them). An engine that is missing or
// fails is reported as such; the others still run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CHROMIUM, installHint, isInstalled } from '../helpers/tools.js';
import { BOOKS, buildBook, type BookSource, type BuiltBook } from './book.js';
import { renderWithCalibre } from './engines/calibre.js';
import { renderWithChromium } from './engines/chromium.js';
import type { EngineRun } from './engines/geometry.js';
import { renderWithMupdf } from './engines/mupdf.js';
import { renderWithWebKit } from './engines/webkit.js';
import { catalogFor, type FontCatalog } from './font-catalog.js';
import { measure } from './measure-all.js';
import type { Rendering } from './model.js';
import { bookTable, reportMarkdown, type ReportEntry } from './report.js';
import { COLUMNS, type Column } from './targets.js';

export async function runReport(root: string, outDir = path.join(root, 'dist', 'typography')): Promise<ReportEntry[]> {
  await rm(outDir, { recursive: true, force: true });
  const pngDir = path.join(outDir, 'png');
  const workDir = path.join(outDir, 'work');
  await mkdir(pngDir, { recursive: true });
  await mkdir(workDir, { recursive: true });
  const kindle = isInstalled('calibre') && isInstalled('epubcheck');
  const entries: ReportEntry[] = [];
  for (const source of BOOKS) {
    console.log(`typography: building ${source.name}${kindle ? ' with its AZW3' : ''}`);
    const { book, kindleError } = await build(root, source, path.join(outDir, 'books'), kindle);
    const fonts = { system: await catalogFor('system', book.dir), mupdf: await catalogFor('mupdf', book.dir) };
    for (const column of COLUMNS) {
      console.log(`typography: ${source.name} in ${column.title}`);
      const run: EngineRun = { root, workDir, label: column.kindle ? `${source.id}-azw3` : source.id, pngDir };
      entries.push(await measureColumn(source.name, column, book, fonts, run, kindleError));
    }
    console.log(`\n${source.name}\n${bookTable(entries.filter((e) => e.book === source.name))}\n`);
  }
  await copyReadmePages(root, pngDir);
  await writeFile(path.join(outDir, 'report.json'), `${JSON.stringify(entries, null, 1)}\n`);
  await writeFile(path.join(outDir, 'report.md'), reportMarkdown(entries, header()));
  console.log(`typography: wrote ${path.relative(root, path.join(outDir, 'report.md'))}, report.json and png/`);
  return entries;
}

/**
 * The README's “The book” shows the first page of 2024-02's first article as
 * each engine draws it: docs/typography/<engine>.png, committed, made here.
 */
export const README_PAGE = 4;

async function copyReadmePages(root: string, pngDir: string): Promise<void> {
  const docs = path.join(root, 'docs', 'typography');
  await mkdir(docs, { recursive: true });
  for (const engine of ['chromium', 'webkit', 'mupdf', 'calibre', 'azw3-calibre']) {
    const page = path.join(pngDir, `2024-02-${engine}-page-${README_PAGE}.png`);
    if (existsSync(page)) await copyFile(page, path.join(docs, `${engine}.png`));
  }
}

/** The book, with its AZW3 when asked; an AZW3 that cannot be made is reported, the EPUB still measured. */
async function build(root: string, source: BookSource, out: string, kindle: boolean): Promise<{ book: BuiltBook; kindleError?: string }> {
  if (!kindle) return { book: await buildBook(root, source, out, false), kindleError: `needs Calibre and EPUBCheck (${installHint('calibre')}; ${installHint('epubcheck')})` };
  try {
    return { book: await buildBook(root, source, out, true) };
  } catch (error) {
    return { book: await buildBook(root, source, out, false), kindleError: `qikan build --kindle failed: ${firstLine(error)}` };
  }
}

async function measureColumn(name: string, column: Column, book: BuiltBook, fonts: { system: FontCatalog; mupdf: FontCatalog }, run: EngineRun, kindleError?: string): Promise<ReportEntry> {
  const missing = missingTool(column);
  if (missing !== undefined) return { book: name, column, error: missing };
  if (column.kindle && book.azw3 === undefined) return { book: name, column, error: kindleError ?? 'no AZW3' };
  const catalog = column.engine === 'mupdf' ? fonts.mupdf : fonts.system;
  try {
    const rendering = await render(column, book, catalog, run);
    // Calibre's AZW3 rewrites the contents page (its nav and classes): only h1 and h2 keep their role.
    const headings = column.kindle ? book.headings.filter((h) => h.role !== 'contents') : book.headings;
    if (column.kindle) rendering.notes.push('AZW3: the conversion rewrites the contents page and class names; contents entries and bylines are not told apart here');
    return { book: name, column, measurements: measure(rendering, name, headings, catalog) };
  } catch (error) {
    return { book: name, column, error: `failed: ${firstLine(error)}` };
  }
}

function render(column: Column, book: BuiltBook, catalog: FontCatalog, run: EngineRun): Promise<Rendering> {
  switch (column.engine) {
    case 'chromium':
      return renderWithChromium(book, CHROMIUM, run);
    case 'webkit':
      return renderWithWebKit(book, catalog, run);
    case 'mupdf':
      return renderWithMupdf(book.epub, run);
    case 'calibre':
      return renderWithCalibre(column.kindle ? book.azw3! : book.epub, catalog, run);
  }
}

/** Why an engine cannot run here, or undefined. */
function missingTool(column: Column): string | undefined {
  const needs = { chromium: ['chromium'], webkit: ['webkit'], mupdf: ['mupdf'], calibre: ['calibre', 'mupdf'] } as const;
  const absent = needs[column.engine].filter((tool) => (tool === 'chromium' ? !existsSync(CHROMIUM) : !isInstalled(tool)));
  return absent.length ? `not installed: ${absent.map((tool) => installHint(tool)).join('; ')}` : undefined;
}

function header(): string {
  // Some tools print their version on standard error (mutool -v).
  const version = (command: string, args: string[]) => {
    const run = spawnSync(command, args, { encoding: 'utf8' });
    return run.error ? `${command} not installed` : `${run.stdout}${run.stderr}`.trim().split('\n')[0];
  };
  return [
    '# Typography report',
    '',
    'Made by `npm run typography` (test/typography/, README “Typography harness”): each book laid out at 360 × 480 CSS px,',
    'a 16 px default font and margins of 24 px (top, bottom) and 20 px (sides), in each engine. ✓ meets the target of',
    'issue 14, ✗ misses it; a value without a mark has no target for that engine.',
    '',
    `Engines: ${version(CHROMIUM, ['--version'])}; ${version('mutool', ['-v'])}; ${version('ebook-convert', ['--version'])}; WebKitGTK through WebKitWebDriver (version in the notes).`,
    '',
  ].join('\n');
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
