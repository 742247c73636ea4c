// Per-issue ignores: issues/<id>/check.yaml
//
//   ignore:
//     - cjk/latin-word                 # everywhere in this issue
//     - rule: cjk/stray-space          # in one file
//       file: 03-shengwei.md
//     - rule: cjk/page-break-split     # on one line of one file
//       file: 05-quanguo-jiaoyu.md
//       line: 12
//     - rule: cjk/*                    # a whole category
//
// A rule id that does not exist is reported, so a typo cannot silently
// switch nothing off.
import * as z from 'zod/mini';
import type { Diagnostic } from '../diagnostic.js';
import { parseYaml, zodDiagnostics } from '../issue/yaml-source.js';
import { described } from '../issue/zod.js';
import { RULE_IDS, UNSILENCEABLE } from './rules/index.js';

const RuleId = z.string().check(z.regex(/^[a-z]+\/(?:[a-z0-9-]+|\*)$/, 'must be a rule id such as cjk/latin-word (or a category such as cjk/*)'));

const CheckConfigSchema = z.strictObject({
  ignore: described(
    z._default(
      z.array(
        z.union([
          RuleId,
          z.strictObject({
            rule: described(RuleId, 'The rule id, or category/* for a whole category'),
            file: described(z.optional(z.string().check(z.minLength(1))), 'A file name in the issue folder, e.g. 05-quanguo-jiaoyu.md'),
            line: described(z.optional(z.number().check(z.int(), z.gte(1))), 'A line of that file (1-based)'),
          }),
        ]),
      ),
      [],
    ),
    'Findings not to report',
  ),
});

export interface Ignore {
  rule: string;
  file?: string;
  line?: number;
}

/** Parses check.yaml text; problems come back as diagnostics against `display`. */
export function parseCheckConfig(text: string, display: string): { ignores: Ignore[]; diagnostics: Diagnostic[] } {
  const { parsed, diagnostics } = parseYaml(text, display);
  if (!parsed) return { ignores: [], diagnostics };
  const result = CheckConfigSchema.safeParse(parsed.value ?? {});
  if (!result.success) return { ignores: [], diagnostics: zodDiagnostics(result.error, parsed, display) };
  const ignores = result.data.ignore.map((entry) => (typeof entry === 'string' ? { rule: entry } : entry));
  const problems: Diagnostic[] = [];
  ignores.forEach((ignore, i) => {
    if (UNSILENCEABLE.has(ignore.rule)) {
      problems.push({
        ruleId: 'check/unsilenceable',
        severity: 'warning',
        file: display,
        ...parsed.locate(['ignore', i]),
        message: `ignore[${i}]: ${ignore.rule} cannot be silenced (the book could not be made right) — fix the text and remove this entry`,
      });
      return;
    }
    if (knownRule(ignore.rule)) return;
    problems.push({
      ruleId: 'check/unknown-rule',
      severity: 'warning',
      file: display,
      ...parsed.locate(['ignore', i]),
      message: `ignore[${i}]: there is no rule ${ignore.rule} — check the id (qikan check prints each finding's rule id)`,
    });
  });
  return { ignores, diagnostics: problems };
}

export function knownRule(rule: string): boolean {
  if (rule.endsWith('/*')) return [...RULE_IDS].some((id) => id.startsWith(rule.slice(0, -1)));
  return RULE_IDS.has(rule);
}

export function ruleMatches(pattern: string, ruleId: string): boolean {
  return pattern === ruleId || (pattern.endsWith('/*') && ruleId.startsWith(pattern.slice(0, -1)));
}

/** Is the finding, in the file of that name inside the issue folder, ignored? */
export function isIgnored(diagnostic: Diagnostic, fileName: string, ignores: readonly Ignore[]): boolean {
  return ignores.some(
    (ignore) =>
      ruleMatches(ignore.rule, diagnostic.ruleId) &&
      (ignore.file === undefined || ignore.file === fileName) &&
      (ignore.line === undefined || ignore.line === diagnostic.line),
  );
}
