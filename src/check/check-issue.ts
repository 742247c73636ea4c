// The check stage: a loaded Issue in, sorted Diagnostics out. Pure — no file
// system; the edge (command.ts) reads check.yaml and the raw bytes it needs.
import { compareDiagnostics, type Diagnostic } from '../diagnostic.js';
import type { Issue, SourceFile } from '../issue/model.js';
import type { Directive } from './directives.js';
import { coverSizeProblems } from './cover-size.js';
import { buildDoc, type CheckDoc } from './document.js';
import { isIgnored, knownRule, ruleMatches, type Ignore } from './ignores.js';
import { RULES } from './rules/index.js';

export interface CheckOptions {
  /** From the issue's check.yaml (see ignores.ts). */
  ignores?: readonly Ignore[];
  /** Absolute paths of sources whose bytes begin with a BOM (the loader drops it from the text). */
  bom?: ReadonlySet<string>;
}

export function checkIssue(issue: Issue, options: CheckOptions = {}): Diagnostic[] {
  return checkIssueDocs(issue, issueDocs(issue, options.bom), options);
}

/** The files of an issue as the rules see them: series.yaml, issue.yaml, then the articles. */
export function issueDocs(issue: Issue, bom: ReadonlySet<string> = new Set()): CheckDoc[] {
  const yaml = (source: SourceFile, fileName: string) =>
    buildDoc({ file: source.display, fileName, text: source.text, format: 'yaml', hasBom: bom.has(source.path) });
  const articles = issue.articles.map((article) =>
    buildDoc({
      file: article.source.display,
      fileName: article.fileName,
      text: article.source.text,
      format: 'markdown',
      hasBom: bom.has(article.source.path),
      bodyLine: article.bodyLine,
      meta: { title: article.meta.title, toc_title: article.meta.toc_title, byline: article.meta.byline },
      ...(article.meta.toc_page !== undefined ? { tocPage: article.meta.toc_page } : {}),
    }),
  );
  return [yaml(issue.seriesFile, '../series.yaml'), yaml(issue.issueFile, 'issue.yaml'), ...articles];
}

/**
 * The rules over already-built documents. `fileProblems` are findings the
 * edge made by looking at files (image-files.ts); they are silenced by disable
 * comments and ignores like any other.
 */
export function checkIssueDocs(issue: Issue, docs: readonly CheckDoc[], options: CheckOptions & { fileProblems?: readonly Diagnostic[] } = {}): Diagnostic[] {
  const ignores = options.ignores ?? [];
  const cover = coverSizeProblems(issue).filter((d) => !isIgnored(d, 'issue.yaml', ignores));
  return [...checkDocs(docs, ignores, options.fileProblems), ...cover].sort(compareDiagnostics);
}

/** Runs every rule over the documents, then applies disable comments and ignores. */
export function checkDocs(docs: readonly CheckDoc[], ignores: readonly Ignore[] = [], fileProblems: readonly Diagnostic[] = []): Diagnostic[] {
  const byFile = new Map(docs.map((doc) => [doc.file, doc]));
  // 0-based line → the disable comments aimed at it, per file.
  const disabled = new Map(docs.map((doc) => [doc.file, byTarget(doc.directives)]));
  const found: Diagnostic[] = [];
  for (const rule of RULES) {
    if ('checkIssue' in rule) {
      add(found, rule.checkIssue(docs.filter((doc) => doc.format === 'markdown')));
      continue;
    }
    for (const doc of docs) {
      if (rule.files === 'all' || doc.format === 'markdown') add(found, rule.check(doc));
    }
  }
  add(found, fileProblems);
  for (const doc of docs) add(found, directiveProblems(doc));
  return found
    .filter((d) => {
      const doc = byFile.get(d.file);
      const comments = disabled.get(d.file)?.get(d.line - 1) ?? [];
      const silenced = comments.some((c) => c.rules.length === 0 || c.rules.some((rule) => ruleMatches(rule, d.ruleId)));
      return !doc || (!silenced && !isIgnored(d, doc.fileName, ignores));
    })
    .sort(compareDiagnostics);
}

// Not push(...more): a huge source can have more findings than a call has room for arguments.
function add(found: Diagnostic[], more: readonly Diagnostic[]): void {
  for (const d of more) found.push(d);
}

function byTarget(directives: readonly Directive[]): Map<number, Directive[]> {
  const map = new Map<number, Directive[]>();
  for (const directive of directives) map.set(directive.targetIndex, [...(map.get(directive.targetIndex) ?? []), directive]);
  return map;
}

function directiveProblems(doc: CheckDoc): Diagnostic[] {
  return doc.directives.flatMap((directive) =>
    directive.rules
      .filter((rule) => !knownRule(rule))
      .map((rule): Diagnostic => {
        const start = doc.lineStarts[directive.lineIndex]!;
        const column = doc.text.indexOf(rule, start) - start + 1;
        return {
          ruleId: 'check/unknown-rule',
          severity: 'warning',
          file: doc.file,
          line: directive.lineIndex + 1,
          column,
          message: `qikan-disable-next-line names no rule ${rule} — check the id (qikan check prints each finding's rule id)`,
        };
      }),
  );
}
