// Reading a finished Kindle file back with Calibre, the way a reader app
// would see it: its metadata and cover (ebook-meta), and the book unpacked
// into an open e-book (OEB) folder — its text, from the documents in reading
// order, and its contents, from the toc.ncx Calibre rebuilds from the Kindle
// index. One conversion serves both (each Calibre start costs about a
// second). Machine-readable outputs only: the OPF, not ebook-meta's listing,
// whose labels follow the user's locale.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
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

/** `subject` names the file in error messages (the temp file has a different name). */
export async function readMetadata(file: string, workDir: string, subject: string): Promise<KindleMetadata> {
  const opfPath = path.join(workDir, 'metadata.opf');
  const coverPath = path.join(workDir, 'cover-read-back');
  await runCalibre('ebook-meta', [file, `--to-opf=${opfPath}`, `--get-cover=${coverPath}`], subject);
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

/**
 * `file` unpacked by Calibre into an OEB folder in `workDir` (an output name
 * without extension makes ebook-convert write one), converted once: the
 * folder is named after the file, and a second reader of it finds it there.
 */
async function unpacked(file: string, workDir: string, subject: string): Promise<{ folder: string; opf: cheerio.CheerioAPI }> {
  const folder = path.join(workDir, `oeb-${createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 16)}`);
  if (!existsSync(path.join(folder, 'content.opf'))) await runCalibre('ebook-convert', [file, folder], subject);
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
