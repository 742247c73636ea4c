// The files of one issue's web edition, and the stylesheet they share: the
// edge of src/site/web-edition (it reads the stylesheets and cuts the fonts).
//   Issue → render (the book's renderer) → WebIssue → pages + fonts
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadArticleImages, PACKAGE_ROOT } from '../../build.js';
import { bookFonts, bookText, type EmbeddedFont } from '../../epub/book-fonts.js';
import type { Issue } from '../../issue/model.js';
import type { RenderedArticle } from '../../render/article.js';
import { articlePages } from '../../render/printed-pages.js';
import { composeWebIssue, renderWebArticle, type WebIssue } from './compose.js';
import { webIssueFolder } from './paths.js';
import type { WebFontFace } from './layout.js';
import { webArticlePageHtml, webTitlePage, type PageExtras } from './pages.js';

/** What the web edition adds to the book's stylesheet, in this order: book.css, the margin numbers, the notes, the screen layer. */
const STYLESHEETS = ['book.css', 'page-numbers.css', 'notes.css', 'web.css'];

export async function webStylesheet(): Promise<string> {
  const parts = await Promise.all(STYLESHEETS.map((name) => readFile(path.join(PACKAGE_ROOT, 'styles', name), 'utf8')));
  return parts.join('\n');
}

export interface WebEdition {
  web: WebIssue;
  /** The book's rendering of each article (its sections feed the shelf and the fonts). */
  rendered: RenderedArticle[];
  /** Path inside the site (read/<id>/…) → content. */
  files: Map<string, string | Buffer>;
}

/** Every page and font of the issue's web edition. */
export async function webEditionFiles(issue: Issue, cacheDir: string): Promise<WebEdition> {
  const printed = articlePages(issue);
  const results = issue.articles.map((article, i) => renderWebArticle(article, printed[i]!));
  const rendered = results.map((r) => r.rendered);
  const web = composeWebIssue(issue, results);
  const fonts = await bookFonts(bookText(issue, rendered), cacheDir);
  const files = webIssueFiles(web, fonts);
  // The pictures, under the names the renderer gave them (images/01-chart.png), beside the pages.
  for (const [target, image] of await loadArticleImages(issue, rendered)) files.set(`${webIssueFolder(issue.id)}/${target}`, image.data);
  return { web, rendered, files };
}

/** The pages and fonts of a composed issue, under read/<id>/. */
export function webIssueFiles(web: WebIssue, fonts: readonly EmbeddedFont[], extras: Partial<PageExtras> = {}): Map<string, string | Buffer> {
  const folder = webIssueFolder(web.id);
  const pageExtras: PageExtras = { fonts: fontFacesOf(fonts), ...extras };
  const files = new Map<string, string | Buffer>([[`${folder}/index.html`, webTitlePage(web, pageExtras)]]);
  for (const [i, article] of web.articles.entries()) files.set(`${folder}/${article.page}`, webArticlePageHtml(web, i, pageExtras));
  for (const font of fonts) files.set(`${folder}/${font.fileName}`, font.data);
  return files;
}

/** The @font-face entries of the issue's fonts, relative to its pages (fonts/qikan-heading.otf). */
function fontFacesOf(fonts: readonly EmbeddedFont[]): WebFontFace[] {
  return fonts.map((font) => ({ family: font.family, weight: font.weight, href: font.fileName }));
}
