// An article as the loader makes it from `01-a.md`, for tests that render
// Markdown without an issue folder: the body starts on line 4, after front matter.
import type { Article } from '../../src/issue/model.js';

export function article(body: string, meta: Article['meta'] = { title: '标题' }): Article {
  return { index: 0, fileName: '01-a.md', source: { path: '/x/01-a.md', display: '01-a.md', text: body }, meta, body, bodyLine: 4 };
}
