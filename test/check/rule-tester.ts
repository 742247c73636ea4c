// textlint-tester style tables for one rule: `valid` texts it must leave
// alone, `invalid` texts with the exact line and column of every finding and
// the text after --fix. A case is an article: a plain body gets the front
// matter below (3 lines), so body line 1 is file line 4; a text that starts
// with --- is the whole file.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { buildDoc, type CheckDoc } from '../../src/check/document.js';
import { applyGuardedFixes } from '../../src/check/fix-guard.js';
import type { Rule } from '../../src/check/rule.js';
import { runRules } from '../../src/check/run-rules.js';
import type { Issue } from '../../src/issue/model.js';
import { splitFrontMatter } from '../../src/markdown/front-matter.js';

export const FRONT_MATTER = '---\ntitle: 测试文章\n---\n';

export interface Case {
  text: string;
  /** Options for the document: a BOM before the text, or a YAML file. */
  bom?: boolean;
  yaml?: boolean;
}
export interface Invalid extends Case {
  errors: { line: number; column: number; message?: RegExp | string }[];
  /** The text after --fix; omit when the rule offers no fix for this case. */
  output?: string;
}

export function articleDoc(text: string, options: { bom?: boolean; yaml?: boolean; fileName?: string } = {}): CheckDoc {
  const fileName = options.fileName ?? (options.yaml ? 'issue.yaml' : '01-test.md');
  if (options.yaml) return buildDoc({ file: fileName, fileName, text, format: 'yaml', hasBom: options.bom });
  const full = text.startsWith('---') ? text : FRONT_MATTER + text;
  const split = splitFrontMatter(full)!;
  const meta = (parse(split.yaml) ?? {}) as Record<string, string>;
  const tocPage = typeof meta.toc_page === 'number' ? { tocPage: meta.toc_page } : {};
  return buildDoc({ file: fileName, fileName, text: full, format: 'markdown', hasBom: options.bom, bodyLine: split.bodyLine, meta, ...tocPage });
}

/** What the rules find in the documents, run by the check's own driver (an issue.yaml is added when missing). */
export function findings(rules: readonly Rule[], docs: readonly CheckDoc[], issue: Partial<Issue> = {}): Diagnostic[] {
  const all = docs.some((doc) => doc.fileName === 'issue.yaml') ? docs : [articleDoc('year: 2024\n', { yaml: true }), ...docs];
  return runRules(rules, issue as Issue, all);
}

/** What `--fix` makes of the text with this rule alone (passes until nothing changes), its guard included. */
export function fixWith(rule: Rule, text: string, options: Case = {}): string {
  let current = text.startsWith('---') || options.yaml ? text : FRONT_MATTER + text;
  for (let pass = 0; pass < 10; pass++) {
    const guard = { kind: options.yaml ? ('yaml' as const) : ('article' as const), reshapes: () => rule.fixReshapes };
    const { text: next, applied } = applyGuardedFixes(current, findingsOf(rule, current, options), guard);
    if (applied.length === 0 || next === current) break;
    current = next;
  }
  return text.startsWith('---') || options.yaml ? current : current.slice(FRONT_MATTER.length);
}

export function testRule(rule: Rule, cases: { valid: (string | Case)[]; invalid: Invalid[] }): void {
  describe(rule.id, () => {
    it.each(cases.valid.map((c) => [typeof c === 'string' ? c : c.text, typeof c === 'string' ? {} : c] as const))('leaves alone %j', (text, options) => {
      expect(findingsOf(rule, text, options).map(show)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.text, c] as const))('flags %j', (_, c) => {
      const found = findingsOf(rule, c.text, c);
      expect(found.map((d) => [d.line, d.column])).toEqual(c.errors.map((e) => [e.line, e.column]));
      for (const [i, d] of found.entries()) {
        expect(d.ruleId).toBe(rule.id);
        expect(d.severity).toBe(rule.severity);
        const want = c.errors[i]!.message;
        if (typeof want === 'string') expect(d.message).toBe(want);
        else if (want) expect(d.message).toMatch(want);
      }
      if (c.output === undefined) expect(found.filter((d) => d.fix).map(show)).toEqual([]);
      else expect(fixWith(rule, c.text, c)).toBe(c.output);
    });
  });
}

/** One rule over one test case's document (for a YAML case, the document is the issue.yaml). */
function findingsOf(rule: Rule, text: string, options: Case): Diagnostic[] {
  const doc = articleDoc(text, options);
  return findings([rule], [doc]).filter((d) => d.file === doc.file);
}

function show(d: Diagnostic): string {
  return `${d.line}:${d.column} ${d.message}`;
}
