#!/usr/bin/env node
// Argument parsing only: one function per command, each calls a stage.
// Heavy modules are imported inside the command that needs them, so
// `qikan --version` and `qikan --help` start as fast as node itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, UserError, type Diagnostic } from './diagnostic.js';

const HELP = `qikan — builds each issue of a periodical from Markdown into e-books

Usage:
  qikan build [ID|DIR]... [--out DIR] [--kindle]
                                        build issues into DIR/<id>/<slug>-<id>.epub
                                        (no argument: every issue under ./issues;
                                        ID: ./issues/ID; DIR: an issue folder whose
                                        parent folder holds series.yaml); --kindle
                                        adds .azw3 and .mobi (needs Calibre)
  qikan build --year YYYY [--out DIR] [--kindle]
                                        the annual 合订本: every issue of the year in
                                        one book, DIR/YYYY/<slug>-YYYY.epub
  qikan site [--out DIR] [--repository OWNER/REPO] [--released IDS]
                                        the members' shelf: a static download page
                                        and an OPDS catalogue (default dist/site;
                                        repository default: $GITHUB_REPOSITORY);
                                        --released 2024-02,2024-03 lists only
                                        the issues that have a release
  qikan release ID|DIR [--out DIR]      check, build, validate (EPUBCheck), convert
                                        and verify Kindle files, write SHA256SUMS
                                        and release-notes.md into DIR/<id>/
  qikan check [ID|DIR]... [--fix] [--format text|json|github]
                                        check sources: schema, source hygiene,
                                        structure, Chinese typography; --fix applies
                                        the safe fixes in place
  qikan import FILE [--id ID] [--into DIR] [--force]
                                        turn the printed issue's PDF (.pdf), a text
                                        extraction (.txt) or a Word file (.docx) into
                                        issue sources under DIR/<id>/ (default
                                        ./issues), with the printed page numbers it
                                        can prove, then print the check report
  qikan --help                          this text
  qikan --version                       the version

Options:
  --out DIR     output folder (default: dist)
  --kindle      also write AZW3 and MOBI with Calibre's ebook-convert, verified
  --fix         (check) apply the safe fixes, then report what is left
  --format F    (check) text (default), json, or github (workflow annotations)
  --debug       show a stack trace for internal errors

Exit status: 0 done, 1 a problem with the sources or the environment
(each printed as file:line:col  severity  rule  message), 2 a usage mistake,
70 a bug in qikan (reported with a stack trace).
`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (command === 'build') return buildCommand(rest);
  if (command === 'release') return releaseCommand(rest);
  if (command === 'check') return checkCommand(rest);
  if (command === 'import') return importCommand(rest);
  if (command === 'site') return siteCommand(rest);
  throw new UsageError(`unknown command “${command}”`);
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

function parse(args: string[], options: OptionSpec): { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args, options: { ...options, debug: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function buildCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, kindle: { type: 'boolean' }, year: { type: 'string' } });
  if (values.year !== undefined) return buildYear(String(values.year), positionals, values);
  const { displayPath } = await import('./files.js');
  const dirs = await resolveIssueDirs(positionals);
  const outDir = path.resolve(typeof values.out === 'string' ? values.out : 'dist');
  const options = { outDir, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH };
  const problems: Diagnostic[] = [];
  if (values.kindle === true) {
    // Calibre dominates here, so issues go one by one; each EPUB is written
    // with its Kindle books, after EPUBCheck, or not at all.
    const { prepareIssueBook } = await import('./build.js');
    const { writeBooks } = await import('./kindle/kindle-books.js');
    const { issueKindleBook } = await import('./kindle/expected.js');
    for (const dir of dirs) {
      try {
        const { issue, epubPath, epub, madeFolders } = await prepareIssueBook(dir, options);
        const books = await writeBooks(epubPath, epub, issueKindleBook(issue), { madeFolders });
        process.stdout.write(`built ${displayPath(books.epub)}\nbuilt ${displayPath(books.azw3)}\nbuilt ${displayPath(books.mobi)}\n`);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        problems.push(...error.diagnostics);
      }
    }
  } else {
    const { buildIssues } = await import('./build-many.js');
    // The worker entry sits beside this file, in the source tree and in the bundle.
    const workerUrl = new URL('./build-worker.js', import.meta.url);
    for (const outcome of await buildIssues(dirs, options, workerUrl)) {
      if (outcome.diagnostics) problems.push(...outcome.diagnostics);
      else process.stdout.write(`built ${displayPath(outcome.epubPath!)}\n`);
    }
  }
  if (problems.length > 0) throw new UserError(problems);
  return 0;
}

async function buildYear(year: string, positionals: string[], values: Record<string, unknown>): Promise<number> {
  if (!/^\d{4}$/.test(year)) throw new UsageError(`--year must be a year like 2024, not “${year}”`);
  if (positionals.length > 0) throw new UsageError('--year builds every issue of that year under ./issues; name no issue with it');
  const { buildAnnual, prepareAnnual } = await import('./annual/build-annual.js');
  const { displayPath } = await import('./files.js');
  const outDir = path.resolve(typeof values.out === 'string' ? values.out : 'dist');
  const options = { outDir, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH };
  if (values.kindle === true) {
    const { writeBooks } = await import('./kindle/kindle-books.js');
    const { annualKindleBook } = await import('./annual/kindle-book.js');
    const { epubPath, epub, issues } = await prepareAnnual(path.resolve('issues'), Number(year), options);
    const books = await writeBooks(epubPath, epub, annualKindleBook(issues, Number(year)));
    process.stdout.write(`built ${displayPath(books.epub)} (${issues.length} issues)\nbuilt ${displayPath(books.azw3)}\nbuilt ${displayPath(books.mobi)}\n`);
    return 0;
  }
  const result = await buildAnnual(path.resolve('issues'), Number(year), options);
  process.stdout.write(`built ${displayPath(result.epubPath)} (${result.issues.length} issues)\n`);
  return 0;
}

