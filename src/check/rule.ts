// What a rule is: a small module with a stable id, a default severity, a
// one-line description, a check that returns Diagnostics, and — when the
// rule's fix is certain — a description of what `--fix` does (each
// Diagnostic then carries its own { range, text }).
import type { Diagnostic, Fix, Severity } from '../diagnostic.js';
import { positionOf, type CheckDoc } from './document.js';

export interface RuleInfo {
  /** `category/name`, stable, never renumbered. */
  id: string;
  severity: Severity;
  description: string;
  /** What --fix does, when the rule fixes. */
  fix?: string;
}

/** Looks at one source file (every file when `files` is 'all', else Markdown articles). */
export interface DocRule extends RuleInfo {
  files?: 'all' | 'markdown';
  check(doc: CheckDoc): Diagnostic[];
}

/** Looks at all the articles of an issue at once (consistency). */
export interface IssueRule extends RuleInfo {
  checkIssue(docs: readonly CheckDoc[]): Diagnostic[];
}

export type Rule = DocRule | IssueRule;

/** A Diagnostic for the characters [start, end) of a file. */
export function report(doc: CheckDoc, rule: RuleInfo, start: number, end: number, message: string, fix?: Fix): Diagnostic {
  const from = positionOf(doc, start);
  const to = positionOf(doc, Math.max(start, end));
  return {
    ruleId: rule.id,
    severity: rule.severity,
    file: doc.file,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    message,
    ...(fix ? { fix } : {}),
  };
}

/** A few characters of context for a message, with … where text was cut. */
export function excerpt(text: string, start: number, end: number, before = 4, after = 4): string {
  const from = Math.max(0, start - before);
  const to = Math.min(text.length, end + after);
  const body = text.slice(from, to).replaceAll('\0', '').replaceAll('\n', ' ');
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
