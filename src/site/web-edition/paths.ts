// Where the web edition's files are in the site, in one place: the shelf
// links to them, the search indexes them, the preview serves them.
import path from 'node:path';

/** The folder of the web edition inside the site: read/<id>/. */
const READ_FOLDER = 'read';
/** The web edition's stylesheet, shared by every issue: read/web.css. */
export const WEB_STYLESHEET = `${READ_FOLDER}/web.css`;
/** The search page at the site's root. */
export const SEARCH_PAGE = 'search.html';

/** read/2024-02 */
export function webIssueFolder(id: string): string {
  return `${READ_FOLDER}/${id}`;
}

/** An article's page: the source's name, .md → .html (01-xi-tuanbai.html). */
export function webArticlePage(article: { fileName: string }): string {
  return `${path.basename(article.fileName, path.extname(article.fileName))}.html`;
}
