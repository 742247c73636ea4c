// Read-back verification of a converted Kindle file: Calibre has produced
// something, but is it this issue? Metadata, cover, every article's
// headline, first and last sentence, every note (its text once, reached from
// its mark and linking back), and the contents are compared with the Issue
// model. Each mismatch is one diagnostic.
import * as cheerio from 'cheerio';
import { fileProblem, type Diagnostic } from '../diagnostic.js';
import { sniffImage } from '../issue/images.js';
import { unescapeXml } from '../render/xml.js';
import { normaliseText, type KindleBook } from './expected.js';
import type { KindleFormat } from './formats.js';
import { noteLinks, type NoteLink } from './note-links.js';
import { readDocuments, readMetadata, readToc, tocDepth, type KindleMetadata, type TocNode } from './read-back.js';
import { removeScratchFolder, scratchFolder } from '../output/interruption.js';

/** Kindle's contents show two levels well: articles and their `##` sections. */
const MAX_TOC_DEPTH = 2;

/**
 * Verifies `file` (possibly a temporary name) as the `format` edition of
 * `issue`; `shownAs` is the name diagnostics use (the final file name).
 * `readBackIn`: a folder where the book has been read back already
 * (convertAndReadBack); without it, it is read back into a folder of its own.
 */
export async function verifyKindleBook(file: string, format: KindleFormat, book: KindleBook, shownAs: string, readBackIn?: string): Promise<Diagnostic[]> {
  const workDir = readBackIn ?? (await scratchFolder('kindle-verify'));
  try {
    // One Calibre run reads the book back; the readers after the first find its files.
    const metadata = await readMetadata(file, workDir, shownAs);
    const documents = await readDocuments(file, workDir, shownAs);
    const text = documents.map((doc) => cheerio.load(doc.html)('body').text()).join('\n');
    const toc = await readToc(file, workDir, shownAs);
    return [
      ...metadataProblems(metadata, book, shownAs),
      ...textProblems(text, book, shownAs),
      ...noteProblems(text, format.notesPopUp ? noteLinks(documents) : undefined, book, shownAs),
      ...tocProblems(toc, format, book, shownAs),
    ];
  } finally {
    if (readBackIn === undefined) await removeScratchFolder(workDir);
  }
}

export function metadataProblems(metadata: KindleMetadata, book: KindleBook, shownAs: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const problem = (what: string, found: string, expected: string) =>
    problems.push(fileProblem(shownAs, 'kindle/metadata', `${what} reads back as “${found}”, expected ${expected}`));
  // Calibre folds the title's white space (a no-break or ideographic space, a
  // run of spaces) into one space: the title shown is the same words.
  if (foldSpace(metadata.title) !== foldSpace(book.title)) problem('the title', metadata.title, `“${book.title}”`);
  if (!metadata.authors.includes(book.publisher)) problem('the author', metadata.authors.join(', '), `“${book.publisher}”`);
  if (metadata.publisher !== book.publisher) problem('the publisher', metadata.publisher, `“${book.publisher}”`);
  if (!metadata.languages.some(isChinese)) problem('the language', metadata.languages.join(', '), 'Chinese (zho or zh)');
  // Kindle formats have no series field (see formats.ts): the series is the
  // subject, its number is in the title as 2024年第2次.
  // Calibre splits a subject at its commas and semicolons (tags are a list): 理论学习,中心组 is two; and folds its white space.
  const subjectParts = foldSpace(book.seriesTitle)
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (!subjectParts.every((part) => metadata.subjects.includes(part))) problem('the subject (the series)', metadata.subjects.join(', '), `“${book.seriesTitle}”`);
  if (!foldSpace(metadata.title).includes(foldSpace(book.position))) problem('the title (the place in the series)', metadata.title, `to contain “${book.position}”`);
  if (metadata.cover === undefined || metadata.cover.length === 0) {
    problems.push(fileProblem(shownAs, 'kindle/cover', 'has no cover image — Kindle would show a generated placeholder'));
  } else if (sniffImage(metadata.cover) === undefined) {
    problems.push(fileProblem(shownAs, 'kindle/cover', 'has a cover that is neither JPEG nor PNG'));
  }
  return problems;
}

/** White space as Calibre leaves it in a title or tag: each run one space, none at the ends. */
function foldSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function isChinese(language: string): boolean {
  return /^(zho|chi|zh)([-_]|$)/i.test(language);
}

/**
 * Every article's headline, first and last sentence, in reading order: each
 * is searched for after the previous article's last sentence.
 */
