// Where the printed pages begin, across an issue. Inside an article a page
// begins at its marker (<!-- page 6 -->); an article's own first page comes
// from toc_page: the article starts it when no earlier text already did (it
// starts at the top of the page), and shares it otherwise (it starts mid-page,
// and the article before carries that page's marker).
import type { Issue } from '../issue/model.js';
import { readerPages } from '../markdown/reader.js';
import type { ArticlePages } from './article.js';

export function articlePages(issue: Pick<Issue, 'articles' | 'series'>): ArticlePages[] {
  const marginNumbers = issue.series.margin_page_numbers === true;
  const noteMarks = issue.series.note_marks;
  let reached = 0;
  return issue.articles.map((article) => {
    const toc = article.meta.toc_page;
    const startPage = toc !== undefined && toc > reached ? toc : undefined;
    reached = Math.max(reached, startPage ?? 0, ...readerPages(article.body));
    return {
      ...(startPage !== undefined ? { startPage } : {}),
      ...(marginNumbers ? { marginNumbers } : {}),
      ...(noteMarks ? { noteMarks } : {}),
    };
  });
}
