// `qikan build --year 2024`: the annual 合订本 — every issue of the year in
// one EPUB, <outDir>/2024/<slug>-2024.epub. The pipeline of build.ts with a
// year's issues in place of one:
//   load (issues of the year) → render → cover → compose → verify → write.
import path from 'node:path';
import { bookCss, loadArticleImages, refuseOnCheckErrors } from '../build.js';
import { bookFileName, bookFolder, bookStem } from '../book-files.js';
import { fileProblem, UserError, type Diagnostic } from '../diagnostic.js';
import { coverContent } from '../cover/content.js';
import { renderCover } from '../cover/render.js';
import { CoverStyleSchema } from '../issue/cover-style.js';
import { modifiedTimestamp } from '../epub/modified.js';
import { packageEpub, packageFiles, xmlFiles } from '../epub/package.js';
import { xmlProblems } from '../epub/verify-xml.js';
import { displayPath } from '../files.js';
import { findIssueDirs, loadIssues } from '../issue/load.js';
import type { Issue } from '../issue/model.js';
import { removeStaleTemporaries, writeFileAtomic } from '../output/atomic-write.js';
import { renderArticle } from '../render/article.js';
import { articlePages } from '../render/printed-pages.js';
import { chineseYear } from '../render/chinese.js';
import { bookFonts, bookText } from '../epub/book-fonts.js';
import { composeAnnual, issueRangeText, type AnnualIssue } from './compose-annual.js';

export interface AnnualOptions {
  outDir: string;
  /** Folder for cached cover renders; default <outDir>/.cache (as for single issues). */
  cacheDir?: string;
  /** As for `qikan build`: pins dcterms:modified and the zip times. */
  sourceDateEpoch?: string;
}

export interface AnnualResult {
  epubPath: string;
  /** The issues in the volume, in order. */
  issues: Issue[];
}

export async function buildAnnual(issuesRoot: string, year: number, options: AnnualOptions): Promise<AnnualResult> {
  const { epubPath, epub, issues } = await prepareAnnual(issuesRoot, year, options);
  await removeStaleTemporaries(path.dirname(epubPath));
  await writeFileAtomic(epubPath, epub);
  return { epubPath, issues };
}

/** Everything but the write: the volume's verified EPUB bytes and where they go. */
export async function prepareAnnual(issuesRoot: string, year: number, options: AnnualOptions): Promise<AnnualResult & { epub: Buffer }> {
  const issues = await loadYear(path.resolve(issuesRoot), year);
  const { series } = issues[0]!;
  const volume: AnnualIssue[] = [];
  const problems: Diagnostic[] = [];
  for (const issue of issues) {
    // Each issue's printed pages as in its own book: the volume's page list names them with their issue.
    const printed = articlePages(issue);
    const articles = issue.articles.map((article, i) => renderArticle(article, printed[i]));
    try {
      // The same check as for each issue's own book: an error builds nothing.
      await refuseOnCheckErrors(issue);
      volume.push({ issue, articles, images: await loadArticleImages(issue, articles) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  if (problems.length > 0) throw new UserError(problems);

  const style = CoverStyleSchema.parse(series.cover ?? {});
  const content = {
    ...coverContent(issues[0]!),
    yearText: chineseYear(year),
    issueText: '合订本',
    // The foot of the cover says which issues the volume holds: 2024年第1—12次.
    dateText: `${year}年${issueRangeText(issues.map((i) => i.meta.number))}`,
  };
  const cacheDir = options.cacheDir ?? path.join(options.outDir, '.cache');
  const cover = await renderCover(content, style, { cacheDir });
  // The fonts an issue's book carries, cut for the whole volume's text.
  const texts = volume.map(({ issue, articles }) => bookText(issue, articles));
  const fonts = await bookFonts({ headings: texts.map((t) => t.headings).join(''), bylines: texts.map((t) => t.bylines).join(''), body: texts.map((t) => t.body).join('') }, cacheDir);
  const css = await bookCss(issues[0]!, volume.flatMap((entry) => entry.articles));
  const book = composeAnnual({ year, issues: volume, cover, css, fonts, modified: volumeModified(issues, options.sourceDateEpoch) });

  const files = packageFiles(book);
  const malformed = xmlProblems(xmlFiles(book, files));
  if (malformed.length > 0) {
    // Our generators escape everything; malformed output is a bug, not a source problem.
    throw new Error(`generated XML is not well-formed: ${malformed.map((p) => `${p.fileName}:${p.line} ${p.message}`).join('; ')}`);
  }
  const epub = await packageEpub(book, files);
  const epubPath = path.join(bookFolder(options.outDir, String(year)), bookFileName(bookStem(series.slug, String(year)), 'epub'));
  return { epubPath, epub, issues };
}

/** The issues of `year` under the root, by number; every problem of every one in one UserError. */
async function loadYear(root: string, year: number): Promise<Issue[]> {
  const dirs = (await findIssueDirs(root)).filter((dir) => path.basename(dir).startsWith(`${year}-`));
  if (dirs.length === 0) {
    throw new UserError(fileProblem(displayPath(root), 'annual/no-issues', `holds no issue of ${year} (folders named ${year}-NN) — check the year`));
  }
  return (await loadIssues(dirs)).sort((a, b) => a.meta.number - b.meta.number);
}

/** SOURCE_DATE_EPOCH when set, else the latest dcterms:modified of the issues: never the clock. */
function volumeModified(issues: Issue[], sourceDateEpoch: string | undefined): string {
  try {
    return issues.map((i) => modifiedTimestamp(i.meta.date, i.meta.modified, sourceDateEpoch)).sort().at(-1)!;
  } catch (error) {
    throw new UserError(fileProblem('SOURCE_DATE_EPOCH', 'build/source-date-epoch', (error as Error).message));
  }
}
