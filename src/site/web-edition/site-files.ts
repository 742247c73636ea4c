// What the web edition and the search add to the site: every issue's pages
// and fonts (read/<id>/…), the shared stylesheet, the search page and its
// script, and the Pagefind index of every article page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../build.js';
import type { Issue } from '../../issue/model.js';
import { searchIndexFiles, type IndexedPage } from '../search/search-index.js';
import { SEARCH_SCRIPT, searchPage } from '../search/search-page.js';
import type { WebIssue } from './compose.js';
import { SEARCH_PAGE, WEB_STYLESHEET, webIssueFolder } from './paths.js';
import { webEditionFiles, webStylesheet } from './web-files.js';

/** `issues` in any order, all of one series. */
export async function readingFiles(issues: readonly Issue[], cacheDir: string): Promise<Map<string, string | Buffer>> {
  const files = new Map<string, string | Buffer>([[WEB_STYLESHEET, await webStylesheet()]]);
  const webIssues: WebIssue[] = [];
  const pages: IndexedPage[] = [];
  for (const issue of issues) {
    const edition = await webEditionFiles(issue, cacheDir);
    webIssues.push(edition.web);
    for (const [name, data] of edition.files) files.set(name, data);
    const folder = webIssueFolder(issue.id);
    for (const article of edition.web.articles) pages.push({ url: `${folder}/${article.page}`, html: files.get(`${folder}/${article.page}`) as string });
  }
  const newestFirst = [...webIssues].sort((a, b) => (a.id < b.id ? 1 : -1));
  const { lang, seriesTitle } = newestFirst[0]!;
  files.set(SEARCH_PAGE, searchPage(seriesTitle, lang, newestFirst));
  files.set(SEARCH_SCRIPT, await readFile(path.join(PACKAGE_ROOT, 'web', 'search.js'), 'utf8'));
  for (const [name, data] of await searchIndexFiles(pages, lang)) files.set(name, data);
  return files;
}
