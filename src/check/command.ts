// Edge of the check stage: `qikan check [--fix] [--format text|json|github]`.
// Reads each issue (loadIssue) and its check.yaml, runs the check, writes
// fixes atomically, prints.
import path from 'node:path';
import { compareDiagnostics, UserError, type Diagnostic } from '../diagnostic.js';
import { loadIssue } from '../issue/load.js';
import type { Issue, SourceFile } from '../issue/model.js';
import { rewriteInPlace } from '../output/rewrite-in-place.js';
import { checkIssueFiles } from './image-files.js';
import { applyGuardedFixes } from './fix-guard.js';
import type { SourceKind } from './fix-reading.js';
import { formatGithub, formatJson, formatText } from './format.js';
import { readCheckConfig } from './config-file.js';
import type { Ignore } from './ignores.js';
import { RULES } from './rules/index.js';

export interface CheckCommandOptions {
  /** Issue folders (each with series.yaml in its parent folder). */
  dirs: string[];
  fix: boolean;
  format: 'text' | 'json' | 'github';
}

// A fix can make room for another (overlapping ranges wait a pass); bounded
// so that a fix that does not remove its finding cannot loop for ever.
const MAX_FIX_PASSES = 10;

/** Prints findings through `out` (whole lines, each ending in \n); returns the exit code: 1 if an error remains. */
export async function runCheck(options: CheckCommandOptions, out: (s: string) => void): Promise<number> {
  const found = new Map<string, Diagnostic>();
  let fixed = 0;
  const fixedFiles = new Set<string>();
  const applied: Diagnostic[] = [];
  for (const dir of options.dirs) {
    const result = await checkDir(path.resolve(dir), options.fix);
    fixed += result.fixed;
    for (const d of result.applied) applied.push(d);
    for (const file of result.files) fixedFiles.add(file);
    // series.yaml is shared by every issue: report its findings once.
    for (const d of result.diagnostics) found.set(`${d.file}\0${d.line}\0${d.column}\0${d.ruleId}\0${d.message}`, d);
  }
  const diagnostics = [...found.values()].sort(compareDiagnostics);
  if (options.format === 'json') out(formatJson(diagnostics));
  else if (options.format === 'github') out(formatGithub(diagnostics));
  else out(formatText(diagnostics, options.fix ? { fixed, fixedFiles: fixedFiles.size, applied } : {}));
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

async function checkDir(dir: string, fix: boolean): Promise<{ diagnostics: Diagnostic[]; fixed: number; files: Set<string>; applied: Diagnostic[] }> {
  let fixed = 0;
  // Every fix made, in every pass: a later pass fixes what an earlier fix brought out, unseen before.
  const applied: Diagnostic[] = [];
  const files = new Set<string>();
  // Files --fix may not write (read-only, a link leading out): said once each, their findings still listed.
  const refused = new Map<string, Diagnostic>();
  // Fixes the guard left for a person in the last pass, each with why: said with its finding.
  let left = new Map<Diagnostic, string>();
  const report = (diagnostics: Diagnostic[]) => [...diagnostics.map((d) => leftForAPerson(d, left.get(d))), ...refused.values()];
  for (let pass = 0; ; pass++) {
    let issue: Issue;
    try {
      issue = await loadIssue(dir);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return { diagnostics: error.diagnostics, fixed, files, applied };
    }
    const config = await readCheckConfig(dir);
    const diagnostics = [...config.diagnostics, ...(await checkIssueFiles(issue, { ignores: config.ignores }))];
    if (!fix) return { diagnostics, fixed, files, applied };
    if (pass === MAX_FIX_PASSES) {
      // Out of passes: what the guard would leave is said, as after a pass that fixed nothing.
      left = new Map();
      for (const { source, fileName, kind } of sources(issue)) {
        const mine = diagnostics.filter((d) => d.fix && d.file === source.display);
        if (mine.length > 0) for (const [d, why] of applyGuardedFixes(source.text, mine, { kind, reshapes: fixReshapes, anchoredLines: anchoredLines(config.ignores, fileName) }).refused) left.set(d, why);
      }
      return { diagnostics: report(diagnostics), fixed, files, applied };
    }
    let count = 0;
    left = new Map();
    for (const { source, fileName, kind } of sources(issue)) {
      const mine = diagnostics.filter((d) => d.fix && d.file === source.display);
      if (mine.length === 0 || refused.has(source.path)) continue;
      const result = applyGuardedFixes(source.text, mine, { kind, reshapes: fixReshapes, anchoredLines: anchoredLines(config.ignores, fileName) });
      for (const [d, why] of result.refused) left.set(d, why);
      if (result.applied.length === 0) continue;
      // Files are written without a BOM, unless its finding is ignored.
      const keepBom = source.hasBom && !mine.some((d) => d.ruleId === 'source/bom');
      try {
        await rewriteInPlace(source.path, (keepBom ? '\uFEFF' : '') + result.text, path.dirname(source.path));
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        refused.set(source.path, { ...error.diagnostics[0]!, severity: 'warning' });
        continue;
      }
      count += result.applied.length;
      for (const d of result.applied) applied.push(d);
      files.add(source.path);
    }
    if (count === 0) return { diagnostics: report(diagnostics), fixed, files, applied };
    fixed += count;
  }
}

const RESHAPES = new Map(RULES.map((rule) => [rule.id, rule.fixReshapes]));
const fixReshapes = (ruleId: string) => RESHAPES.get(ruleId);

/** Lines of a file that check.yaml ignores a finding on. */
function anchoredLines(ignores: readonly Ignore[], fileName: string): number[] {
  return ignores.filter((ignore) => ignore.file === fileName && ignore.line !== undefined).map((ignore) => ignore.line!);
}

/** A finding whose fix --fix left: no longer fixable, and the message says why. */
function leftForAPerson(d: Diagnostic, why: string | undefined): Diagnostic {
  if (why === undefined) return d;
  const { fix: _left, ...finding } = d;
  return { ...finding, message: `${d.message} (--fix leaves this one: ${why}; make the change by hand)` };
}

function sources(issue: Issue): { source: SourceFile; fileName: string; kind: SourceKind }[] {
  return [
    { source: issue.seriesFile, fileName: '../series.yaml', kind: 'yaml' },
    { source: issue.issueFile, fileName: 'issue.yaml', kind: 'yaml' },
    ...issue.articles.map((article) => ({ source: article.source, fileName: article.fileName, kind: 'article' as const })),
  ];
}
