// The web edition's pages: the issue's title page with its contents
// (read/<id>/index.html) and one page per article (read/<id>/<name>.html),
// with previous/next and the way back to the downloads. Pure: WebIssue →
// HTML. Text from the sources is escaped (escapeXml is correct HTML too);
// titles are set like the book's, broken only between phrases.
import { escapeXml as x } from '../../render/xml.js';
import type { WebArticle, WebIssue } from './compose.js';
import { SEARCH_PAGE } from './paths.js';
import { searchForm, webBar, webPage, type WebFontFace, type WebPageOptions } from './layout.js';

/** Where the site's root is, seen from a page of read/<id>/. */
const ROOT = '../../';
const STYLESHEET = '../web.css';

export interface PageExtras {
  fonts: readonly WebFontFace[];
  extra?: WebPageOptions['extra'];
  /** Escaped markup shown above the text (the preview's findings about the issue's YAML files). */
  banner?: string;
}

export function webTitlePage(issue: WebIssue, extras: PageExtras): string {
  const lines = [
    `<p class="title-publisher">${x(issue.publisher)}</p>`,
    `<h1 class="title-series">${issue.seriesTitleHtml}</h1>`,
    `<p class="title-issue">（${x(issue.heading)}）</p>`,
    issue.editor ? `<p class="title-editor">${x(issue.editor)}</p>` : '',
    `<p class="title-date">${x(issue.dateText)}</p>`,
  ].filter(Boolean);
  const entries = issue.articles.map((a) => {
    const byline = a.byline ? `<span class="byline">${x(a.byline)}</span>` : '';
    return `<li><a href="${x(a.page)}">${a.tocHtml}</a>${byline}</li>`;
  });
  const body = `${webBar({ shelf: `${ROOT}index.html`, search: `${ROOT}${SEARCH_PAGE}` })}
<main id="main" class="web-main">
${extras.banner ?? ''}<section class="titlepage" aria-label="扉页">
${lines.join('\n')}
</section>
<nav class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">目录</h2>
<ol>
${entries.join('\n')}
</ol>
</nav>
${downloadsLink(issue)}
${searchForm(`${ROOT}${SEARCH_PAGE}`)}
</main>`;
  return webPage({
    lang: issue.lang,
    title: `${issue.bookTitle} · 在线阅读`,
    description: `《${issue.seriesTitle}》${issue.heading}网页版：${issue.articles.map((a) => a.tocTitle).join('；')}`,
    stylesheet: STYLESHEET,
    fonts: extras.fonts,
    body,
    bodyClass: 'web web-title',
    ...(extras.extra ? { extra: extras.extra } : {}),
  });
}

export function webArticlePageHtml(issue: WebIssue, index: number, extras: PageExtras): string {
  const article = issue.articles[index]!;
  const body = `${webBar({ shelf: `${ROOT}index.html`, contents: 'index.html', contentsLabel: `${issue.heading} 目录`, search: `${ROOT}${SEARCH_PAGE}` })}
<main id="main" class="web-main" data-pagefind-body data-pagefind-meta="issue:${x(issue.heading)}">
${extras.banner ?? ''}${article.body}
</main>
${pager(issue.articles[index - 1], issue.articles[index + 1])}
<footer class="web-footer">
<p>${x(issue.bookTitle)}</p>
${downloadsLink(issue)}
</footer>`;
  return webPage({
    lang: issue.lang,
    title: `${article.title} · ${issue.heading} · ${issue.seriesTitle}`,
    description: `《${issue.seriesTitle}》${issue.heading}：${article.title}`,
    stylesheet: STYLESHEET,
    fonts: extras.fonts,
    body,
    bodyClass: 'web web-article',
    ...(extras.extra ? { extra: extras.extra } : {}),
  });
}

function pager(previous: WebArticle | undefined, next: WebArticle | undefined): string {
  const link = (article: WebArticle | undefined, rel: 'prev' | 'next', label: string) =>
    article ? `<a class="${rel}" rel="${rel}" href="${x(article.page)}"><span class="pager-label">${label}</span>${article.tocHtml}</a>` : `<a class="${rel}" href="index.html"><span class="pager-label">${label}</span>本期目录</a>`;
  return `<nav class="pager" aria-label="上一篇、下一篇">
${link(previous, 'prev', '上一篇')}
${link(next, 'next', '下一篇')}
</nav>`;
}

function downloadsLink(issue: WebIssue): string {
  return `<p class="downloads-link"><a href="${ROOT}${x(issue.downloadsPage)}">下载本期电子书<span class="visually-hidden">（${x(issue.heading)}）</span>：EPUB、Kindle</a></p>`;
}
