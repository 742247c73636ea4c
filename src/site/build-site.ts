// `qikan site`: the members' shelf — a static site listing every issue with
// its cover, contents and download buttons, plus the OPDS catalogue — from
// the issue sources, with each issue's web edition to read in the browser
// and a full-text search across them. The books themselves are not built
// here: the buttons and the feed link to the GitHub release assets.
//   load every issue → covers → Shelf → index.html, <id>.html, opds.xml
//                    → web edition → read/<id>/…, search.html, pagefind/…
import path from 'node:path';
import { checkErrors } from '../build.js';
import { fileProblem, UserError, type Diagnostic } from '../diagnostic.js';
import { displayPath } from '../files.js';
import { findIssueDirs, loadIssues } from '../issue/load.js';
import type { Issue } from '../issue/model.js';
import { removeStaleTemporaries, writeFileAtomic } from '../output/atomic-write.js';
import { xmlProblems } from '../epub/verify-xml.js';
import { siteCovers } from './covers.js';
import { deviceGuide } from './device-guide.js';
import { OPDS_FILE, opdsFeed } from './opds.js';
import { issuePage, SHELF_PAGE, shelfPage } from './pages.js';
import { parseRepository } from './release-assets.js';
import { composeShelf, shelfIssue } from './shelf.js';
import { startSearchIndex } from './search/search-index.js';
import { readingFiles } from './web-edition/site-files.js';

export interface SiteOptions {
  /** The folder holding series.yaml and the issue folders (./issues). */
  issuesRoot: string;
  /** Where the site is written; deployed as it is (nothing else goes in it). */
  outDir: string;
  /** owner/repo of the GitHub repository whose releases hold the books. */
  repository: string;
  /**
   * Cached cover renders; default <parent of outDir>/.cache — beside the site,
   * not in it (dist/site → dist/.cache, the folder `qikan build` uses too).
   */
  cacheDir?: string;
  /**
   * The ids of the issues that have a GitHub release. When given, only they
   * are listed: an issue merged but not yet released would otherwise get
   * download buttons that lead nowhere. Ids without an issue folder are
   * left out (there is nothing to show for them).
   */
  released?: readonly string[];
  /** Build the full-text index (default true); without it search.html offers the contents only. */
  search?: boolean;
}

/** Writes the site; returns the absolute paths of the files written, sorted. */
export async function buildSite(options: SiteOptions): Promise<string[]> {
  parseRepository(options.repository);
  const outDir = path.resolve(options.outDir);
  const cacheDir = options.cacheDir ?? path.join(path.dirname(outDir), '.cache');
  const issues = await loadAllIssues(path.resolve(options.issuesRoot), options.released);
  const newest = issues.at(-1)!;

  // The web edition first: Pagefind indexes its pages, and then builds the
  // index, in its own process while the covers are drawn here.
  const indexer = options.search === false ? undefined : await startSearchIndex(newest.series.language);
  let searchFiles: Promise<Map<string, Buffer>> | undefined;
  let files: Map<string, Buffer | string>;
  let shelf: ReturnType<typeof composeShelf>;
  try {
    const reading = await readingFiles(issues, cacheDir, indexer);
    searchFiles = indexer?.finish();
    // An index that fails is reported when awaited below, not as an unhandled rejection meanwhile.
    searchFiles?.catch(() => undefined);
    const shelfIssues = [];
    for (const issue of issues) shelfIssues.push(shelfIssue(issue, await siteCovers(issue, cacheDir), options.repository));
    shelf = composeShelf(newest.series, shelfIssues, deviceGuide(), options.repository);
    files = new Map<string, Buffer | string>([[SHELF_PAGE, shelfPage(shelf)], [OPDS_FILE, opdsFeed(shelf)], ...reading]);
  } catch (error) {
    // Pagefind runs as a child process: stop it, or the command would never exit.
    await (searchFiles ?? indexer?.finish())?.catch(() => undefined);
    throw error;
  }
  if (searchFiles) for (const [name, data] of await searchFiles) files.set(name, data);
  for (const issue of shelf.issues) {
    files.set(issue.page, issuePage(shelf, issue));
    files.set(issue.cover.fileName, issue.cover.data);
    files.set(issue.smallCover.fileName, issue.smallCover.data);
  }
  const problems = xmlProblems([{ fileName: OPDS_FILE, xml: files.get(OPDS_FILE) as string }]);
  if (problems.length > 0) {
    // Every value is escaped; a malformed feed is a bug, not a source problem.
    throw new Error(`generated ${OPDS_FILE} is not well-formed: ${problems.map((p) => `${p.line} ${p.message}`).join('; ')}`);
  }

  const written: string[] = [];
  for (const folder of new Set([...files.keys()].map((name) => path.dirname(path.join(outDir, name))))) await removeStaleTemporaries(folder);
  for (const [name, data] of files) {
    const file = path.join(outDir, name);
    await writeFileAtomic(file, data);
    written.push(file);
  }
  return written.sort();
}

/** Every (released) issue under the root, oldest first; every problem of every issue in one UserError. */
async function loadAllIssues(root: string, released: readonly string[] | undefined): Promise<Issue[]> {
  const all = await findIssueDirs(root);
  if (all.length === 0) throw new UserError(fileProblem(displayPath(root), 'source/no-issues', 'holds no issue folder (named like 2024-02)'));
  const dirs = released === undefined ? all : all.filter((dir) => released.includes(path.basename(dir)));
  if (dirs.length === 0) {
    const list = released!.length > 0 ? released!.join(', ') : 'none';
    throw new UserError(fileProblem(displayPath(root), 'site/nothing-released', `holds no issue that has a release (released: ${list}) — release an issue first: push its tag, e.g. 2024-02`));
  }
  const issues = await loadIssues(dirs);
  // The web edition is made from what the book is made from, and refused for
  // what the book is refused for: an error of the check is text the page
  // would lose (a note without a mark, cells past the header) or change.
  const errors: Diagnostic[] = [];
  for (const issue of issues) errors.push(...(await checkErrors(issue)));
  if (errors.length > 0) throw new UserError(errors);
  return issues;
}
