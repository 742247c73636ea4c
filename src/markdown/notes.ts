// Notes (注释): Markdown footnotes — `text[^1]` in the text, `[^1]: note` on a
// line of its own — read by markdown-it-footnote and rendered as pop-up notes.
// The mark is a superscript link (EPUB 3 SSV noteref, DPUB-ARIA doc-noteref);
// the notes follow the article's text in one section, each an
// `<aside epub:type="footnote" role="doc-footnote">` that begins with its mark
// linking back (the back-link first: Kindle's pop-up takes the note up to the
// next one from there, pandoc#4491/#8676; DAISY KB "Notes"). Why this markup
// and what each reading system does with it: README, “Notes”.
import type MarkdownIt from 'markdown-it';
import type { StateBlock, Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { noteTail } from './note-tail.js';

/** How a note is marked: ①②③ (the default, as Chinese books print them) or [1] [2] [3]. */
export type NoteMarkStyle = 'circled' | 'brackets';

export interface NoteEnv {
  noteMarks?: NoteMarkStyle;
  /** Filled when given (the check asks): every note definition `[^label]:` the parser took. */
  noteDefinitions?: NoteDefinition[];
}

export interface NoteDefinition {
  label: string;
  /** Offset of its `[` in the source markdown-it was given. */
  offset: number;
  /** Written inside another note (indented under it): markdown-it-footnote then moves text between the two. */
  insideNote: boolean;
  /** Nothing after `[^1]:`, on its line or indented under it: the reader would tap ① and find ① alone. */
  empty: boolean;
}

/**
 * A note's mark as written in the text: [^label]. As markdown-it-footnote
 * reads it: a label has no space, no line break and no ] — an ideographic
 * space or a tab it keeps (\s here had made such a mark text to the check,
 * and its note "unused").
 */
export const NOTE_REF = /\[\^([^\] \n]+)\]/y;
// What markdown-it-footnote takes as a definition: [^label]: at a block's start, the label without a space.
const NOTE_DEFINITION = /^\[\^([^\] ]+)\]:/;

// ① … ⑳, ㉑ … ㉟, ㊱ … ㊿: the circled numbers Unicode has, 1 to 50.
const CIRCLED: readonly [from: number, to: number, first: number][] = [
  [1, 20, 0x2460],
  [21, 35, 0x3251],
  [36, 50, 0x32b1],
];

/** The mark of note n (1-based): ① or [1]; past ㊿ a circled mark is written [51]. */
export function noteMark(n: number, style: NoteMarkStyle = 'circled'): string {
  if (style === 'circled') {
    const range = CIRCLED.find(([from, to]) => n >= from && n <= to);
    if (range) return String.fromCodePoint(range[2] + n - range[0]);
  }
  return `[${n}]`;
}

/** The number a circled mark stands for (① → 1), or undefined. */
export function circledNumber(mark: string): number | undefined {
  const code = mark.codePointAt(0);
  if (code === undefined || [...mark].length !== 1) return undefined;
  const range = CIRCLED.find(([from, to, first]) => code >= first && code <= first + to - from);
  return range ? range[0] + code - range[2] : undefined;
}

function noteId(n: number): string {
  return `note-${n}`;
}

/** The id of the k-th mark (0-based) of note n: a note may be marked more than once. */
function noteRefId(n: number, k = 0): string {
  return k === 0 ? `noteref-${n}` : `noteref-${n}-${k + 1}`;
}

const meta = (token: Token) => token.meta as { id: number; subId?: number };

/**
 * markdown-it plugin: markdown-it-footnote with the book's markup. Inline
 * notes (`^[…]`) are off: one way to write a note, which the check reads.
 */
