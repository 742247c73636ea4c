// YAML parsing that keeps positions, so every schema error can name the line
// and column of the offending key or value.
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { core } from 'zod/mini';
import type { Diagnostic } from '../diagnostic.js';

export interface ParsedYaml {
  value: unknown;
  /** Line/column (1-based) of the node at a key path; falls back to the document start. */
  locate(path: ReadonlyArray<PropertyKey>, key?: string): { line: number; column: number };
}

// Aliases can expand exponentially ("billion laughs"); no source of ours needs many.
const MAX_ALIAS_COUNT = 50;

/**
 * Parses YAML text; `lineOffset` is added to every line number (front matter
 * starts below the `---` line of a Markdown file).
 */
export function parseYaml(
  text: string,
  file: string,
  lineOffset = 0,
): { parsed?: ParsedYaml; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const diagnostics: Diagnostic[] = doc.errors.map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    return {
      ruleId: 'schema/yaml-syntax',
      severity: 'error',
      file,
      line: pos.line + lineOffset,
      column: pos.col,
      message: `YAML syntax: ${firstLine(error.message)}`,
    };
  });
  if (diagnostics.length > 0) return { diagnostics };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return {
      diagnostics: [
        { ruleId: 'schema/yaml-syntax', severity: 'error', file, line: 1 + lineOffset, column: 1, message: `YAML: ${firstLine(String((error as Error).message))}` },
      ],
    };
  }
  const locate = (path: ReadonlyArray<PropertyKey>, key?: string) => {
    const offset = nodeOffset(doc, path, key);
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  return { parsed: { value, locate }, diagnostics: [] };
}

function nodeOffset(doc: Document, path: ReadonlyArray<PropertyKey>, key?: string): number {
  // Walk down as far as the path exists: an error about a missing key points at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (node === undefined || node === null) continue;
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0];
    }
    const range = (node as { range?: [number, number, number] }).range;
    if (range) return range[0];
  }
  return 0;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/** One diagnostic per zod issue, at the key's position, with a hint on how to fix it. */
export function zodDiagnostics(error: core.$ZodError, parsed: ParsedYaml, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  // zod still runs a value's length checks when its type is wrong (a string has a length
  // too): `organisation: 中国共产党` would also be told “at most 3 lines”. A value of the
  // wrong type gets the one message that says so.
  const wrongType = new Set(error.issues.filter((issue) => issue.code === 'invalid_type').map((issue) => pathKey(issue.path)));
  for (const issue of error.issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code !== 'invalid_type' && wrongType.has(pathKey(issue.path))) continue;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const pos = parsed.locate(path, key);
        out.push({
          ruleId: 'schema/unknown-key',
          severity: 'error',
          file,
          ...pos,
          message: `${formatPath([...path, key])}: unknown key — remove it or check its spelling (see README, “Source format”)`,
        });
      }
      continue;
    }
    const pos = parsed.locate(path);
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    out.push({
      ruleId: missing ? 'schema/missing-key' : 'schema/invalid-value',
      severity: 'error',
      file,
      ...pos,
      message: missing ? `${formatPath(path)}: required key is missing` : `${formatPath(path)}: ${issue.message}`,
    });
  }
  return out;
}

function pathKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map((part) => (typeof part === 'symbol' ? String(part) : part)));
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top level)';
}
