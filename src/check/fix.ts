// Applying fixes to a text, pure. Fixes whose ranges overlap one already
// taken wait for the next pass (command.ts re-checks and repeats), as in
// ESLint: a fix is always applied to the text it was computed from.
import type { Diagnostic } from '../diagnostic.js';

export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; applied: Diagnostic[] } {
  const fixable = diagnostics
    .filter((d) => d.fix)
    .sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const applied: Diagnostic[] = [];
  const parts: string[] = [];
  let cursor = 0;
  let lastEnd = -1;
  for (const d of fixable) {
    const [start, end] = d.fix!.range;
    if (start < cursor || start > end || end > text.length) continue;
    // Two edits at one point would depend on their order: one per pass.
    if (start === end && start === lastEnd && applied.length > 0) continue;
    parts.push(text.slice(cursor, start), d.fix!.text);
    cursor = end;
    lastEnd = end;
    applied.push(d);
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), applied };
}
