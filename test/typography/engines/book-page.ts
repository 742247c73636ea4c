// Pages of made blocks laid out as a reader gets the book: an issue is built
// and unpacked, and a page is written into its OEBPS folder beside the book's
// style.css and embedded fonts (without them MuPDF draws the zero-width spaces
// and the quotation marks in its own fallback font, at other widths). And the
// lines MuPDF sets on such a page, grouped into paragraphs.
import { execFileSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { ROOT, runCli } from '../../helpers/book.js';
import type { Line } from '../model.js';
import { parseTrace, tracePages } from './trace.js';

/** The OEBPS folder of `source` (an issue id under issues/, or a folder) built and unpacked into `dir`. */
export async function unpackedBook(dir: string, source: string): Promise<string> {
  const out = path.join(dir, 'out');
  const built = await runCli(['build', source, '--out', out], { cwd: ROOT });
  expect(built.code, built.stderr).toBe(0);
  // The folder (the build's cache beside it starts with a dot).
  const [folder] = (await readdir(out)).filter((name) => !name.startsWith('.'));
  const [epub] = (await readdir(path.join(out, folder!))).filter((name) => name.endsWith('.epub'));
  execFileSync('unzip', ['-q', path.join(out, folder!, epub!), '-d', path.join(dir, 'book')]);
  return path.join(dir, 'book', 'OEBPS');
}

/** Writes `name` into the book's folder: a page with the book's stylesheet whose body is `body`; returns its path. */
export async function writeBookPage(oebps: string, name: string, body: string, bodyAttributes = ''): Promise<string> {
  const file = path.join(oebps, name);
  await writeFile(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="zh-CN" xml:lang="zh-CN"><head><title>${name}</title><link rel="stylesheet" type="text/css" href="style.css"/></head><body lang="zh-CN" xml:lang="zh-CN"${bodyAttributes}>${body}</body></html>`,
  );
  return file;
}

export interface MupdfParagraphs {
  /** The lines of each paragraph, found by the indent of its first line. */
  paragraphs: Line[][];
  /** Every line of the page, in order. */
  lines: Line[];
  /** Where the lines start (the page's left margin) and where the longest ends. */
  margin: number;
  measure: number;
}

export const lineLeft = (line: Line) => Math.min(...line.glyphs.map((g) => g.x));
export const lineRight = (line: Line) => Math.max(...line.glyphs.map((g) => g.x + g.width));

/** The lines MuPDF sets on a page of indented paragraphs, on one page as wide as `width` and as long as it takes, at `size` px type. */
export function mupdfParagraphs(file: string, width: number, size: number): MupdfParagraphs {
  const trace = execFileSync('mutool', ['draw', '-q', '-F', 'trace', '-W', String(width), '-H', '100000', '-S', String(size), '-o', '-', file], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = tracePages(parseTrace(trace)).flatMap((page) => page.lines);
  const margin = Math.min(...lines.map(lineLeft));
  const measure = Math.max(...lines.map(lineRight));
  // A paragraph starts at an indented line.
  const paragraphs: Line[][] = [];
  for (const line of lines) {
    if (paragraphs.length === 0 || lineLeft(line) > margin + size) paragraphs.push([line]);
    else paragraphs.at(-1)!.push(line);
  }
  return { paragraphs, lines, margin, measure };
}
