// The check stage: a loaded Issue in, sorted Diagnostics out. Pure — no file
// system; the edges (image-files.ts, command.ts) look at image files and read
// check.yaml.
import { compareDiagnostics, type Diagnostic } from '../diagnostic.js';
import type { Issue, SourceFile } from '../issue/model.js';
import type { Directive } from '../markdown/directives.js';
import { buildDoc, type CheckDoc } from './document.js';
import { isIgnored, knownRule, ruleMatches, type Ignore } from './ignores.js';
import { RULES, UNSILENCEABLE } from './rules/index.js';
import { runRules } from './run-rules.js';

export interface CheckOptions {
  /** From the issue's check.yaml (see ignores.ts). */
  ignores?: readonly Ignore[];
  /**
   * Only what can stop a build: the rules whose severity is error (a rule's
   * severity is its own; nothing raises a warning), and none of the edge's
   * look-ups that only warnings use. What `build` and `release` ask.
   */
  errorsOnly?: boolean;
}

export function checkIssue(issue: Issue, options: CheckOptions = {}): Diagnostic[] {
  return checkDocs(issue, issueDocs(issue), options);
}

/** The files of an issue as the rules see them: series.yaml, issue.yaml, then the articles. */
export function issueDocs(issue: Issue): CheckDoc[] {
  const yaml = (source: SourceFile, fileName: string) =>
    buildDoc({ file: source.display, fileName, text: source.text, format: 'yaml', hasBom: source.hasBom });
  const articles = issue.articles.map((article) =>
    buildDoc({
      file: article.source.display,
      fileName: article.fileName,
      text: article.source.text,
      format: 'markdown',
      hasBom: article.source.hasBom,
      bodyLine: article.bodyLine,
      meta: { title: article.meta.title, toc_title: article.meta.toc_title, byline: article.meta.byline },
      ...(article.meta.toc_page !== undefined ? { tocPage: article.meta.toc_page } : {}),
    }),
  );
  return [yaml(issue.seriesFile, '../series.yaml'), yaml(issue.issueFile, 'issue.yaml'), ...articles];
}

/** Runs every rule over the documents, then applies disable comments and ignores. */
export function checkDocs(issue: Issue, docs: readonly CheckDoc[], options: CheckOptions = {}): Diagnostic[] {
  const ignores = options.ignores ?? [];
  const byFile = new Map(docs.map((doc) => [doc.file, doc]));
  // 0-based line → the disable comments aimed at it, per file.
  const disabled = new Map(docs.map((doc) => [doc.file, byTarget(doc.directives)]));
  const found = runRules(options.errorsOnly ? ERROR_RULES : RULES, issue, docs);
  for (const doc of docs) for (const d of directiveProblems(doc)) found.push(d);
  return found
    .filter((d) => {
      const doc = byFile.get(d.file);
      if (UNSILENCEABLE.has(d.ruleId)) return true;
      const comments = disabled.get(d.file)?.get(d.line - 1) ?? [];
      const silenced = comments.some((c) => c.rules.length === 0 || c.rules.some((rule) => ruleMatches(rule, d.ruleId)));
      return !doc || (!silenced && !isIgnored(d, doc.fileName, ignores));
    })
    .sort(compareDiagnostics);
}

const ERROR_RULES = RULES.filter((rule) => rule.severity === 'error');

function byTarget(directives: readonly Directive[]): Map<number, Directive[]> {
  const map = new Map<number, Directive[]>();
  for (const directive of directives) map.set(directive.targetIndex, [...(map.get(directive.targetIndex) ?? []), directive]);
  return map;
}

function directiveProblems(doc: CheckDoc): Diagnostic[] {
  return doc.directives.flatMap((directive) =>
    directive.rules
      .filter((rule) => !knownRule(rule) || UNSILENCEABLE.has(rule))
      .map((rule): Diagnostic => {
        const start = doc.lineStarts[directive.lineIndex]!;
        const column = doc.text.indexOf(rule, start) - start + 1;
        const unknown = !knownRule(rule);
        return {
          ruleId: unknown ? 'check/unknown-rule' : 'check/unsilenceable',
          severity: 'warning',
          file: doc.file,
          line: directive.lineIndex + 1,
          column,
          message: unknown
            ? `qikan-disable-next-line names no rule ${rule} — check the id (qikan check prints each finding's rule id)`
            : `qikan-disable-next-line names ${rule}, which cannot be silenced (the book could not be made right) — fix the text and remove the comment`,
        };
      }),
  );
}
