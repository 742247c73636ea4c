// The web edition of an issue as plain data: what its title page, contents
// and article pages say, composed once from the Issue model and the rendered
// article bodies (webArticleBody). Pure.
import { bookTitle } from '../../epub/compose-book.js';
import type { Article, Issue } from '../../issue/model.js';
import { renderArticle, type ArticlePages, type RenderedArticle } from '../../render/article.js';
import { chineseDate, issueNumberText } from '../../render/chinese.js';
import { typesetPhrases } from '../../render/phrases.js';
import { issuePageName } from '../shelf.js';
import { webArticlePage } from './paths.js';
import { webArticleBody, type BlockMark } from './web-body.js';

export interface WebArticle {
  /** Page name inside the issue's folder: the source's name, .md → .html (01-xi-tuanbai.html). */
  page: string;
  title: string;
  /** As the printed 目录 names it. */
  tocTitle: string;
  /** The same, set like a heading (phrase breaks, compressed marks): the contents' and the pager's entry. */
  tocHtml: string;
  byline?: string;
  /** The article's HTML (a <section>), from webArticleBody. */
  body: string;
}

/** An article made for the web: the book's rendering, its web HTML, its contents entry. */
export interface WebArticleParts {
  rendered: RenderedArticle;
  body: string;
  tocHtml: string;
}

export interface WebIssue {
  id: string;
  lang: string;
  seriesTitle: string;
  publisher: string;
  editor?: string;
  /** 2024年第2次 */
  heading: string;
  /** 第2次 */
  numberText: string;
  /** 2024年2月 */
  dateText: string;
  /** 理论学习中心组学习资料（2024年第2次） */
  bookTitle: string;
  /** The series title set like a heading. */
  seriesTitleHtml: string;
  /** The shelf's page of this issue (downloads), from the site's root: 2024-02.html */
  downloadsPage: string;
  articles: WebArticle[];
}

/**
 * The article's web HTML: the book's rendering with the printed page numbers
 * shown in the margin wherever the sources mark them (on screen there is room,
 * whatever margin_page_numbers says for the book).
 */
export function renderWebArticle(article: Article, printed: ArticlePages, marks: readonly BlockMark[] = []): WebArticleParts {
  const rendered = renderArticle(article, { ...printed, marginNumbers: true });
  return { rendered, body: webArticleBody(rendered.body, marks), tocHtml: typesetPhrases(article.meta.toc_title ?? article.meta.title) };
}

export function composeWebIssue(issue: Issue, parts: readonly Pick<WebArticleParts, 'body' | 'tocHtml'>[]): WebIssue {
  const { meta, series } = issue;
  return {
    id: issue.id,
    lang: series.language,
    seriesTitle: series.title,
    publisher: series.publisher,
    ...(series.editor ? { editor: series.editor } : {}),
    heading: `${meta.year}年${issueNumberText(meta.number)}`,
    numberText: issueNumberText(meta.number),
    dateText: chineseDate(meta.date),
    bookTitle: bookTitle(issue),
    seriesTitleHtml: typesetPhrases(series.title),
    downloadsPage: issuePageName(issue),
    articles: issue.articles.map((article, i) => ({
      page: webArticlePage(article),
      title: article.meta.title,
      tocTitle: article.meta.toc_title ?? article.meta.title,
      tocHtml: parts[i]!.tocHtml,
      ...(article.meta.byline ? { byline: article.meta.byline } : {}),
      body: parts[i]!.body,
    })),
  };
}
