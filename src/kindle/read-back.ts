// Reading a finished Kindle file back with Calibre, the way a reader app
// would see it: its metadata and cover (what `ebook-meta` reads: the Kindle
// cover record, as a library shows it), and the book unpacked into an open
// e-book (OEB) folder by `ebook-convert` — its text, from the documents in
// reading order, and its contents, from the toc.ncx Calibre rebuilds from the
// Kindle index. Both tools' own entry points run in one Python process
// (`calibre-debug -c`): each Calibre start costs about a second of CPU, and a
// release reads back two books while EPUBCheck and Ace share the machine.
// Machine-readable outputs only: the OPF, not ebook-meta's listing, whose
// labels follow the user's locale.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash, existsSync } from '../builtins.js';
import * as cheerio from 'cheerio';
import { runCalibre } from './calibre.js';
import type { BookDocument } from './note-links.js';

export interface KindleMetadata {
  title: string;
  authors: string[];
  publisher: string;
  languages: string[];
  subjects: string[];
  /** The cover image's bytes; undefined when the book has none. */
  cover?: Buffer;
}

export interface TocNode {
  title: string;
  children: TocNode[];
}

/**
 * `ebook-meta BOOK --to-opf=OPF --get-cover=COVER`, then `ebook-convert BOOK
 * FOLDER` (an output name without extension makes it write an OEB folder),
 * by their own main functions in one process; a failure in either is the
 * run's exit status and Calibre's traceback, as the tools would give.
 * ebook-meta's listing of the metadata is not wanted (the OPF holds it).
 * DONE is written last, so a folder without it is one a run has not
 * finished (or that failed).
 */
const READ_BACK = `import contextlib, os, sys
from calibre.ebooks.metadata.cli import main as ebook_meta
from calibre.ebooks.conversion.cli import main as ebook_convert
book, folder, opf, cover, done = sys.argv[1:6]
with open(os.devnull, 'w', encoding='utf-8') as listing, contextlib.redirect_stdout(listing):
    status = ebook_meta(['ebook-meta', book, '--to-opf=' + opf, '--get-cover=' + cover])
status = status or ebook_convert(['ebook-convert', book, folder])
if not status:
    open(done, 'w').close()
sys.exit(status or 0)`;

interface ReadBackFiles {
  folder: string;
  opfPath: string;
  coverPath: string;
}

/**
 * `file` read back into `workDir`, once: the files are named after the book,
 * and a later reader of the same book finds them finished there (callers
 * read one after another: two at once would start two runs on one folder).
 */
async function readBackFiles(file: string, workDir: string, subject: string): Promise<ReadBackFiles> {
  const name = createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 16);
  const files = { folder: path.join(workDir, `oeb-${name}`), opfPath: path.join(workDir, `metadata-${name}.opf`), coverPath: path.join(workDir, `cover-${name}`) };
  const done = path.join(workDir, `done-${name}`);
  if (!existsSync(done)) await runCalibre('calibre-debug', ['--run-without-debug', '-c', READ_BACK, file, files.folder, files.opfPath, files.coverPath, done], subject);
  return files;
}

/** `subject` names the file in error messages (the temp file has a different name). */
export async function readMetadata(file: string, workDir: string, subject: string): Promise<KindleMetadata> {
  const { opfPath, coverPath } = await readBackFiles(file, workDir, subject);
  const $ = cheerio.load(await readFile(opfPath, 'utf8'), { xml: true });
  const all = (name: string) => $(name).toArray().map((e) => $(e).text().trim());
  return {
    title: all('dc\\:title')[0] ?? '',
    authors: $('dc\\:creator').toArray().filter((e) => ($(e).attr('opf:role') ?? 'aut') === 'aut').map((e) => $(e).text().trim()),
    publisher: all('dc\\:publisher')[0] ?? '',
    languages: all('dc\\:language'),
    subjects: all('dc\\:subject'),
    ...(await optionalFile(coverPath)),
  };
}

async function optionalFile(file: string): Promise<{ cover?: Buffer }> {
  try {
    return { cover: await readFile(file) };
  } catch {
    // ebook-meta writes no file when the book has no cover.
    return {};
  }
}

/** The unpacked book: its folder and its OPF. */
async function unpacked(file: string, workDir: string, subject: string): Promise<{ folder: string; opf: cheerio.CheerioAPI }> {
  const { folder } = await readBackFiles(file, workDir, subject);
  return { folder, opf: cheerio.load(await readFile(path.join(folder, 'content.opf'), 'utf8'), { xml: true }) };
}

/** The book's text: the text of each document in reading order (the OPF spine), one after another. */
export async function readText(file: string, workDir: string, subject: string): Promise<string> {
  const documents = await readDocuments(file, workDir, subject);
  return documents.map((doc) => cheerio.load(doc.html)('body').text()).join('\n');
}

/** The book's documents in reading order (the OPF spine), as their links name them. */
export async function readDocuments(file: string, workDir: string, subject: string): Promise<BookDocument[]> {
  const { folder, opf } = await unpacked(file, workDir, subject);
  const documents: BookDocument[] = [];
  for (const itemref of opf('spine > itemref').toArray()) {
    const href = opf(`manifest > item[id="${opf(itemref).attr('idref')}"]`).attr('href');
    if (href === undefined) continue;
    documents.push({ href: decodeURI(href), html: await readFile(path.join(folder, decodeURI(href)), 'utf8') });
  }
  return documents;
}

export async function readToc(file: string, workDir: string, subject: string): Promise<TocNode[]> {
  const { folder, opf } = await unpacked(file, workDir, subject);
  const ncxHref = opf('item[media-type="application/x-dtbncx+xml"]').attr('href');
  if (ncxHref === undefined) return [];
  const $ = cheerio.load(await readFile(path.join(folder, decodeURI(ncxHref)), 'utf8'), { xml: true });
  const navMap = $('navMap').first();
  const points = (parent: typeof navMap): TocNode[] =>
    parent
      .children('navPoint')
      .toArray()
      .map((p) => ({ title: $(p).children('navLabel').first().children('text').first().text().trim(), children: points($(p)) }));
  return points(navMap);
}

export function tocDepth(nodes: TocNode[]): number {
  return nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((n) => tocDepth(n.children)));
}
