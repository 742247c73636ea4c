// The one comment a source may carry: `<!-- qikan-disable-next-line rule-id -->`
// on a line of its own silences the named rules (all, when none is named) on
// the next non-blank line. Raw HTML is otherwise forbidden, and markdown-it
// (html: false) would print the comment as text, so the renderer must drop
// these lines first: stripDirectives(). Inside a code block such a line is
// code the book prints, like any other: it is no directive, and stays.
import type { Token } from 'markdown-it';
import { markdownParser } from './parser.js';

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

/**
 * The directive lines of a Markdown body (0-based index → the rule ids it
 * names): comment lines of their own outside code blocks. The check, the
 * renderer and the preview's line map all ask here, so a line is a
 * directive for all of them or for none.
 */
export function directiveLines(lines: readonly string[]): Map<number, string[]> {
  const found = new Map<number, string[]>();
  for (const [i, line] of lines.entries()) {
    const rules = parseDirective(line);
    if (rules) found.set(i, rules);
  }
  if (found.size === 0) return found;
  // Where code blocks are, markdown-it's block pass says (fences in lists
  // and quotes, indented code after a blank line): parsed with the comment
  // lines in place, which as paragraph lines never open or close a block of code.
  const md = markdownParser();
  const tokens: Token[] = [];
  // As markdown-it's core would give it (CR LF read as LF): a fence's closing "```\r" must close it.
  md.block.parse(lines.map((line) => line.replace(/\r$/, '')).join('\n'), md, {}, tokens);
  for (const token of tokens) {
    if ((token.type !== 'fence' && token.type !== 'code_block') || !token.map) continue;
    for (let line = token.map[0]; line < token.map[1]; line++) found.delete(line);
  }
  return found;
}

/** The directives in a Markdown body, one per comment line outside code. */
export function findDirectives(lines: readonly string[]): Directive[] {
  const directives = directiveLines(lines);
  const found: Directive[] = [];
  for (const [i, rules] of directives) {
    let target = i + 1;
    while (target < lines.length && (lines[target]!.trim() === '' || directives.has(target))) target++;
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
  const lines = body.split('\n');
  const directives = directiveLines(lines);
  return lines.filter((_, i) => !directives.has(i)).join('\n');
}
