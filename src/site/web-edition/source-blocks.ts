// Which lines of an article's file each top-level block of its text comes
// from, so a finding of the check (file:line) can be shown on the block it
// is about (qikan preview). markdown-it records the lines of every block
// token (token.map); the renderer turns each top-level token into one
// top-level element, in order — page markers aside, which become empty spans.
import type { Article } from '../../issue/model.js';
import { directiveLines } from '../../markdown/directives.js';
import { markdownParser } from '../../markdown/parser.js';

/** 1-based lines of the article's file, first and last inclusive. */
export interface LineRange {
  first: number;
  last: number;
}

/** The file lines of each top-level block of the article's text, in order (page markers left out). */
export function sourceBlocks(article: Pick<Article, 'body' | 'bodyLine'>): LineRange[] {
  const lines = article.body.split('\n');
  // The renderer parses the body without its directive lines (stripDirectives): map back through what was kept.
  const directives = directiveLines(lines);
  const kept = lines.flatMap((_, i) => (directives.has(i) ? [] : [i]));
  const tokens = markdownParser().parse(kept.map((i) => lines[i]).join('\n'), {});
  const blocks: LineRange[] = [];
  for (const token of tokens) {
    if (token.level !== 0 || token.nesting === -1 || token.type === 'page_break' || !token.map) continue;
    const [start, end] = token.map;
    // A list's lines run on over the blank line after it: the block ends at its last line of text.
    let last = Math.max(start, end - 1);
    while (last > start && lines[kept[last]!]!.trim() === '') last--;
    blocks.push({ first: article.bodyLine + kept[start]!, last: article.bodyLine + kept[last]! });
  }
  return blocks;
}

/** The index of the block holding `line`, or -1 (front matter, a blank line between blocks: the nearest block before, else -1). */
export function blockAt(blocks: readonly LineRange[], line: number): number {
  let found = -1;
  for (const [i, block] of blocks.entries()) {
    if (block.first > line) break;
    found = i;
  }
  return found;
}
