// Input: a file with front matter and nothing else (or only a disable
// comment): the book would get a page with a title and no text.
import { fileRule } from '../rule.js';

export const structureEmptyArticle = fileRule('structure/empty-article', 'error', {
  description: 'An article with no text after its front matter.',
  check({ doc, text, report }) {
    if (doc.flow.length > 0) return;
    const start = doc.lineStarts[doc.bodyLine - 1] ?? text.length;
    report(start, start, 'has no text after its front matter — add the article text or remove the file from issue.yaml');
  },
});
