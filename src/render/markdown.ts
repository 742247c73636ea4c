// markdown-it configured for Chinese sources: CommonMark + tables, no raw
// HTML (nothing from a source may inject markup or script into a book), and
// the two known CommonMark problems for CJK text fixed by plugins.
import MarkdownIt from 'markdown-it';
import cjkBreaks from 'markdown-it-cjk-breaks';
import cjkFriendly from 'markdown-it-cjk-friendly';

let shared: MarkdownIt | undefined;

export function markdownParser(): MarkdownIt {
  if (shared) return shared;
  const md = new MarkdownIt('commonmark', { html: false, xhtmlOut: true, breaks: false, linkify: false, typographer: false });
  md.enable('table');
  // `**加粗**` next to full-width punctuation must still be bold (commonmark-spec#650).
  md.use(cjkFriendly);
  // A soft line break between two Chinese characters must not become a space.
  md.use(cjkBreaks);
  // Emphasis delimiters leave empty text tokens behind (`学\n**学**`), and
  // markdown-it-cjk-breaks 2.0.0 throws on them (it reads the first character
  // of the next text token); drop them first. Found by test/property.
  md.core.ruler.before('cjk_breaks', 'drop_empty_text', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children) {
        token.children = token.children.filter((child) => child.type !== 'text' || child.content !== '');
      }
    }
  });
  shared = md;
  return md;
}
