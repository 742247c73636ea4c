// What the web edition and the search add to the site: every issue's pages
// and fonts (read/<id>/…), the shared stylesheet, the search page and its
// script, and the Pagefind index of every article page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../build.js';
import type { Issue } from '../../issue/model.js';
import type { IndexedPage, SearchIndexer } from '../search/search-index.js';
import { SEARCH_SCRIPT, searchPage } from '../search/search-page.js';
import type { WebIssue } from './compose.js';
import { SEARCH_PAGE, WEB_STYLESHEET, webIssueFolder } from './paths.js';
import { webEditionFiles, webStylesheet } from './web-files.js';

/** `issues` in any order, all of one series; each issue's article pages go to the search index as soon as they are made. */
export async function readingFiles(issues: readonly Issue[], cacheDir: string, indexer?: SearchIndexer): Promise<Map<string, string | Buffer>> {
  const files = new Map<string, string | Buffer>([[WEB_STYLESHEET, await webStylesheet()]]);
  const webIssues: WebIssue[] = [];
  for (const issue of issues) {
    const edition = await webEditionFiles(issue, cacheDir);
    webIssues.push(edition.web);
    for (const [name, data] of edition.files) files.set(name, data);
    const folder = webIssueFolder(issue.id);
    const pages: IndexedPage[] = edition.web.articles.map((article) => ({ url: `${folder}/${article.page}`, html: files.get(`${folder}/${article.page}`) as string }));
    indexer?.add(pages);
  }
  const newestFirst = [...webIssues].sort((a, b) => (a.id < b.id ? 1 : -1));
  const { lang, seriesTitle } = newestFirst[0]!;
  files.set(SEARCH_PAGE, searchPage(seriesTitle, lang, newestFirst));
  files.set(SEARCH_SCRIPT, await readFile(path.join(PACKAGE_ROOT, 'web', 'search.js'), 'utf8'));
  return files;
}
