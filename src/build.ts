// The build core: the pipeline for one issue, as a library —
// load (issue) → check → render → cover → compose (epub) → verify → write.
// `qikan build` (src/commands/build.runner.ts), build-many.ts, the annual
// volume, the release and the shelf all call it; it imports no command.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookFileName, bookFolder, bookStem } from './book-files.js';
import { UserError, type Diagnostic } from './diagnostic.js';
import { checkIssueFiles } from './check/image-files.js';
import { readCheckConfig } from './check/config-file.js';
import { resolveInside } from './issue/contain.js';
import { imageSize } from './issue/image-size.js';
import { ARTICLE_IMAGE_TYPES, loadImage } from './issue/images.js';
import { loadIssue } from './issue/load.js';
import type { Issue } from './issue/model.js';
import { renderArticle, type RenderedArticle } from './render/article.js';
import { bookFonts, bookText } from './epub/book-fonts.js';
import { articlePages } from './render/printed-pages.js';
import { composeBook, type CoverImage } from './epub/compose-book.js';
import { packageEpub, packageFiles, xmlFiles } from './epub/package.js';
import { xmlProblems } from './epub/verify-xml.js';
import { ensureFolder, removeMadeFolders, removeStaleTemporaries, writeFileAtomic } from './output/atomic-write.js';
import { issueCover } from './cover/issue-cover.js';

export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface BuildOptions {
  outDir: string;
  /** Folder for cached cover renders; default <outDir>/.cache */
  cacheDir?: string;
  sourceDateEpoch?: string;
}

export interface BuildResult {
  issue: Issue;
  epubPath: string;
}

export async function buildIssue(dir: string, options: BuildOptions): Promise<BuildResult> {
  const { issue, epubPath, epub, madeFolders } = await prepareIssueBook(dir, options);
  try {
    await removeStaleTemporaries(path.dirname(epubPath));
    await writeFileAtomic(epubPath, epub);
  } catch (error) {
    await removeMadeFolders(madeFolders);
    throw error;
  }
  return { issue, epubPath };
}

export interface PreparedBook extends BuildResult {
  /** The finished, in-process-verified EPUB, not yet written to epubPath. */
  epub: Buffer;
  /** The folders this run created for epubPath: whoever writes the book removes them should that fail. */
  madeFolders: string[];
}

/** Load, check and make the EPUB of one issue; nothing is written but its output folder. */
export async function prepareIssueBook(dir: string, options: BuildOptions): Promise<PreparedBook> {
  const issue = await loadIssue(dir);
  await refuseOnCheckErrors(issue);
  const outFolder = bookFolder(options.outDir, issue.id);
  // Before any work: an unwritable output folder is the user's to fix, said plainly.
  const madeFolders = await ensureFolder(outFolder);
  try {
    const epub = await buildEpubBytes(issue, options);
    return { issue, epubPath: path.join(outFolder, bookFileName(bookStem(issue.series.slug, issue.id), 'epub')), epub, madeFolders };
  } catch (error) {
    // A failed build leaves no trace: not even the empty folder made for it.
    await removeMadeFolders(madeFolders);
    throw error;
  }
}

/** The errors `qikan check` reports for the issue (its check.yaml applied): what refuses a book or a web edition. */
export async function checkErrors(issue: Issue): Promise<Diagnostic[]> {
  const config = await readCheckConfig(issue.dir);
  return [...config.diagnostics, ...(await checkIssueFiles(issue, { ignores: config.ignores, errorsOnly: true }))].filter((d) => d.severity === 'error');
}

/** `qikan build` runs the same check as `qikan check` first and builds nothing on an error. */
export async function refuseOnCheckErrors(issue: Issue): Promise<void> {
  const errors = await checkErrors(issue);
  if (errors.length > 0) throw new UserError(errors);
}

/** Everything but the write: the finished, verified EPUB bytes. */
export async function buildEpubBytes(issue: Issue, options: Pick<BuildOptions, 'outDir' | 'cacheDir' | 'sourceDateEpoch'>): Promise<Buffer> {
  const printed = articlePages(issue);
  const articles = issue.articles.map((article, i) => renderArticle(article, printed[i]));
  const images = await loadArticleImages(issue, articles);
  const cacheDir = options.cacheDir ?? path.join(options.outDir, '.cache');
  const cover = await coverFor(issue, cacheDir);
  const fonts = await bookFonts(bookText(issue, articles), cacheDir);
  const css = await bookCss(issue, articles);
  const book = composeBook({
    issue,
    articles,
    images,
    cover,
    css,
    fonts,
    ...(options.sourceDateEpoch !== undefined ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
  });
  const files = packageFiles(book);
  const problems = xmlProblems(xmlFiles(book, files));
  if (problems.length > 0) {
    // Our generators escape everything; malformed output is a bug, not a source problem.
    throw new Error(`generated XML is not well-formed: ${problems.map((p) => `${p.fileName}:${p.line} ${p.message}`).join('; ')}`);
  }
  return packageEpub(book, files);
}

/** book.css, the margin page numbers' rules when the series shows them, the notes' when an article has notes (an issue's book and a 合订本 alike). */
export async function bookCss(issue: Pick<Issue, 'series'>, articles: readonly RenderedArticle[]): Promise<string> {
  const parts = ['book.css'];
  if (issue.series.margin_page_numbers === true) parts.push('page-numbers.css');
  parts.push(...notesCss(articles));
  const css = await Promise.all(parts.map((name) => readFile(path.join(PACKAGE_ROOT, 'styles', name), 'utf8')));
  return css.join('');
}

/** notes.css when any article has notes: a book without them is built as before, byte for byte. */
function notesCss(articles: readonly RenderedArticle[]): string[] {
  return articles.some((article) => article.notes > 0) ? ['notes.css'] : [];
}

/** The book's cover: the maintainer's image when issue.yaml names one, else the generated one. */
export async function coverFor(issue: Issue, cacheDir: string): Promise<CoverImage> {
  if (issue.suppliedCover) {
    const { data, mediaType } = issue.suppliedCover;
    const size = imageSize(data) ?? { width: 1600, height: 2560 };
    return { data, mediaType, extension: mediaType === 'image/png' ? 'png' : 'jpg', ...size };
  }
  return issueCover(issue, cacheDir);
}

/**
 * Reads every image an article references. E-books are self-contained and a
 * source may not reach outside its issue folder: remote URLs, absolute paths,
 * `../` and symlinks pointing out are errors.
 */
export async function loadArticleImages(issue: Issue, articles: RenderedArticle[]): Promise<Map<string, { data: Buffer; mediaType: string }>> {
  const images = new Map<string, { data: Buffer; mediaType: string }>();
  const problems: Diagnostic[] = [];
  for (const [i, rendered] of articles.entries()) {
    const article = issue.articles[i]!;
    for (const ref of rendered.images) {
      const line = lineOf(article.source.text, ref.src);
      const problem = (ruleId: string, message: string) =>
        problems.push({ ruleId, severity: 'error', file: article.source.display, line, column: 1, message: `image ${ref.src}: ${message}` });
      const resolved = await resolveInside(issue.dir, ref.src);
      if (!resolved.ok) {
        problem(resolved.ruleId, resolved.message);
        continue;
      }
      try {
        const image = await loadImage(resolved.file, ARTICLE_IMAGE_TYPES);
        images.set(ref.target, { data: image.data, mediaType: image.mediaType });
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        problem('structure/image-format', error.diagnostics[0]!.message);
      }
    }
  }
  if (problems.length > 0) throw new UserError(problems);
  return images;
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? 0 : text.slice(0, at).split('\n').length;
}
