// The three ways findings are printed: text for people, JSON for programs,
// GitHub workflow commands for annotations on a pull request.
import { formatDiagnostic, oneLine, type Diagnostic } from '../diagnostic.js';

/** One `file:line:col  severity  rule  message` line per finding, then the summary. */
export function formatText(diagnostics: readonly Diagnostic[], options: { fixed?: number; fixedFiles?: number; applied?: readonly Diagnostic[] } = {}): string {
  // What --fix changed, each where it stood when it was fixed (a later pass's in the text the earlier fixes left).
  const fixes = (options.applied ?? []).map((d) => formatDiagnostic(d, 'fixed'));
  // concat, not push(...): a spread of some 130,000 findings overflows the stack.
  const lines = fixes.concat(diagnostics.map((d) => formatDiagnostic(d)));
  if (options.fixed) lines.push(`fixed ${plural(options.fixed, 'problem')} in ${plural(options.fixedFiles ?? 1, 'file')}`);
  lines.push(summary(diagnostics));
  return `${lines.join('\n')}\n`;
}

/** `2 errors, 5 warnings, 3 fixable with --fix` */
export function summary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const fixable = diagnostics.filter((d) => d.fix).length;
  const parts = [plural(errors, 'error'), plural(diagnostics.length - errors, 'warning')];
  if (fixable > 0) parts.push(`${fixable} fixable with --fix`);
  return parts.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The findings as a JSON array of Diagnostic. JSON escapes C0 controls
 * itself; the rest of what oneLine escapes (DEL, C1, U+2028/2029, bidi
 * overrides) is written \uXXXX too, so that a terminal showing the JSON shows
 * it as it is — a program reading it gets the same strings.
 */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify(diagnostics, null, 2).replace(/[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/**
 * `::error file=…,line=…,col=…,title=<rule>::<message>` per finding. Escaping
 * follows GitHub's workflow-command rules (actions/toolkit, command.ts):
 * data escapes % \r \n; property values also : and ,.
 */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const properties: [string, string | number][] = [['file', d.file]];
      if (d.line > 0) properties.push(['line', d.line], ['col', d.column > 0 ? d.column : 1]);
      properties.push(['title', d.ruleId]);
      const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
      return `::${d.severity} ${props}::${escapeData(d.message)}\n`;
    })
    .join('');
}

/** GitHub's escapes for CR and LF (an annotation may span lines), then oneLine for every other unprintable character. */
function escapeData(value: string): string {
  return oneLine(value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
