// The books the harness measures: the real 2024-02 issue and the test issue
// 2099-01 (fixture-issues/), built by the compiled CLI as a user builds them,
// unpacked for the browsers, with the headings their XHTML holds.
import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import * as cheerio from 'cheerio';
import JSZip from 'jszip';
import type { ExpectedHeading, HeadingRole } from './measures/headings.js';
import { ROLE_SELECTORS } from './roles.js';

const execFileAsync = promisify(execFile);

export interface BookSource {
  /** What the report calls it. */
  name: string;
  /** The CLI's argument: an issue id under ./issues, or an issue folder. */
  issue: (root: string) => string;
  /** The id, the folder name of the built book. */
  id: string;
  /** The book has note marks in its text: the harness must find lines that hold one. */
  noteMarks?: boolean;
  /** The book has a table: the harness must find its rules where it reads the engine's drawings. */
  table?: boolean;
}

export const BOOKS: readonly BookSource[] = [
  { name: '2024-02', issue: () => '2024-02', id: '2024-02' },
  { name: 'test issue 2099-01', issue: (root) => path.join(root, 'test', 'typography', 'fixture-issues', '2099-01'), id: '2099-01', noteMarks: true, table: true },
];

export interface BuiltBook {
  source: BookSource;
  epub: string;
  /** The Kindle book, when it was asked for (needs EPUBCheck and Calibre). */
  azw3?: string;
  /** The unpacked EPUB. */
  dir: string;
  /** Spine documents, as paths inside `dir`, in reading order. */
  spine: string[];
  headings: ExpectedHeading[];
}

/** Builds a book with the compiled CLI (`npm run prepare` makes it) into `out`. */
export async function buildBook(root: string, source: BookSource, out: string, kindle: boolean): Promise<BuiltBook> {
  const args = [path.join(root, 'dist-js', 'cli.js'), 'build', source.issue(root), '--out', out, ...(kindle ? ['--kindle'] : [])];
  await execFileAsync(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  const folder = path.join(out, source.id);
  const files = await readdir(folder);
  const epub = path.join(folder, files.find((f) => f.endsWith('.epub'))!);
  const azw3 = files.find((f) => f.endsWith('.azw3'));
  const dir = path.join(out, `${source.id}-unpacked`);
  await unpack(epub, dir);
  const spine = await spineDocuments(dir);
  const headings = (await Promise.all(spine.map(async (doc) => headingsOf(await readFile(path.join(dir, doc), 'utf8'))))).flat();
  return { source, epub, ...(azw3 ? { azw3: path.join(folder, azw3) } : {}), dir, spine, headings };
}

async function unpack(epub: string, dir: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(epub));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = path.join(dir, entry.name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await entry.async('nodebuffer'));
  }
}

/** container.xml → the OPF → its spine, as paths from the book's root. */
export async function spineDocuments(dir: string): Promise<string[]> {
  const container = cheerio.load(await readFile(path.join(dir, 'META-INF', 'container.xml'), 'utf8'), { xml: true });
  const opfPath = container('rootfile').attr('full-path')!;
  const opf = cheerio.load(await readFile(path.join(dir, opfPath), 'utf8'), { xml: true });
  const hrefs = new Map(opf('manifest > item').map((_, item) => [[opf(item).attr('id')!, opf(item).attr('href')!] as const]).get());
  return opf('spine > itemref')
    .map((_, ref) => path.posix.join(path.posix.dirname(opfPath), hrefs.get(opf(ref).attr('idref')!)!))
    .get();
}

const HEADING_ROLES = new Set<string>(['heading1', 'heading2', 'contents']);

/**
 * The headings and contents entries of one XHTML document, by the same role
 * rules the engines use (roles.ts): each element of a heading role whose
 * closest role-giving ancestor is its own.
 */
export function headingsOf(xhtml: string): ExpectedHeading[] {
  const $ = cheerio.load(xhtml, { xml: true });
  const headings: ExpectedHeading[] = [];
  $('*').each((_, element) => {
    const own = ROLE_SELECTORS.find(([, selector]) => $(element).is(selector));
    if (own === undefined || !HEADING_ROLES.has(own[0])) return;
    // The role the element's text gets: the first rule that any ancestor-or-self matches.
    const role = ROLE_SELECTORS.find(([, selector]) => $(element).closest(selector).length > 0)![0];
    if (role === own[0]) headings.push({ role: role as HeadingRole, text: $(element).text().replace(/\s+/g, '') });
  });
  return headings;
}