async function siteCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, repository: { type: 'string' }, released: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError('site takes no issue: it lists every issue under ./issues (--released limits it)');
  const released = typeof values.released === 'string' ? values.released.split(/[\s,]+/).filter(Boolean) : undefined;
  const badId = released?.find((id) => !/^\d{4}-\d{2}$/.test(id));
  if (badId !== undefined) throw new UsageError(`--released takes issue ids like 2024-02,2024-03, not “${badId}”`);
  const repository = typeof values.repository === 'string' ? values.repository : (process.env.GITHUB_REPOSITORY ?? '');
  const { buildSite } = await import('./site/build-site.js');
  const { displayPath } = await import('./files.js');
  const outDir = path.resolve(typeof values.out === 'string' ? values.out : path.join('dist', 'site'));
  const files = await buildSite({ issuesRoot: path.resolve('issues'), outDir, repository, ...(released ? { released } : {}) });
  process.stdout.write(`wrote ${files.length} files into ${displayPath(outDir)}\n`);
  return 0;
}

async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { fix: { type: 'boolean' }, format: { type: 'string' } });
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'github') throw new UsageError(`--format must be text, json or github, not “${String(format)}”`);
  const dirs = await resolveIssueDirs(positionals);
  const { runCheck } = await import('./check/command.js');
  return runCheck({ dirs, fix: values.fix === true, format }, (s) => process.stdout.write(s));
}

async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { id: { type: 'string' }, into: { type: 'string' }, force: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('import takes one file: qikan import 2024-03.docx');
  const id = typeof values.id === 'string' ? values.id : undefined;
  if (id !== undefined && !/^\d{4}-\d{2}$/.test(id)) throw new UsageError(`--id must look like 2024-03, not “${id}”`);
  const { runImport } = await import('./import/command.js');
  const { displayPath } = await import('./files.js');
  const result = await runImport({
    input: path.resolve(positionals[0]!),
    into: path.resolve(typeof values.into === 'string' ? values.into : 'issues'),
    ...(id !== undefined ? { id } : {}),
    force: values.force === true,
  });
  const articles = result.files.filter((f) => f.endsWith('.md')).length;
  const { pageSummary } = await import('./import/page-numbers.js');
  process.stdout.write(`imported ${articles} articles into ${displayPath(result.issueDir)}\n${pageSummary(result.pages)}\n`);
  for (const note of result.notes) process.stdout.write(`${formatDiagnostic(note)}\n`);
  process.stdout.write('What still needs a person:\n');
  const { runCheck } = await import('./check/command.js');
  await runCheck({ dirs: [result.issueDir], fix: false, format: 'text' }, (s) => process.stdout.write(s));
  // The import itself succeeded; the findings are for the maintainer to decide.
  return 0;
}

async function releaseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('release takes exactly one issue: qikan release 2024-02');
  const [dir] = await resolveIssueDirs(positionals);
  const { releaseIssue } = await import('./release/release.js');
  const { displayPath } = await import('./files.js');
  const outDir = path.resolve(typeof values.out === 'string' ? values.out : 'dist');
  const result = await releaseIssue(dir!, outDir, { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH });
  for (const asset of result.assets) process.stdout.write(`asset ${displayPath(asset)}\n`);
  process.stdout.write(`notes ${displayPath(result.notes)}\n`);
  return 0;
}

/** ID → ./issues/ID; anything else with a slash or existing as a folder → that folder; none → all. */
async function resolveIssueDirs(positionals: string[]): Promise<string[]> {
  const { findIssueDirs } = await import('./issue/load.js');
  const { existsSync } = await import('node:fs');
  if (positionals.length === 0) {
    const dirs = await findIssueDirs(path.resolve('issues'));
    if (dirs.length === 0) throw new UserError({ ruleId: 'source/no-issues', severity: 'error', file: 'issues', line: 0, column: 0, message: 'holds no issue folder (named like 2024-02)' });
    return dirs;
  }
  const { statSync } = await import('node:fs');
  const { displayPath } = await import('./files.js');
  const dirs = positionals.map((arg) => (/^\d{4}-\d{2}$/.test(arg) && !existsSync(arg) ? path.resolve('issues', arg) : path.resolve(arg)));
  const missing = dirs.filter((dir) => !statSync(dir, { throwIfNoEntry: false })?.isDirectory());
  if (missing.length > 0) {
    throw new UserError(
      missing.map((dir) => ({
        ruleId: 'source/no-issue',
        severity: 'error' as const,
        file: displayPath(dir),
        line: 0,
        column: 0,
        message: 'is not an issue folder — name an issue by its id (2024-02, a folder under ./issues) or give the path of a folder holding issue.yaml',
      })),
    );
  }
  return dirs;
}

// `qikan check | head`: the reader left; stop quietly, as Unix tools do, instead of an EPIPE trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const argv = process.argv.slice(2);
const debug = argv.includes('--debug');
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UserError) {
      for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      process.exitCode = 1;
    } else if (error instanceof UsageError) {
      process.stderr.write(`qikan: ${error.message}\nRun “qikan --help” for usage.\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`qikan: internal error — this is a bug in qikan, please report it with the output below.\n${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 70;
    }
  },
);
