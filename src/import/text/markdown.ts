// An imported article's file: its front matter and its blocks, written as
// Markdown (the text escaped by markdown/escape.ts, so that it renders
// exactly as written).
import { stringify } from 'yaml';
import type { ImportedArticle } from '../model.js';

/** `---` front matter (via the yaml package, which quotes as needed), then the blocks separated by blank lines. */
export function articleFileText(article: ImportedArticle): string {
  const meta: Record<string, string | number> = { title: article.title };
  if (article.toc_title !== undefined) meta.toc_title = article.toc_title;
  if (article.byline !== undefined) meta.byline = article.byline;
  if (article.toc_page !== undefined) meta.toc_page = article.toc_page;
  const frontMatter = stringify(meta, { lineWidth: 0 });
  return `---\n${frontMatter}---\n\n${article.blocks.join('\n\n')}\n`;
}
