// Input: a file with front matter and nothing else (or only a disable
// comment): the book would get a page with a title and no text.
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

export const structureEmptyArticle: DocRule = {
  id: 'structure/empty-article',
  severity: 'error',
  description: 'An article with no text after its front matter.',
  check(doc) {
    if (doc.flow.length > 0) return [];
    const start = doc.lineStarts[doc.bodyLine - 1] ?? doc.text.length;
    return [report(doc, this, start, start, 'has no text after its front matter — add the article text or remove the file from issue.yaml')];
  },
};
