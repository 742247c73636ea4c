// One shape for every problem the tool reports, from day one: schema errors,
// lint findings and build failures all become Diagnostics, so every formatter
// (text, json, github) and every test speaks the same language.

export type Severity = 'error' | 'warning';

export interface Fix {
  /** Offsets into the file's text (UTF-16 code units), end exclusive. */
  range: [number, number];
  text: string;
}

export interface Diagnostic {
  /** Stable, readable id: `schema/unknown-key`, `cjk/page-break-split` … never renumbered. */
  ruleId: string;
  severity: Severity;
  /** Path as the user should see it: relative to the working directory where possible. */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based; 0 when the problem concerns the whole line or file. */
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  fix?: Fix;
}

/** `file:line:col  severity  ruleId  message` — the one line a maintainer reads. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column > 0 ? d.column : 1}` : d.file;
  return `${where}  ${d.severity}  ${d.ruleId}  ${d.message}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * A problem the user can fix (bad source, missing tool, unwritable folder).
 * The CLI prints its diagnostics, one line each, and exits 1 — no stack trace.
 */
export class UserError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[] | Diagnostic) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'UserError';
    this.diagnostics = list;
  }
}

/** A diagnostic about a file (or the whole run, file ''), for failures outside any source line. */
export function fileProblem(file: string, ruleId: string, message: string, line = 0, column = 0): Diagnostic {
  return { ruleId, severity: 'error', file, line, column, message };
}
