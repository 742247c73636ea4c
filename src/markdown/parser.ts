// markdown-it configured for Chinese sources: CommonMark + tables, no raw
// HTML (nothing from a source may inject markup or script into a book), and
// the two known CommonMark problems for CJK text fixed by plugins. The one
// parser of the sources: render, check and the Kindle verification read
// Markdown through it (and through reader.ts, which drops what is not text).
import MarkdownIt, { type Token } from 'markdown-it';
import reference from 'markdown-it/lib/rules_block/reference.mjs';
import cjkFriendly from 'markdown-it-cjk-friendly';
import { cjkBreaks } from './cjk-breaks.js';
import { notes } from './notes.js';
import { pageMarkers } from './page-markers.js';

let shared: MarkdownIt | undefined;
let structural: MarkdownIt | undefined;

/**
 * Where the block parser gave up (markdown-it's maxNesting, 20 with the
 * commonmark preset): past that depth of lists and block quotes it skips the
 * rest of the container — text silently lost. The parser records the first
 * line it skipped, when the caller's env asks with a `tooDeep` array.
 */
export interface TooDeep {
  /** 0-based line of what markdown-it was given. */
  line: number;
}

/** Where a reference definition ([label]: target) starts in the parsed text: it leaves no token. */
export interface DefinitionStart {
  /** Offset of its `[` in the source markdown-it was given. */
  offset: number;
}

export function markdownParser(): MarkdownIt {
  shared ??= configuredParser();
  return shared;
}

/**
 * The same parser, but leaving entities and escapes as tokens of their own
 * (markdown-it's text_join merges them into the text around them) and notes
 * where they are written: for --fix's guard, which reads `&lt;` and `\*` apart
 * from the text around them.
 */
export function markdownStructureParser(): MarkdownIt {
  if (!structural) {
    structural = configuredParser();
    structural.core.ruler.disable('text_join');
    // Notes read where they are written, not gathered at the end as the book sets them: the
    // guard compares the text in the order of the source, as its fixes come.
    structural.core.ruler.disable(['footnote_tail', 'note_back_links_first']);
  }
  return structural;
}

function configuredParser(): MarkdownIt {
  const md = new MarkdownIt('commonmark', { html: false, xhtmlOut: true, breaks: false, linkify: false, typographer: false });
  md.enable('table');
  // `**加粗**` next to full-width punctuation must still be bold (commonmark-spec#650).
  md.use(cjkFriendly);
  // `<!-- page 5 -->`: where a printed page starts (html stays off for everything else).
  // Before cjk-breaks: a marker on its own line inside a paragraph leaves one line break, not two.
  md.use(pageMarkers);
  // `text[^1]` … `[^1]: note`: notes that pop up (notes.ts).
  md.use(notes);
  // A soft line break between two Chinese characters must not become a space
  // (markdown-it-cjk-breaks' rule, ported: cjk-breaks.ts says why).
  md.use(cjkBreaks);
  // Emphasis delimiters leave empty text tokens behind (`学\n**学**`), and
  // markdown-it-cjk-breaks 2.0.0 threw on them (it read the first character
  // of the next text token); dropped first, as before the port. Found by test/property.
  md.core.ruler.before('cjk_breaks', 'drop_empty_text', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children) {
        token.children = token.children.filter((child) => child.type !== 'text' || child.content !== '');
      }
    }
  });
  // The check must know which lines markdown-it took as definitions (their
  // targets are links or images): the rule itself records them, when the
  // caller's env asks with a `definitions` array.
  md.block.ruler.at('reference', (state, startLine, endLine, silent) => {
    const found = reference(state, startLine, endLine, silent);
    const definitions = (state.env as { definitions?: DefinitionStart[] }).definitions;
    if (found && !silent && definitions) definitions.push({ offset: state.bMarks[startLine]! + state.tShift[startLine]! });
    return found;
  });
  // markdown-it's tokenize stops (and drops the rest of the container) when
  // state.level reaches maxNesting at a line it would parse: the same test, made first.
  const tokenize = md.block.tokenize.bind(md.block);
  md.block.tokenize = (state, startLine, endLine) => {
    const tooDeep = (state.env as { tooDeep?: TooDeep[] }).tooDeep;
    if (tooDeep && state.level >= (md.options as { maxNesting: number }).maxNesting) {
      const line = state.skipEmptyLines(startLine);
      if (line < endLine && state.sCount[line]! >= state.blkIndent) tooDeep.push({ line });
    }
    tokenize(state, startLine, endLine);
  };
  // An image's description (alt) as written: markdown-it's renderInlineAsText
  // drops escapes (\[), entities (&amp;) and code spans, so 图1：A\&B公司 lost its &.
  md.renderer.rules.image = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!;
    token.attrSet('alt', altText(token.children ?? []));
    return self.renderToken(tokens, idx, options);
  };
  return md;
}

/** A picture's description as the book writes it: the text of its children, a picture inside one included. */
export function altText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      if (token.type === 'text' || token.type === 'text_special' || token.type === 'code_inline') return token.content;
      if (token.type === 'image') return altText(token.children ?? []);
      return token.type === 'softbreak' || token.type === 'hardbreak' ? '\n' : '';
    })
    .join('');
}