export function textProblems(text: string, book: KindleBook, shownAs: string): Diagnostic[] {
  const haystack = normaliseText(text);
  const problems: Diagnostic[] = [];
  let cursor = 0;
  for (const marker of book.articles) {
    for (const [what, needle] of [['headline', marker.title], ['first sentence', marker.first], ['last sentence', marker.last]] as const) {
      const at = haystack.indexOf(normaliseText(needle), cursor);
      if (at < 0) {
        const where = haystack.includes(normaliseText(needle)) ? 'is out of reading order in' : 'is missing from';
        problems.push(fileProblem(marker.article.source.display, 'kindle/text', `the ${what} “${excerpt(needle)}” ${where} ${shownAs}`));
        continue;
      }
      // The last sentence may be the first one (a one-sentence article).
      cursor = what === 'first sentence' ? at : at + normaliseText(needle).length;
    }
  }
  return problems;
}

/**
 * Every note of every article: its text in the book exactly once (a note set
 * twice, in the text and again at the end, would be read twice), and, given
 * the book's mark → note → mark links (`links`), reached from its mark by a
 * link that its note returns by — what a Kindle needs to show it as a pop-up.
 */
export function noteProblems(text: string, links: readonly NoteLink[] | undefined, book: KindleBook, shownAs: string): Diagnostic[] {
  const haystack = normaliseText(text);
  const linked = links?.map((link) => normaliseText(link.text));
  const problems: Diagnostic[] = [];
  // A note's words may also be part of another note (人民出版社2022年版。 inside
  // 见《讲话》，人民出版社2022年版。), of the text, or be another note's (同上。):
  // the book must hold them as often as the articles say them, no fewer, and no
  // more than that plus what the book shows besides the articles' text —
  // headlines, contents, bylines, sources, title and back pages — which may repeat them.
  const articles = book.articles.map((marker) => normaliseText(marker.text));
  const framing = normaliseText(book.framing);
  for (const marker of book.articles) {
    for (const [i, note] of marker.notes.entries()) {
      const needle = normaliseText(note);
      // A note of no words (a picture, or nothing) has no text to lose.
      if (needle === '') continue;
      const expected = articles.reduce((sum, article) => sum + occurrences(article, needle), 0);
      const times = occurrences(haystack, needle);
      const what = `note ${i + 1} “${excerpt(note)}”`;
      const problem = (message: string) => problems.push(fileProblem(marker.article.source.display, 'kindle/notes', message));
      if (times === 0) problem(`${what} is missing from ${shownAs}`);
      else if (times < expected) problem(`${what} is in ${shownAs} ${count(times)}, not ${expected} — a note was lost`);
      else if (times > expected + occurrences(framing, needle)) problem(`${what} is in ${shownAs} ${count(times)}, not ${expected} — a reader would meet it twice`);
      else if (linked && !linked.some((target) => target.includes(needle))) problem(`${what} is not linked from its mark and back in ${shownAs}: a Kindle would not show it as a pop-up`);
    }
  }
  return problems;
}

const count = (times: number) => `${times} ${times === 1 ? 'time' : 'times'}`;

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); needle !== '' && at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

function excerpt(text: string): string {
  return [...text].length > 40 ? `${[...text].slice(0, 40).join('')}…` : text;
}

export function tocProblems(toc: TocNode[], format: KindleFormat, book: KindleBook, shownAs: string): Diagnostic[] {
  const expected = book.topLevel;
  const problem = (message: string) => [fileProblem(shownAs, 'kindle/contents', message)];
  if (format.tocKeepsNesting) {
    const top = toc.map((n) => n.title);
    if (top.length !== expected.length || top.some((t, i) => contentsForm(t) !== contentsForm(expected[i]!))) {
      return problem(`the contents list ${top.length} entries (${top.join(' / ')}), expected: ${expected.join(' / ')}`);
    }
    const depth = tocDepth(toc);
    if (depth > MAX_TOC_DEPTH) {
      return problem(`the contents nest ${depth} levels deep; Kindle shows at most ${MAX_TOC_DEPTH} well (article → ## section): use ## for sections within articles`);
    }
    return [];
  }
  // MOBI 6 flattens the contents: the articles must be there, in order.
  const flat = flatten(toc).map(contentsForm);
  let cursor = 0;
  for (const title of expected) {
    const at = flat.indexOf(contentsForm(title), cursor);
    if (at < 0) return problem(`the contents lack “${title}” (or list it out of order)`);
    cursor = at + 1;
  }
  return [];
}

/**
 * A contents title as compared: Calibre's reader decodes an entity written as
 * text once more (a title 关于&amp;符号 reads back as 关于&符号, though the
 * AZW3 holds it right), so both sides are compared with entities decoded.
 */
function contentsForm(title: string): string {
  return normaliseText(unescapeXml(title));
}

function flatten(nodes: TocNode[]): string[] {
  return nodes.flatMap((n) => [n.title, ...flatten(n.children)]);
}
