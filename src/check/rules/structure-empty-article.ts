// Input: a file with front matter and nothing else (or only a disable
// comment): the book would get a page with a title and no text.
import type { FileRule } from '../rule.js';

export const structureEmptyArticle: FileRule = {
  id: 'structure/empty-article',
  severity: 'error',
  description: 'An article with no text after its front matter.',
  scope: 'file',
  check({ doc, text, report }) {
    if (doc.flow.length > 0) return;
    const start = doc.lineStarts[doc.bodyLine - 1] ?? text.length;
    report(start, start, 'has no text after its front matter — add the article text or remove the file from issue.yaml');
  },
};
