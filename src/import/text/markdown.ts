// Writing the imported text as Markdown that renders exactly as written:
// characters that Markdown would read as markup are escaped (a paragraph
// starting with `1.` would become a list, `<` raw HTML, `*` emphasis). What a
// line start means is markdown/line-start.ts's.
import { stringify } from 'yaml';
import type { ImportedArticle } from '../model.js';

// CommonMark §2.4: any ASCII punctuation may be backslash-escaped; these are the ones that start inline markup.
const INLINE_SPECIAL = /[\\`*_[\]<]/g;
// An entity reference (&amp; &#123;) would be decoded; a lone & is fine. Any &
// before # or a letter or digit, or at the end, is escaped: pieces escaped
// apart are joined later (a paragraph torn at a page break, a note's lines),
// and "&#" + "0;" would form an entity across the join.
const ENTITY_LIKE = /&(?=[#A-Za-z0-9]|$)/g;

export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&');
}

/** `---` front matter (via the yaml package, which quotes as needed), then the blocks separated by blank lines. */
export function articleFileText(article: ImportedArticle): string {
  const meta: Record<string, string | number> = { title: article.title };
  if (article.toc_title !== undefined) meta.toc_title = article.toc_title;
  if (article.byline !== undefined) meta.byline = article.byline;
  if (article.toc_page !== undefined) meta.toc_page = article.toc_page;
  const frontMatter = stringify(meta, { lineWidth: 0 });
  return `---\n${frontMatter}---\n\n${article.blocks.join('\n\n')}\n`;
}
