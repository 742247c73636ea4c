// The one comment a source may carry: `<!-- qikan-disable-next-line rule-id -->`
// on a line of its own silences the named rules (all, when none is named) on
// the next non-blank line. Raw HTML is otherwise forbidden, and markdown-it
// (html: false) would print the comment as text, so the renderer must drop
// these lines first: stripDirectives().

const KEYWORD = 'qikan-disable-next-line';

/** The rule ids of a directive line, or undefined when the line is not one (parsed by hand: linear). */
function parseDirective(line: string): string[] | undefined {
  if (!line.includes(KEYWORD)) return undefined;
  const trimmed = line.trim();
  if (!trimmed.startsWith('<!--') || !trimmed.endsWith('-->')) return undefined;
  const inner = trimmed.slice(4, -3).trim();
  if (!inner.startsWith(KEYWORD)) return undefined;
  const rest = inner.slice(KEYWORD.length);
  if (rest !== '' && !/^\s/.test(rest)) return undefined;
  return rest.split(/[\s,]+/).filter(Boolean);
}

export interface Directive {
  /** 0-based index, in the text it was found in, of the comment's line. */
  lineIndex: number;
  /** 0-based index of the line it applies to (the next non-blank one), -1 when none. */
  targetIndex: number;
  /** Rule ids named; empty: every rule. */
  rules: string[];
}

export function isDirectiveLine(line: string): boolean {
  return parseDirective(line) !== undefined;
}

/** The directives in a Markdown text, one per comment line. */
export function findDirectives(lines: readonly string[]): Directive[] {
  const found: Directive[] = [];
  for (const [i, line] of lines.entries()) {
    const rules = parseDirective(line);
    if (!rules) continue;
    let target = i + 1;
    while (target < lines.length && (lines[target]!.trim() === '' || isDirectiveLine(lines[target]!))) target++;
    found.push({ lineIndex: i, targetIndex: target < lines.length ? target : -1, rules });
  }
  return found;
}

/**
 * The Markdown body without its directive lines — what the renderer must
 * parse. Removing (not blanking) the line keeps a paragraph around it whole.
 */
export function stripDirectives(body: string): string {
  if (!body.includes(KEYWORD)) return body;
  return body
    .split('\n')
    .filter((line) => !isDirectiveLine(line))
    .join('\n');
}
