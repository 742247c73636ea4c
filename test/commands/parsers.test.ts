// The command parsers: argv in, a plain request out, usage mistakes as
// UsageError (exit 2) — before any runner or core module is loaded. Pure.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/commands/args.js';
import { parseBuildCommand } from '../../src/commands/build.parser.js';
import { parseCheckCommand } from '../../src/commands/check.parser.js';
import { parseImportCommand } from '../../src/commands/import.parser.js';
import { parseReleaseCommand } from '../../src/commands/release.parser.js';
import { parseSiteCommand } from '../../src/commands/site.parser.js';

const here = (...parts: string[]) => path.resolve(...parts);

function usageError(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('no usage error');
}

describe('build', () => {
  it('issues: ids or folders as given, dist/ by default', () => {
    expect(parseBuildCommand([])).toEqual({ kind: 'issues', targets: [], outDir: here('dist'), kindle: false });
    expect(parseBuildCommand(['2024-02', 'some/dir', '--out', 'out', '--kindle'])).toEqual({ kind: 'issues', targets: ['2024-02', 'some/dir'], outDir: here('out'), kindle: true });
  });

  it('--year: the annual volume', () => {
    expect(parseBuildCommand(['--year', '2024', '--kindle'])).toEqual({ kind: 'year', year: 2024, outDir: here('dist'), kindle: true });
  });

  it.each([
    [['--year', '24'], '--year must be a year like 2024, not “24”'],
    [['--year', '2024', '2024-02'], '--year builds every issue of that year under ./issues; name no issue with it'],
    [['--frob'], "Unknown option '--frob'"],
  ])('%j is a usage mistake', (args, message) => {
    expect(usageError(() => parseBuildCommand(args))).toContain(message);
  });

  it('takes --debug, which the entry reads', () => {
    expect(parseBuildCommand(['--debug'])).toMatchObject({ kind: 'issues', targets: [] });
  });
});

describe('release', () => {
  it('an issue id or folder is an issue; a year is the 合订本', () => {
    expect(parseReleaseCommand(['2024-02'])).toEqual({ kind: 'issue', target: '2024-02', outDir: here('dist') });
    expect(parseReleaseCommand(['issues/2024-02', '--out', 'x'])).toEqual({ kind: 'issue', target: 'issues/2024-02', outDir: here('x') });
    expect(parseReleaseCommand(['2024'])).toEqual({ kind: 'year', year: 2024, outDir: here('dist') });
  });

  it.each([[[]], [['2024-02', '2024-03']]])('%j is a usage mistake', (args) => {
    expect(usageError(() => parseReleaseCommand(args))).toBe('release takes exactly one issue or year: qikan release 2024-02, qikan release 2024');
  });
});

describe('site', () => {
  it('--released: issue ids, comma- or space-separated; the repository only when given', () => {
    expect(parseSiteCommand([])).toEqual({ outDir: here('dist', 'site'), search: true });
    expect(parseSiteCommand(['--repository', 'o/r', '--released', '2024-02, 2024-03'])).toEqual({ outDir: here('dist', 'site'), repository: 'o/r', released: ['2024-02', '2024-03'], search: true });
    expect(parseSiteCommand(['--no-search'])).toEqual({ outDir: here('dist', 'site'), search: false });
  });

  it.each([
    [['--released', '2024-02,2024'], '--released takes issue ids like 2024-02,2024-03, not “2024”'],
    [['2024-02'], 'site takes no issue: it lists every issue under ./issues (--released limits it)'],
  ])('%j is a usage mistake', (args, message) => {
    expect(usageError(() => parseSiteCommand(args))).toBe(message);
  });
});

describe('check and import', () => {
  it('check: targets, --fix, --format', () => {
    expect(parseCheckCommand(['2024-02', '--fix', '--format', 'github'])).toEqual({ targets: ['2024-02'], fix: true, format: 'github' });
    expect(parseCheckCommand([])).toEqual({ targets: [], fix: false, format: 'text' });
    expect(usageError(() => parseCheckCommand(['--format', 'xml']))).toBe('--format must be text, json or github, not “xml”');
  });

  it('import: one file, an optional --id like 2024-03', () => {
    expect(parseImportCommand(['a.docx', '--id', '2024-03', '--force'])).toEqual({ input: here('a.docx'), into: here('issues'), id: '2024-03', force: true });
    expect(usageError(() => parseImportCommand(['a.docx', '--id', '2024']))).toBe('--id must look like 2024-03, not “2024”');
    expect(usageError(() => parseImportCommand([]))).toBe('import takes one file: qikan import 2024-03.docx');
  });
});
