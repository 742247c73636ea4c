// Page markers in Markdown → the book's page-break markers. Plain fixtures:
// source in, the exact XHTML out.
import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.js';
import { renderArticle } from '../../src/render/article.js';
import { markerPages } from '../../src/markdown/page-markers.js';
import { articlePages } from '../../src/render/printed-pages.js';

const BREAK_6 = '<span epub:type="pagebreak" role="doc-pagebreak" id="page-6" aria-label="6"/>';

const CASES: [string, string, string][] = [
  ['inline, mid-sentence', '……忠诚担<!-- page 6 -->当。\n', `<p>……忠诚担${BREAK_6}当。</p>`],
  ['on a line of its own between paragraphs', '第一段。\n\n<!-- page 6 -->\n\n第二段。\n', `<p>第一段。</p>\n${BREAK_6}\n<p>第二段。</p>`],
  ['a marker line inside a paragraph is read inline (no space between the characters)', '第一\n<!-- page 6 -->\n段。\n', `<p>第一${BREAK_6}段。</p>`],
  ['not a marker: another spelling stays text', '第一<!--page 6-->段。\n', '<p>第一&lt;!--page 6--&gt;段。</p>'],
  ['not a marker: inside code', '`<!-- page 6 -->`\n', '<p><code>&lt;!-- page 6 --&gt;</code></p>'],
  ['not a marker: page 0', '第一<!-- page 0 -->段。\n', '<p>第一&lt;!-- page 0 --&gt;段。</p>'],
];

describe('page markers in the text', () => {
  it.each(CASES)('%s', (_, source, expected) => {
    expect(renderArticle(article(source)).body).toContain(expected);
  });

  it('reports the pages that begin in the article, in order', () => {
    expect(renderArticle(article('甲，<!-- page 2 -->乙。\n\n<!-- page 3 -->\n\n丙。\n'), { startPage: 1 }).pages).toEqual([1, 2, 3]);
    expect(renderArticle(article('甲。\n')).pages).toEqual([]);
  });

  it('puts the page an article starts at the start of its headline (a line of its own before it would be a blank page)', () => {
    const { body } = renderArticle(article('甲。\n'), { startPage: 4 });
    expect(body).toMatch(/^<section[^>]*>\n<h1 id="title"><span epub:type="pagebreak" role="doc-pagebreak" id="page-4" aria-label="4"\/>标题<\/h1>/);
  });

  it('marks the page break for a margin number when asked, adding no text (the stylesheet draws the label)', () => {
    const { body } = renderArticle(article('担<!-- page 6 -->当。\n'), { marginNumbers: true });
    expect(body).toContain(`<p>担${BREAK_6.replace('/>', ' class="page-number"/>')}当。</p>`);
  });

  it('leaves a text without markers as it was', () => {
    expect(renderArticle(article('第一段。\n\n第二段。\n')).body).not.toContain('pagebreak');
  });
});

describe('markerPages', () => {
  it('lists the page numbers of the canonical markers', () => {
    expect(markerPages('a<!-- page 2 -->b\n\n<!-- page 3 -->\n\n<!--page 4-->')).toEqual([2, 3]);
  });
});

describe('articlePages: the pages as the renderer reads them', () => {
  it('takes no page from a marker in code (the book has none there), so the next article still starts its own page', () => {
    const issue = {
      series: { margin_page_numbers: false },
      articles: [
        { meta: { title: '甲', toc_page: 1 }, body: '见 `<!-- page 9 -->` 一例。\n\n    <!-- page 8 -->\n' },
        { meta: { title: '乙', toc_page: 4 }, body: '正文。\n' },
      ],
    } as unknown as Parameters<typeof articlePages>[0];
    expect(articlePages(issue)).toEqual([{ startPage: 1 }, { startPage: 4 }]);
  });
});
