// Blocks (from plain text or Word) → the imported issue, in memory: the
// printed front matter gives the issue values, the 目录 splits the articles,
// the closing lines are dropped, and each article's text is repaired.
import { fileProblem, UserError, type Diagnostic } from '../diagnostic.js';
import { issueId } from '../issue/model.js';
import type { ImportedArticle, PrintedClosing, PrintedFrontMatter, SourceBlock } from './model.js';
import { findContents } from './text/contents.js';
import { readClosing, readFrontMatter } from './text/front-matter.js';
import { articleText } from './article-text.js';
import { tocPages } from './page-numbers.js';
import { escapeInline } from '../markdown/escape.js';
import { cleanTitle } from './text/repair.js';
import { splitArticles, takeByline } from './text/split-articles.js';
import { preview } from './preview.js';

export interface ImportedIssue {
  id: string;
  year: number;
  number: number;
  date: string;
  printed: PrintedFrontMatter;
  closing: PrintedClosing;
  articles: ImportedArticle[];
  /** Paragraphs joined across page breaks, for the report. */
  joins: number;
  /** Printed pages: breaks found inside articles, markers written, articles with toc_page. */
  pages: { breaks: number; markers: number; tocPages: number };
  /** Warnings for the maintainer (the import itself succeeded). */
  notes: Diagnostic[];
}

export interface BuildOptions {
  /** Path of the input as the user sees it, for messages. */
  display: string;
  /** Overrides the id read from the text, e.g. 2024-02. */
  id?: string;
  /** The series' motto and note, to recognise the closing lines. */
  knownClosing?: PrintedClosing;
}

const ID_PATTERN = /^(\d{4})-(\d{2})$/;