export function notes(md: MarkdownIt): void {
  md.use(footnote);
  md.inline.ruler.disable('footnote_inline');
  md.core.ruler.at('footnote_tail', noteTail);
  // The check must know where each definition is (it leaves no token with a
  // map): this rule, just before markdown-it-footnote's, sees the same line
  // start, records what that rule will take, and leaves the line to it.
  md.block.ruler.before('footnote_def', 'note_definition_record', (state: StateBlock, startLine: number) => {
    const definitions = (state.env as NoteEnv).noteDefinitions;
    if (!definitions) return false;
    const offset = state.bMarks[startLine]! + state.tShift[startLine]!;
    const match = NOTE_DEFINITION.exec(state.src.slice(offset, state.eMarks[startLine]));
    if (match) {
      const rest = state.src.slice(offset + match[0].length, state.eMarks[startLine]).trim();
      const next = startLine + 1;
      const continued = next < state.lineMax && state.sCount[next]! - state.blkIndent >= 4 && state.bMarks[next]! + state.tShift[next]! < state.eMarks[next]!;
      definitions.push({ label: match[1]!, offset, insideNote: (state.parentType as string) === 'footnote', empty: rest === '' && !continued });
    }
    return false;
  });
  const rules = md.renderer.rules;
  rules.footnote_ref = (tokens, idx, _options, env: NoteEnv) => {
    const { id, subId = 0 } = meta(tokens[idx]!);
    const n = id + 1;
    const mark = noteMark(n, env.noteMarks);
    // The link holds the mark alone, inside the <sup>: Apple Books pops up no note
    // whose link holds an element (pandoc#1995). duokan-footnote: 多看's class for
    // a note's mark, a class that does nothing elsewhere.
    return `<sup class="noteref"><a epub:type="noteref" role="doc-noteref" class="duokan-footnote" id="${noteRefId(n, subId)}" href="#${noteId(n)}">${mark}</a></sup>`;
  };
  rules.footnote_block_open = () => '<section class="notes" epub:type="endnotes" role="doc-endnotes" aria-label="注释">\n';
  rules.footnote_block_close = () => '</section>\n';
  // Each note named by its mark: axe-core takes an aside for a landmark, and landmarks need distinct names.
  rules.footnote_open = (tokens, idx, _options, env: NoteEnv) => {
    const n = meta(tokens[idx]!).id + 1;
    // The notes come in the order of their numbers; the first carries the rule above them (notes.css).
    return `<aside class="${n === 1 ? 'note note-first' : 'note'}" epub:type="footnote" role="doc-footnote" id="${noteId(n)}" aria-label="注释${noteMark(n, env.noteMarks)}">\n`;
  };
  rules.footnote_close = () => '</aside>\n';
  // The back-link is written first, by moveBackLinks below: the plugin puts it last.
  rules.footnote_anchor = (tokens, idx, _options, env: NoteEnv) => {
    const { id, subId = 0 } = meta(tokens[idx]!);
    if (subId > 0) return '';
    const n = id + 1;
    return `<a class="note-mark" role="doc-backlink" href="#${noteRefId(n)}">${noteMark(n, env.noteMarks)}</a>`;
  };
  md.core.ruler.after('footnote_tail', 'note_back_links_first', moveBackLinks);
}

/**
 * markdown-it-footnote appends a note's back-links to its last paragraph;
 * the book wants the (first) back-link at the start of the note's first
 * paragraph, the way a printed note begins with its mark: ① 见……
 */
function moveBackLinks(state: { tokens: Token[] }): void {
  const tokens = state.tokens;
  // A new list rather than a splice a note: splicing shifted the rest of the
  // article's tokens each time, quadratic in the number of notes.
  const out: Token[] = [];
  for (let open = 0; open < tokens.length; open++) {
    out.push(tokens[open]!);
    if (tokens[open]!.type !== 'footnote_open') continue;
    let close = open;
    while (tokens[close]!.type !== 'footnote_close') close++;
    const anchors = tokens.slice(open, close).filter((token) => token.type === 'footnote_anchor');
    const inner = tokens.slice(open + 1, close).filter((token) => token.type !== 'footnote_anchor');
    const firstInline = inner.findIndex((token) => token.type === 'inline');
    if (firstInline >= 0 && anchors[0]) {
      const inline = inner[firstInline]!;
      inline.children = [anchors[0], ...(inline.children ?? [])];
    } else if (anchors[0]) {
      inner.unshift(anchors[0]);
    }
    for (const token of inner) out.push(token);
    open = close - 1;
  }
  state.tokens = out;
}
