// search.html: the search box, the results (web/search.js fills them in),
// and every issue's contents below — without JavaScript, or before the
// index has loaded, the page still leads to every article. Pure.
import { escapeXml as x } from '../../render/xml.js';
import type { WebIssue } from '../web-edition/compose.js';
import { WEB_STYLESHEET, webIssueFolder } from '../web-edition/paths.js';
import { searchForm, webBar, webPage } from '../web-edition/layout.js';

/** The script of the search page, at the site's root. */
export const SEARCH_SCRIPT = 'search.js';

/** `issues` newest first. */
export function searchPage(seriesTitle: string, lang: string, issues: readonly WebIssue[]): string {
  const contents = issues.map((issue) => {
    const folder = webIssueFolder(issue.id);
    const entries = issue.articles.map((a) => `<li><a href="${x(`${folder}/${a.page}`)}">${x(a.tocTitle)}</a></li>`);
    return `<section aria-labelledby="all-${x(issue.id)}">
<h2 id="all-${x(issue.id)}"><a href="${x(`${folder}/index.html`)}">${x(issue.heading)}</a></h2>
<ol>
${entries.join('\n')}
</ol>
</section>`;
  });
  const body = `${webBar({ shelf: 'index.html', search: 'search.html' })}
<main id="main" class="web-main web-search">
<h1>搜索各期</h1>
${searchForm('search.html')}
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ol id="results" class="results"></ol>
<div class="all-issues">
<p>各期目录：</p>
${contents.join('\n')}
</div>
</main>`;
  return webPage({
    lang,
    title: `搜索 · ${seriesTitle}`,
    description: `在《${seriesTitle}》各期全文中搜索。`,
    stylesheet: WEB_STYLESHEET,
    fonts: [],
    body,
    bodyClass: 'web web-search',
    extra: { body: `<script type="module" src="${SEARCH_SCRIPT}"></script>\n` },
  });
}
