// What a Kindle book of an issue must contain, taken from the Issue model
// (not from the EPUB, so a conversion cannot agree with a broken EPUB): each
// article's headline, the first and last sentence of its text, and the text
// of each of its notes. Pure.
import * as cheerio from 'cheerio';
import { bookStem } from '../book-files.js';
import { bookTitle } from '../epub/compose-book.js';
import type { Article, Issue } from '../issue/model.js';
import { issueNumberText } from '../render/chinese.js';
import { renderReaderHtml } from '../markdown/reader.js';

export interface ArticleMarkers {
  article: Article;
  /** article.meta.title: the headline above the text. */
  title: string;
  /** The entry in the contents (toc_title when given). */
  tocTitle: string;
  first: string;
  last: string;
  /** The text of each note, in order, without its mark: each must be in the book once. */
  notes: string[];
  /** Everything the article's text and notes say, as a reader sees it: how often a note's words should occur in the book. */
  text: string;
}

/** Text blocks in reading order; a list item's paragraphs count once, via the <p>. */
const BLOCKS = 'p, li:not(:has(p)), h2, h3, h4, h5, h6, th, td, pre';
/** The notes after an article's text, and one note (src/markdown/notes.ts). */
const NOTES = 'section[role="doc-endnotes"]';
const NOTE = '[role="doc-footnote"]';

/**
 * What a Kindle edition must read back as: one issue's book, or the annual
 * volume. Verification compares Calibre's output against this, not against
 * the EPUB it came from, so a conversion that loses something is caught.
 */
export interface KindleBook {
  /** File stem of the EPUB and its Kindle editions: llxx-2024-02, llxx-2024 */
  baseName: string;
  title: string;
  publisher: string;
  seriesTitle: string;
  /** What the title must contain to place the book in the series: 2024年第2次, 2024年合订本 */
  position: string;
  /** Every article, in reading order. */
  articles: ArticleMarkers[];
  /** The top level of the contents, in order: the articles, or the issues of a volume. */
  topLevel: string[];
  /** The words the book shows besides its articles' text (framingText): a note may say them too. */
  framing: string;
}

export function issueKindleBook(issue: Issue): KindleBook {
  const articles = articleMarkers(issue);
  return {
    baseName: bookStem(issue.series.slug, issue.id),
    title: bookTitle(issue),
    publisher: issue.series.publisher,
    seriesTitle: issue.series.title,
    position: `${issue.meta.year}年${issueNumberText(issue.meta.number)}`,
    articles,
    topLevel: articles.map((a) => a.tocTitle),
    framing: framingText([issue]),
  };
}

/**
 * The words a book shows besides its articles' text, as often as it may show
 * them: each headline and contents entry twice (above the text, in the
 * contents), bylines and sources, and the title and back pages (series title,
 * book title, publisher, editor, motto, note) of each issue and of a volume.
 * A note may say the same words (新华社, the publisher's name): the book may
 * hold them that many times more than the articles do.
 */
export function framingText(issues: readonly Issue[]): string {
  const parts: string[] = [];
  for (const issue of issues) {
    const { series } = issue;
    const pages = [series.title, bookTitle(issue), series.publisher, series.editor, series.motto, series.back_note];
    // The issue's title and back pages; a volume's own title and back pages.
    for (let copy = 0; copy < 4; copy++) parts.push(...pages.filter((part): part is string => part !== undefined));
    for (const article of issue.articles) {
      const { title, toc_title, byline, source } = article.meta;
      parts.push(title, title, toc_title ?? title, toc_title ?? title, ...[byline, source].filter((part): part is string => part !== undefined));
    }
  }
  return parts.join('\n');
}

export function articleMarkers(issue: Issue): ArticleMarkers[] {
  return issue.articles.map((article) => {
    const { sentences, notes, text } = readerParts(article.body);
    return {
      article,
      title: article.meta.title,
      tocTitle: article.meta.toc_title ?? article.meta.title,
      first: sentences[0] ?? '',
      last: sentences[sentences.length - 1] ?? '',
      notes,
      text,
    };
  });
}

/**
 * The body's sentences as a reader sees them: Markdown rendered as the book
 * renders it (so escapes, emphasis, links and disable comments are gone
 * exactly as in the book), split after 。！？!? and at block ends.
 */
export function articleSentences(markdown: string): string[] {
  return readerParts(markdown).sentences;
}

/** The text of each note as the reader sees it, without its mark (the back-link). */
export function articleNotes(markdown: string): string[] {
  return readerParts(markdown).notes;
}

/** From one rendering: all the article says, each note's text, and the sentences of the text (the notes apart). */
function readerParts(markdown: string): { sentences: string[]; notes: string[]; text: string } {
  const $ = cheerio.load(renderReaderHtml(markdown));
  const text = $.root().text();
  $(`${NOTE} [role="doc-backlink"]`).remove();
  const notes = $(NOTE)
    .toArray()
    .map((note) => $(note).text().replace(/\s+/g, ' ').trim());
  // The notes follow the text; they are counted on their own.
  $(NOTES).remove();
  const sentences: string[] = [];
  $(BLOCKS).each((_, element) => {
    const blockText = $(element).text().replace(/\s+/g, ' ').trim();
    for (const sentence of blockText.split(/(?<=[。！？!?])/u)) {
      if (normaliseText(sentence) !== '') sentences.push(sentence.trim());
    }
  });
  return { sentences, notes, text };
}

/**
 * For comparing text across formats: compatibility forms folded (NFKC makes
 * full- and half-width punctuation equal), and every kind of white space and
 * invisible break removed — Chinese has no spaces between words, and
 * Calibre's TXT output adds and drops line breaks freely.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200b-\u200d\u2060\ufeff\u00ad]+/gu, '');
}
