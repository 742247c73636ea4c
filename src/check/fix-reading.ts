// How the book reads a source, for the --fix guard (fix-guard.ts): its
// YAML's values and, for an article, its body as a list of items — block and
// inline tokens, with what a fix must never touch spelled out — each with the
// text it shows and the line its block starts on. Pure.
import type { Token } from 'markdown-it';
import { parseDocument } from 'yaml';
import { directiveLines } from '../markdown/directives.js';
import { splitFrontMatter } from '../markdown/front-matter.js';
import { altText, markdownStructureParser } from '../markdown/parser.js';
import type { TextKind } from './fix-text.js';

export type SourceKind = 'article' | 'yaml';

/** How the book reads a source: its YAML's values, and (an article) its body's Markdown structure. */
export interface Reading {
  /** The YAML's value; undefined when it does not parse. */
  values: unknown;
  /** An article's front matter fences are where they were. */
  split: boolean;
  shape: string[];
  /** The text a reader sees of each text item of the shape (escapes and entities as they read); '' for the rest. */
  texts: string[];
  /** The 0-based line of the body each block of the shape starts on (-1 for what is inline): where its paragraph breaks fall. */
  starts: number[];
  /** The 0-based line of the file where the body starts. */
  bodyLine: number;
  /** The body as read (an article's), so that a reading of the same body can be taken over. */
  body?: string;
}

/**
 * The reading of a source file of the kind given. An article whose body is the
 * one `previous` read keeps its reading: a fix in the front matter costs the
 * YAML alone.
 */
export function readSource(text: string, kind: SourceKind, previous?: Reading): Reading {
  if (kind === 'yaml') return { values: yamlValues(text), split: true, shape: [], texts: [], starts: [], bodyLine: 0 };
  const split = splitFrontMatter(text.replace(/^\uFEFF/, ''));
  if (!split) return { values: undefined, split: false, bodyLine: 0, body: text, ...bodyShape(text, previous) };
  return { values: yamlValues(split.yaml), split: true, bodyLine: split.bodyLine - 1, body: split.body, ...bodyShape(split.body, previous) };
}

function bodyShape(body: string, previous: Reading | undefined): Pick<Reading, 'shape' | 'texts' | 'starts'> {
  if (previous?.body === body) return { shape: previous.shape, texts: previous.texts, starts: previous.starts };
  return markdownShape(body);
}

function yamlValues(text: string): unknown {
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/**
 * The body as a list of what the book makes of it: block and inline tokens by
 * type, with what a fix must never touch (code, link and image targets, note
 * labels, page numbers) spelled out, and beside each the text it shows. Text,
 * soft breaks, escapes and entities are one text item: what a reader sees.
 * Each stretch of inline text has its item, empty or not — one at the start of
 * a paragraph's (or heading's, or cell's) content and one after each other
 * inline item — so that a fix deleting all of one (an indent before **bold**)
 * leaves the list the same length. A picture's item holds its description, a
 * link's its title: text too.
 */
function markdownShape(body: string): { shape: string[]; texts: string[]; starts: number[] } {
  const shape: string[] = [];
  const texts: string[] = [];
  const starts: number[] = [];
  const push = (item: string, text: string, start: number) => {
    shape.push(item);
    texts.push(text);
    starts.push(start);
  };
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type !== 'inline') {
        push(itemOf(token), '', token.block && token.nesting !== -1 ? (token.map?.[0] ?? -1) : -1);
        continue;
      }
      push('text', '', -1);
      for (const child of token.children ?? []) {
        const text = readText(child);
        if (text !== undefined) texts[texts.length - 1] += text;
        else {
          push(itemOf(child), ownText(child), -1);
          push('text', '', -1);
        }
      }
    }
  };
  // Parsed without its directive lines, as the book is; its lines numbered as the body's own.
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const directives = directiveLines(lines);
  const kept = [...lines.keys()].filter((i) => !directives.has(i));
  walk(markdownStructureParser().parse(directives.size === 0 ? lines.join('\n') : kept.map((i) => lines[i]).join('\n'), {}));
  if (directives.size > 0) for (const [k, line] of starts.entries()) if (line >= 0) starts[k] = kept[line] ?? line;
  return { shape, texts, starts };
}

/** What a text token shows, or undefined for any other token. */
export function readText(token: Token): string | undefined {
  if (token.type === 'text' || token.type === 'text_special') return token.content;
  if (token.type === 'softbreak') return '\n';
  return undefined;
}

/** The text an inline item other than text shows: code's, a picture's description and title (as the book writes them), a link's title. */
function ownText(token: Token): string {
  if (token.type === 'code_inline') return token.content;
  if (token.type === 'image') return `${altText(token.children ?? [])}\0${token.attrGet('title') ?? ''}`;
  if (token.type === 'link_open') return token.attrGet('title') ?? '';
  return '';
}

// Inline items markdown-it-cjk-breaks looks past to the letters around a line break (code is text to it).
const MARKUP = /^(?:em_|strong_|s_|link|image |hardbreak|footnote_ref|page )/;

/** What each item of a reading is to the text around a line break (fix-text.ts). */
export function textKinds(reading: Pick<Reading, 'shape' | 'starts'>): TextKind[] {
  return reading.shape.map((item, k) => {
    if (item === 'text' || item.startsWith('code_inline ')) return 'text';
    return MARKUP.test(item) && reading.starts[k] === -1 ? 'markup' : 'block';
  });
}

function itemOf(token: Token): string {
  switch (token.type) {
    case 'paragraph_open':
    case 'paragraph_close':
      // A tight list's paragraphs are hidden: a list made loose (its items wrapped in <p>) reads otherwise.
      return `${token.type} p${token.hidden ? ' hidden' : ''}`;
    case 'footnote_ref':
    case 'footnote_reference_open':
      return `${token.type} ${(token.meta as { label?: string }).label ?? ''}`;
    case 'code_inline':
    case 'code_block':
    case 'fence':
      return `${token.type} ${JSON.stringify(token.content)}`;
    case 'link_open':
      return `link ${token.attrGet('href')}`;
    case 'image':
      return `image ${token.attrGet('src')}`;
    case 'page_break':
      return `page ${(token.meta as { page: number }).page}`;
    case 'ordered_list_open':
      return `ordered_list_open ${token.attrGet('start') ?? 1}`;
    default:
      return token.tag ? `${token.type} ${token.tag}` : token.type;
  }
}

export function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
