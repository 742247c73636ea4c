// The shelf as plain data: what the pages and the OPDS feed say about each
// issue, composed once from the Issue model (plus its covers and assets) so
// the HTML and the feed cannot tell different stories. Pure.
import { bookIdentifier } from '../epub/identifier.js';
import { modifiedTimestamp } from '../epub/modified.js';
import { bookTitle } from '../epub/compose-book.js';
import type { Issue } from '../issue/model.js';
import type { Series } from '../issue/schema.js';
import { renderArticle } from '../render/article.js';
import { chineseDate, issueNumberText } from '../render/chinese.js';
import type { SiteImage } from './covers.js';
import type { DeviceAdvice } from './device-guide.js';
import { webArticlePage, webIssueFolder } from './web-edition/paths.js';
import { releaseAssets, releasesPage, type ReleaseAsset } from './release-assets.js';

export interface ShelfArticle {
  /** As the printed 目录 names it (toc_title, else title). */
  title: string;
  byline?: string;
  /** The article's `##` headings, as in the book's contents. */
  sections: string[];
  /** Its page in the web edition, from the site's root: read/2024-02/01-xi-tuanbai.html */
  href: string;
}

export interface ShelfIssue {
  id: string;
  /** 2024年第2次 */
  heading: string;
  /** 理论学习中心组学习资料（2024年第2次）: the book's dc:title. */
  bookTitle: string;
  /** 2024-02, as in issue.yaml */
  date: string;
  /** 2024年2月 */
  dateText: string;
  /** The book's urn:uuid, also the OPDS entry id. */
  identifier: string;
  /** dcterms:modified of the book. */
  modified: string;
  /** The issue's own page, e.g. 2024-02.html */
  page: string;
  /** The web edition's title page and contents: read/2024-02/index.html */
  readPage: string;
  articles: ShelfArticle[];
  assets: ReleaseAsset[];
  cover: SiteImage;
  smallCover: SiteImage;
}

export interface Shelf {
  seriesTitle: string;
  publisher: string;
  /** 中共运城开放大学总支委员会 综合办 */
  compiledBy: string;
  language: string;
  slug: string;
  releasesUrl: string;
  /** Newest first. */
  issues: ShelfIssue[];
  guide: DeviceAdvice[];
  /** The latest modified time of any issue: the feed's atom:updated. */
  updated: string;
}

export function issuePageName(issue: Pick<Issue, 'id'>): string {
  return `${issue.id}.html`;
}

export function shelfIssue(issue: Issue, covers: { full: SiteImage; small: SiteImage }, repository: string): ShelfIssue {
  const { meta } = issue;
  return {
    id: issue.id,
    heading: `${meta.year}年${issueNumberText(meta.number)}`,
    bookTitle: bookTitle(issue),
    date: meta.date,
    dateText: chineseDate(meta.date),
    identifier: bookIdentifier(issue.series.slug, issue.id),
    // The book's own rule, without SOURCE_DATE_EPOCH: a site rebuilt later says the same.
    modified: modifiedTimestamp(meta.date, meta.modified, undefined),
    page: issuePageName(issue),
    readPage: `${webIssueFolder(issue.id)}/index.html`,
    articles: issue.articles.map((article) => ({
      title: article.meta.toc_title ?? article.meta.title,
      ...(article.meta.byline ? { byline: article.meta.byline } : {}),
      sections: renderArticle(article).sections.map((s) => s.title),
      href: `${webIssueFolder(issue.id)}/${webArticlePage(article)}`,
    })),
    assets: releaseAssets(issue, repository),
    cover: covers.full,
    smallCover: covers.small,
  };
}

/** `issues` in any order; all of one series (one issues root, one series.yaml). */
export function composeShelf(series: Series, issues: ShelfIssue[], guide: DeviceAdvice[], repository: string): Shelf {
  if (issues.length === 0) throw new Error('a shelf needs at least one issue');
  // Issue ids (2024-02) sort as their dates do.
  const ordered = [...issues].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return {
    seriesTitle: series.title,
    publisher: series.publisher,
    compiledBy: [series.publisher, series.editor].filter(Boolean).join(' '),
    language: series.language,
    slug: series.slug,
    releasesUrl: releasesPage(repository),
    issues: ordered,
    guide,
    updated: ordered.map((i) => i.modified).sort().at(-1)!,
  };
}