export function buildIssue(blocks: readonly SourceBlock[], options: BuildOptions): ImportedIssue {
  const fail = (ruleId: string, message: string): never => {
    throw new UserError(fileProblem(options.display, ruleId, message));
  };
  const lines = blocks.map((block) => block.text.trim());
  // Without a 目录 the articles would have to be guessed from short lines (同志们、朋友们！
  // looks like a headline too), and import never guesses: it stops and says what to add.
  const contents = findContents(lines);
  if (!contents) fail('import/no-contents', 'has no contents page (a line 目 录 followed by one line per article) — add one, so that the articles can be told apart');
  const { heading, end, entries } = contents!;
  if (entries.length === 0) fail('import/no-contents', `the contents page (line 目 录) lists no articles — write one line per article under it, e.g. "1. 标题·····1"`);

  const printed = readFrontMatter(lines.slice(0, heading));
  const { closing, count, guessed } = readClosing(lines.slice(end), options.knownClosing);
  const body = blocks.slice(end, blocks.length - count);

  const split = splitArticles(body, entries.map((entry) => entry.title));
  if (!split.ok) {
    const entry = entries[split.entry]!;
    return fail('import/contents-entry-not-found', `contents entry ${split.entry + 1} "${entry.title}" has no matching headline in the text after the previous article — check the headline or the 目录 line`);
  }
  const orphan = split.leading.find((block) => block.text.trim() !== '' || block.kind === 'raw');
  if (orphan) fail('import/orphan-text', `text after the contents page belongs to no article: "${preview(orphan.text)}" — list its article in the 目录 or remove the text`);

  const notes: Diagnostic[] = [];
  const note = (ruleId: string, message: string, line = 0) => notes.push({ ...fileProblem(options.display, ruleId, message, line), severity: 'warning' });
  if (guessed.length > 0) {
    const shown = guessed.map((line) => `"${preview(line)}"`).join(', ');
    note('import/closing-lines', `the last ${guessed.length === 1 ? 'line' : `${guessed.length} lines`} ${shown} ${guessed.length === 1 ? 'is' : 'are'} taken for the back page (motto, 电子版 note), not the last article's text — if ${guessed.length === 1 ? 'it is' : 'one is'} the article's, copy it back to the end of its file`);
  }
  const toc = tocPages(entries.map((entry) => entry.page));
  for (const i of toc.backwards) note('import/contents-page-order', `contents entry ${i + 1} "${entries[i]!.title}" gives page ${entries[i]!.page}, before the page of an entry above it — no toc_page written for it; check the 目录`);
  // An article's first page: where its headline is printed (PDF), else what the 目录 gives.
  const firstPages = split.articles.map((slice) => {
    const printed = toc.pages[slice.entry];
    const folio = slice.heading.page;
    if (folio !== undefined && printed !== undefined && folio !== printed) {
      note('import/contents-page-mismatch', `contents entry ${slice.entry + 1} "${entries[slice.entry]!.title}" gives page ${printed}, but its headline is on printed page ${folio} (by the page's folio) — toc_page: ${folio} written; check the 目录`);
    }
    return folio ?? printed;
  });

  let joins = 0;
  let markers = 0;
  const articles = split.articles.map((slice, i): ImportedArticle => {
    const title = cleanTitle(slice.heading.text);
    const tocTitle = cleanTitle(entries[slice.entry]!.title);
    const { byline, rest } = takeByline(slice.blocks);
    const bylineStartsPage = byline !== undefined && slice.blocks[0]!.pageStart ? slice.blocks[0]!.page : undefined;
    const first = firstPages[i];
    // The title page's title is what a page's running head repeats.
    const runningHeads = printed.title !== undefined ? [printed.title] : [];
    // A Word footnote on the headline, the byline or a section heading: none carries a note in the
    // book (each is a contents entry: note/in-heading), so its text goes to the end of the article,
    // said in the report. A heading's mark is not written (asArticleBlock writes its plain text).
    const headingNotes = rest.flatMap((block) => (block.headingLevel !== undefined ? (block.notes ?? []) : []));
    const body = rest.map((block) => (block.headingLevel !== undefined && block.notes ? { ...block, notes: undefined } : block));
    const text = articleText(body.map(asArticleBlock), { first, next: firstPages[i + 1], runningHeads }, bylineStartsPage);
    const lifted = [...(slice.heading.notes ?? []), ...(byline !== undefined ? (slice.blocks[0]!.notes ?? []) : []), ...headingNotes];
    for (const definition of lifted) {
      const noteText = definition.replace(/^\[\^[^\]]+\]: /, '');
      text.markdown.push(noteText);
      note('import/note-on-title', `article ${slice.entry + 1} "${title}": a Word footnote on its headline, byline or a heading ("${preview(noteText)}") cannot stay there — each is a contents entry; its text is at the end of the article: move it where it belongs`);
    }
    joins += text.breaks;
    markers += text.markers;
    for (const mark of text.unpairedMarks) note('import/note-mark-without-note', `article ${slice.entry + 1} "${title}": the mark in "${mark}" has no note with its number after it — left as printed; add the note, or delete the mark`);
    for (const orphan of text.unpairedNotes) note('import/note-without-mark', `article ${slice.entry + 1} "${title}": the note "${preview(orphan)}" has no mark with its number before it — left as a paragraph; put its mark in the text`);
    for (const empty of text.emptyNotes) {
      const where = empty.line !== undefined ? ` (line ${empty.line})` : '';
      const mark = empty.mark !== undefined ? `the mark in "${empty.mark}" left as printed` : `no mark with its number before it — left as a paragraph`;
      note('import/empty-note', `article ${slice.entry + 1} "${title}": the note ${empty.number}${where} has no text — ${mark}; write the note after its number, or delete it (and its mark)`, empty.line);
    }
    for (const unclear of text.unclearNoteLines) {
      const where = unclear.line !== undefined ? ` (line ${unclear.line})` : '';
      const what = unclear.joined
        ? `is taken for the rest of the note "${preview(unclear.note)}" above it, which ends without punctuation — if it is the text that goes on after the notes (the page break cut it), move it back into the text`
        : `after the note "${preview(unclear.note)}" is left as text, though it begins no paragraph (no indent) — if it is the rest of the note, join it to the note`;
      note('import/note-line-unclear', `article ${slice.entry + 1} "${title}": the line "${preview(unclear.text)}"${where} ${what}`, unclear.line);
    }
    if (text.markdown.length === 0) fail('import/empty-article', `article ${slice.entry + 1} "${title}" has no text under its headline — check the text or the 目录`);
    return {
      title,
      ...(tocTitle !== title ? { toc_title: tocTitle } : {}),
      ...(byline ? { byline } : {}),
      ...(first !== undefined ? { toc_page: first } : {}),
      blocks: text.markdown,
    };
  });
  const pages = { breaks: joins, markers, tocPages: articles.filter((a) => a.toc_page !== undefined).length };

  const { year, number } = issueNumbering(printed, options, fail);
  if (!printed.date) fail('import/no-date', 'names no date (a line like 2024年2月 on the cover or title page) — add it to the text');
  const date = printed.date!;
  if (!date.startsWith(`${year}-`)) fail('import/date-year', `is dated ${date}, which is not in the year ${year} of issue ${issueId(year, number)} — check the date or --id`);
  return { id: issueId(year, number), year, number, date, printed, closing, articles, joins, pages, notes };
}

function issueNumbering(printed: PrintedFrontMatter, options: BuildOptions, fail: (ruleId: string, message: string) => never): { year: number; number: number } {
  if (options.id !== undefined) {
    const match = ID_PATTERN.exec(options.id);
    if (!match || Number(match[2]) < 1) fail('import/bad-id', `--id ${options.id} is not an issue id <year>-<number, two digits>, e.g. 2024-02`);
    return { year: Number(match![1]), number: Number(match![2]) };
  }
  if (printed.year === undefined || printed.number === undefined) {
    return fail('import/no-issue-id', 'names no year and issue number (二〇二四年 and 第2次 on the cover or title page) — add them to the text or pass --id 2024-02');
  }
  if (printed.number > 99) fail('import/no-issue-id', `prints issue number ${printed.number}; numbers above 99 do not fit an issue id — pass --id`);
  return { year: printed.year, number: printed.number };
}

/** A Word heading inside an article (not named by the 目录) is the article's own section heading: `##` and below. */
function asArticleBlock(block: SourceBlock): SourceBlock {
  if (block.headingLevel === undefined) return block;
  const level = Math.min(Math.max(block.headingLevel, 2), 6);
  const { headingLevel: _, ...rest } = block;
  // A heading's last #s after a space are its closing sequence (一、如何使用 C # would lose its #): escaped, they stay text.
  const text = escapeInline(cleanTitle(block.text)).replace(/(^|\s)(#+)(\s*)$/, '$1\\$2$3');
  return { ...rest, kind: 'raw', markdown: `${'#'.repeat(level)} ${text}` };
}

