// The shelf's pages: index.html (every issue, newest first) and one page per
// issue with its full contents. Pure: Shelf → HTML strings. Every piece of
// text from the sources goes through escapeXml, which is also correct HTML.
import { escapeXml as x } from '../render/xml.js';
import { htmlPage } from './html.js';
import { OPDS_FILE } from './opds.js';
import type { Shelf, ShelfIssue } from './shelf.js';
import { SEARCH_PAGE } from './web-edition/paths.js';

export const SHELF_PAGE = 'index.html';

const GUIDE_TERMS = { epub: 'EPUB', azw3: 'Kindle（AZW3）', mobi: '旧款 Kindle（MOBI）' } as const;

export function shelfPage(shelf: Shelf): string {
  const cards = shelf.issues.map((issue, i) => issueCard(shelf, issue, i === 0)).join('\n');
  return shelfSitePage(shelf, {
    heading: 'h1',
    mainOpen: '<main id="main">',
    content: `<form class="search" role="search" action="${SEARCH_PAGE}" method="get"><label for="q">搜索各期全文</label> <input id="q" name="q" type="search" placeholder="例如：新质生产力"> <button type="submit">搜索</button></form>
${cards}`,
    title: `${shelf.seriesTitle} · 电子版`,
    description: `《${shelf.seriesTitle}》各期电子书（EPUB、Kindle），${shelf.compiledBy}编。`,
  });
}

export function issuePage(shelf: Shelf, issue: ShelfIssue): string {
  return shelfSitePage(shelf, {
    heading: 'p',
    mainOpen: '<main id="main" class="issue-page">',
    content: `<p><a href="index.html">← 返回全部各期</a></p>
<article class="issue" aria-labelledby="title">
${coverImage(issue)}
<div class="details">
<h1 id="title">${x(issue.heading)}</h1>
${dateLine(issue)}
${readOnline(issue)}
${downloads(issue)}
</div>
<section class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">本期目录</h2>
<ol>
${issue.articles.map(fullContentsEntry).join('\n')}
</ol>
</section>
</article>`,
    title: `${issue.heading} · ${shelf.seriesTitle}`,
    description: `《${shelf.seriesTitle}》${issue.heading}：${issue.articles.map((a) => a.title).join('；')}`,
  });
}

/** The shelf's frame around a page's own content: the site header, the device guide and OPDS sections, the footer. */
function shelfSitePage(shelf: Shelf, page: { heading: 'h1' | 'p'; mainOpen: string; content: string; title: string; description: string }): string {
  const body = `${siteHeader(shelf, page.heading)}
${page.mainOpen}
${page.content}
${guideSection(shelf, 'h2')}
${opdsSection('h2')}
</main>
${siteFooter(shelf)}`;
  return htmlPage({ lang: shelf.language, title: page.title, description: page.description, body });
}

function siteHeader(shelf: Shelf, element: 'h1' | 'p'): string {
  const title = element === 'h1' ? `<h1>${x(shelf.seriesTitle)}</h1>` : `<p class="site-title"><a href="index.html">${x(shelf.seriesTitle)}</a></p>`;
  return `<header class="site-header">
${title}
<p>${x(shelf.compiledBy)} 编 · 电子版</p>
</header>`;
}

function issueCard(shelf: Shelf, issue: ShelfIssue, newest: boolean): string {
  const headingId = `issue-${issue.id}`;
  return `<article class="issue" aria-labelledby="${headingId}">
${coverImage(issue)}
<div class="details">
${newest ? '<p class="newest">最新一期</p>\n' : ''}<h2 id="${headingId}"><a href="${x(issue.page)}">${x(issue.heading)}</a></h2>
${dateLine(issue)}
${readOnline(issue)}
${downloads(issue)}
</div>
<section class="contents" aria-label="${x(`${issue.heading}目录`)}">
<h3>本期目录</h3>
<ol>
${issue.articles.map((a) => `<li><a href="${x(a.href)}">${x(a.title)}</a></li>`).join('\n')}
</ol>
<p><a href="${x(issue.page)}">完整目录<span class="visually-hidden">（${x(issue.heading)}）</span></a></p>
</section>
</article>`;
}

function coverImage(issue: ShelfIssue): string {
  const { smallCover: img } = issue;
  return `<img class="cover" src="${x(img.fileName)}" width="${img.width}" height="${img.height}" alt="${x(`封面：${issue.bookTitle}`)}">`;
}

function dateLine(issue: ShelfIssue): string {
  return `<p class="date"><time datetime="${x(issue.date)}">${x(issue.dateText)}</time></p>`;
}

/** The web edition: read in the browser, nothing to install (WeChat's browser cannot open an .epub). */
function readOnline(issue: ShelfIssue): string {
  return `<p class="read-online"><a class="button primary" href="${x(issue.readPage)}">在线阅读<span class="visually-hidden">（${x(issue.heading)}）</span></a></p>`;
}

/** Three buttons; the hidden part names the issue, so a screen reader's list of links is unambiguous. */
function downloads(issue: ShelfIssue): string {
  const items = issue.assets.map(
    (asset) =>
      `<li><a class="button${asset.format === 'epub' ? ' primary' : ''}" href="${x(asset.url)}" type="${x(asset.mediaType)}">${x(asset.label)}<span class="visually-hidden">（${x(issue.heading)}）</span></a></li>`,
  );
  return `<ul class="downloads">\n${items.join('\n')}\n</ul>`;
}

function fullContentsEntry(article: ShelfIssue['articles'][number]): string {
  const byline = article.byline ? `<span class="byline">${x(article.byline)}</span>` : '';
  const sections = article.sections.length > 0 ? `\n<ul>\n${article.sections.map((s) => `<li>${x(s)}</li>`).join('\n')}\n</ul>\n` : '';
  return `<li><a href="${x(article.href)}">${x(article.title)}</a>${byline}${sections}</li>`;
}

function guideSection(shelf: Shelf, heading: 'h2'): string {
  const entries = shelf.guide.map((g) => `<dt>${GUIDE_TERMS[g.format]}</dt>\n<dd>${x(g.text)}</dd>`);
  return `<section class="guide" aria-labelledby="guide-title">
<${heading} id="guide-title">下载哪个文件</${heading}>
<dl>
${entries.join('\n')}
</dl>
</section>`;
}

function opdsSection(heading: 'h2'): string {
  return `<section class="opds" aria-labelledby="opds-title">
<${heading} id="opds-title">在阅读软件里订阅</${heading}>
<p><a href="${OPDS_FILE}">OPDS 书目</a>：在 KOReader、Moon+ Reader（静读天下）等阅读软件的 OPDS 书库里添加这个链接，即可在软件里直接浏览、下载各期，以后出版的新一期也会出现在其中。</p>
</section>`;
}

function siteFooter(shelf: Shelf): string {
  return `<footer class="site-footer">
<p>${x(shelf.compiledBy)} 编。全部文件也可在 <a href="${x(shelf.releasesUrl)}">GitHub 发布页</a> 下载。</p>
</footer>`;
}
