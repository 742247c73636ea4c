// `qikan build`: runs the build core (src/build.ts, build-many.ts,
// annual/) for a parsed request and reports each book made, one line each.
// The EPUB-only build of many issues uses worker threads; with --kindle,
// Calibre dominates, so issues go one by one, each EPUB written with its
// Kindle books (after EPUBCheck) or not at all.
import path from 'node:path';
import { UserError, type Diagnostic } from '../diagnostic.js';
import { displayPath } from '../files.js';
import type { Out } from './args.js';
import type { BuildRequest } from './build.parser.js';
import { ISSUES_ROOT, resolveIssueDirs } from './issue-dirs.js';

export async function runBuild(request: BuildRequest, out: Out): Promise<number> {
  const options = { outDir: request.outDir, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH };
  if (request.kind === 'year') return buildYear(request.year, request.kindle, options, out);
  const dirs = await resolveIssueDirs(request.targets);
  const problems: Diagnostic[] = request.kindle ? await buildWithKindle(dirs, options, out) : await buildEpubs(dirs, options, out);
  if (problems.length > 0) throw new UserError(problems);
  return 0;
}

type Options = { outDir: string; sourceDateEpoch: string | undefined };

async function buildEpubs(dirs: string[], options: Options, out: Out): Promise<Diagnostic[]> {
  const { buildIssues, BUILD_WORKER } = await import('../build-many.js');
  const problems: Diagnostic[] = [];
  for (const outcome of await buildIssues(dirs, options, BUILD_WORKER)) {
    if (outcome.diagnostics) problems.push(...outcome.diagnostics);
    else out(`built ${displayPath(outcome.epubPath!)}\n`);
  }
  return problems;
}

async function buildWithKindle(dirs: string[], options: Options, out: Out): Promise<Diagnostic[]> {
  const { prepareIssueBook } = await import('../build.js');
  const { writeBooks } = await import('../kindle/kindle-books.js');
  const { issueKindleBook } = await import('../kindle/expected.js');
  const problems: Diagnostic[] = [];
  for (const dir of dirs) {
    try {
      const { issue, epubPath, epub, madeFolders } = await prepareIssueBook(dir, options);
      const books = await writeBooks(epubPath, epub, issueKindleBook(issue), { madeFolders });
      out(`built ${displayPath(books.epub)}\nbuilt ${displayPath(books.azw3)}\nbuilt ${displayPath(books.mobi)}\n`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  return problems;
}

async function buildYear(year: number, kindle: boolean, options: Options, out: Out): Promise<number> {
  const { buildAnnual, prepareAnnual } = await import('../annual/build-annual.js');
  const root = path.resolve(ISSUES_ROOT);
  if (kindle) {
    const { writeBooks } = await import('../kindle/kindle-books.js');
    const { annualKindleBook } = await import('../annual/kindle-book.js');
    const { epubPath, epub, issues } = await prepareAnnual(root, year, options);
    const books = await writeBooks(epubPath, epub, annualKindleBook(issues, year));
    out(`built ${displayPath(books.epub)} (${issues.length} issues)\nbuilt ${displayPath(books.azw3)}\nbuilt ${displayPath(books.mobi)}\n`);
    return 0;
  }
  const result = await buildAnnual(root, year, options);
  out(`built ${displayPath(result.epubPath)} (${result.issues.length} issues)\n`);
  return 0;
}
