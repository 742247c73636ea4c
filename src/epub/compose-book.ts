// Issue (+ rendered articles, cover image, stylesheet) → Book. Pure.
import { fileProblem, UserError } from '../diagnostic.js';
import type { Issue } from '../issue/model.js';
import type { RenderedArticle } from '../render/article.js';
import { chineseDate, issueNumberText } from '../render/chinese.js';
import { pageBreakId } from '../markdown/page-markers.js';
import { xhtmlDocument } from '../render/xml.js';
import type { Book, BookDocument, BookResource, TocEntry } from './book.js';
import { embeddedFontResources, fontFaceCss, type EmbeddedFont } from './book-fonts.js';
import { bookIdentifier } from './identifier.js';
import { modifiedTimestamp } from './modified.js';
import { backPage, contentsPage, coverPage, titlePage, type FrontMatterText } from './pages.js';

export interface CoverImage {
  data: Buffer;
  mediaType: string;
  extension: string;
  width: number;
  height: number;
}

export interface ComposeInput {
  issue: Issue;
  articles: RenderedArticle[];
  /** Image files referenced by articles, keyed by their target path in the book. */
  images: Map<string, { data: Buffer; mediaType: string }>;
  cover: CoverImage;
  css: string;
  /** Fonts cut for this book (book-fonts.ts); their @font-face rules go before the stylesheet. */
  fonts?: readonly EmbeddedFont[];
  sourceDateEpoch?: string;
}

export function articleFileName(index: number): string {
  return `article-${String(index + 1).padStart(2, '0')}.xhtml`;
}

/** 理论学习中心组学习资料（2024年第2次） */
export function bookTitle(issue: Issue): string {
  return `${issue.series.title}（${issue.meta.year}年${issueNumberText(issue.meta.number)}）`;
}

export function composeBook(input: ComposeInput): Book {
  const { issue, articles, cover } = input;
  const { series, meta } = issue;
  const lang = series.language;
  const title = bookTitle(issue);
  const text: FrontMatterText = {
    lang,
    publisher: series.publisher,
    seriesTitle: series.title,
    issueText: issueNumberText(meta.number),
    dateText: chineseDate(meta.date),
    bookTitle: title,
    ...(series.editor ? { editor: series.editor } : {}),
    ...(series.motto ? { motto: series.motto } : {}),
    ...(series.back_note ? { backNote: series.back_note } : {}),
  };

  const coverFile = `cover.${cover.extension}`;
  const contentsEntries = issue.articles.map((a) => ({ title: a.meta.toc_title ?? a.meta.title, href: articleFileName(a.index) }));
  const documents: BookDocument[] = [
    { id: 'cover', fileName: 'cover.xhtml', xhtml: coverPage(lang, title, coverFile, cover.width, cover.height), properties: ['svg'] },
    { id: 'titlepage', fileName: 'titlepage.xhtml', xhtml: titlePage(text), properties: [] },
    { id: 'contents', fileName: 'contents.xhtml', xhtml: contentsPage(lang, contentsEntries), properties: [] },
    ...issue.articles.map((article, i) => ({
      id: `article-${String(article.index + 1).padStart(2, '0')}`,
      fileName: articleFileName(article.index),
      xhtml: xhtmlDocument({ lang, title: article.meta.title, body: articles[i]!.body, bodyAttributes: 'class="bodymatter"' }),
      properties: [],
    })),
    { id: 'back', fileName: 'back.xhtml', xhtml: backPage(text), properties: [] },
  ];

  const resources: BookResource[] = [
    { id: 'cover-image', fileName: coverFile, mediaType: cover.mediaType, data: cover.data, properties: ['cover-image'] },
    ...[...input.images.entries()].map(([target, image], i) => ({
      id: `image-${i + 1}`,
      fileName: target,
      mediaType: image.mediaType,
      data: image.data,
      properties: [],
    })),
    ...embeddedFontResources(input.fonts ?? []),
  ];

  const toc: TocEntry[] = issue.articles.map((article, i) => ({
    title: article.meta.toc_title ?? article.meta.title,
    href: articleFileName(article.index),
    children: sectionsToToc(articles[i]!.sections, articleFileName(article.index)),
  }));

  let modified: string;
  try {
    modified = modifiedTimestamp(meta.date, meta.modified, input.sourceDateEpoch);
  } catch (error) {
    throw new UserError(fileProblem('SOURCE_DATE_EPOCH', 'build/source-date-epoch', (error as Error).message));
  }

  return {
    metadata: {
      identifier: bookIdentifier(series.slug, issue.id),
      title,
      language: lang,
      creator: series.publisher,
      ...(series.editor ? { contributor: series.editor } : {}),
      publisher: series.publisher,
      date: meta.date,
      modified,
      description: `${title}。本期目录：${contentsEntries.map((e, i) => `${i + 1}. ${e.title}`).join('；')}。`,
      subject: series.title,
      series: series.title,
      seriesPosition: meta.number,
    },
    documents,
    resources,
    css: fontFaceCss(input.fonts ?? []) + input.css,
    toc,
    landmarks: [
      { type: 'cover', href: 'cover.xhtml', title: '封面' },
      { type: 'toc', href: 'contents.xhtml', title: '目录' },
      { type: 'bodymatter', href: articleFileName(0), title: '正文' },
    ],
    coverImageId: 'cover-image',
    ...printedPages(issue, articles, title),
  };
}

/** The page list from the page breaks each article starts, and the printed edition they come from. */
function printedPages(issue: Issue, articles: RenderedArticle[], title: string): Pick<Book, 'pageList' | 'pageSource'> {
  const pageList = issue.articles.flatMap((article, i) =>
    (articles[i]!.pages ?? []).map((page) => ({ label: String(page), page, href: `${articleFileName(article.index)}#${pageBreakId(page)}` })),
  );
  return pageList.length > 0 ? { pageList, pageSource: `${title}印刷版` } : {};
}

/**
 * An article's `##` headings, one level under it. Deeper headings stay out of
 * the contents: Kindle shows at most two levels, and the NCX must match the nav.
 */
function sectionsToToc(sections: RenderedArticle['sections'], file: string): TocEntry[] {
  return sections.map((s) => ({ title: s.title, href: `${file}#${s.id}`, children: [] }));
}
