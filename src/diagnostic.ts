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

/** `file:line:col  severity  ruleId  message` — the one line a maintainer reads (`fixed` in place of the severity for what --fix changed). */
export function formatDiagnostic(d: Diagnostic, label: string = d.severity): string {
  const file = oneLine(d.file);
  const where = d.line > 0 ? `${file}:${d.line}:${d.column > 0 ? d.column : 1}` : file;
  return `${where}  ${label}  ${d.ruleId}  ${oneLine(d.message)}`;
}

// Line breaks (LF, CR, NEL, U+2028/2029), other C0/C1 controls (a terminal's
// escape sequences) and the bidirectional overrides and isolates, which
// reorder what a terminal shows: a file name or a title holding one could
// split a finding in two, forge a line of its own, or hide its text.
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text shown on one line: each unprintable character written \n, \r, \t or \uXXXX. */
export function oneLine(text: string): string {
  return text.replace(UNPRINTABLE, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
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
    super(list.map((d) => formatDiagnostic(d)).join('\n'));
    this.name = 'UserError';
    this.diagnostics = list;
  }
}

/** A diagnostic about a file (or the whole run, file ''), for failures outside any source line. */
export function fileProblem(file: string, ruleId: string, message: string, line = 0, column = 0): Diagnostic {
  return { ruleId, severity: 'error', file, line, column, message };
}
