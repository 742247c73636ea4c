// The printed pages in the navigation: the EPUB 3 page-list and the NCX
// pageList, with play order in reading order across navPoints and pageTargets.
import { describe, expect, it } from 'vitest';
import type { Book } from '../../src/epub/book.js';
import { navDocument, ncxDocument } from '../../src/epub/nav.js';
import { packageDocument } from '../../src/epub/opf.js';

const SPAN = (n: number) => `<span epub:type="pagebreak" role="doc-pagebreak" id="page-${n}" aria-label="${n}"/>`;

function book(pageList?: Book['pageList']): Book {
  return {
    metadata: {
      identifier: 'urn:uuid:00000000-0000-5000-8000-000000000000',
      title: '资料（2024年第2次）',
      language: 'zh-CN',
      creator: '出版者',
      publisher: '出版者',
      date: '2024-02',
      modified: '2024-02-01T00:00:00Z',
      description: '说明',
      subject: '资料',
      series: '资料',
      seriesPosition: 2,
    },
    documents: [
      { id: 'contents', fileName: 'contents.xhtml', xhtml: '<nav/>', properties: [] },
      { id: 'article-01', fileName: 'article-01.xhtml', xhtml: `<section>${SPAN(1)}<h1 id="title">甲</h1><p>一，${SPAN(2)}二</p><h2 id="s1">节</h2><p>三${SPAN(3)}</p></section>`, properties: [] },
      { id: 'article-02', fileName: 'article-02.xhtml', xhtml: `<section><h1 id="title">乙</h1><p>四，${SPAN(4)}五</p></section>`, properties: [] },
    ],
    resources: [],
    css: '',
    toc: [
      { title: '甲', href: 'article-01.xhtml', children: [{ title: '节', href: 'article-01.xhtml#s1', children: [] }] },
      { title: '乙', href: 'article-02.xhtml', children: [] },
    ],
    landmarks: [{ type: 'bodymatter', href: 'article-01.xhtml', title: '正文' }],
    coverImageId: 'cover-image',
    ...(pageList ? { pageList, pageSource: '资料（2024年第2次）印刷版' } : {}),
  };
}

const PAGES = [1, 2, 3].map((n) => ({ label: String(n), page: n, href: `article-01.xhtml#page-${n}` })).concat([{ label: '4', page: 4, href: 'article-02.xhtml#page-4' }]);

describe('page list', () => {
  it('is a hidden page-list nav after the landmarks, one entry per printed page', () => {
    expect(navDocument(book(PAGES))).toContain(`</nav>
<nav epub:type="page-list" id="page-list" role="doc-pagelist" hidden="hidden" aria-label="页码">
<ol>
<li><a href="article-01.xhtml#page-1">1</a></li>
<li><a href="article-01.xhtml#page-2">2</a></li>
<li><a href="article-01.xhtml#page-3">3</a></li>
<li><a href="article-02.xhtml#page-4">4</a></li>
</ol>
</nav>
</body>`);
  });

  it('is an NCX pageList whose play order follows the reading order of every target', () => {
    const ncx = ncxDocument(book(PAGES));
    const order = [...ncx.matchAll(/playOrder="(\d+)"><navLabel><text>([^<]+)<\/text><\/navLabel><content src="([^"]+)"/g)].map((m) => [Number(m[1]), m[2], m[3]]);
    expect(order.sort((a, b) => (a[0] as number) - (b[0] as number))).toEqual([
      [1, '甲', 'article-01.xhtml'],
      [2, '1', 'article-01.xhtml#page-1'],
      [3, '2', 'article-01.xhtml#page-2'],
      [4, '节', 'article-01.xhtml#s1'],
      [5, '3', 'article-01.xhtml#page-3'],
      [6, '乙', 'article-02.xhtml'],
      [7, '4', 'article-02.xhtml#page-4'],
    ]);
    expect(ncx).toContain('<meta name="dtb:totalPageCount" content="4"/>\n<meta name="dtb:maxPageNumber" content="4"/>');
    expect(ncx).toContain('<pageTarget id="pt-2" type="normal" value="2" playOrder="3">');
  });

  it('names the printed edition the numbers come from', () => {
    const opf = packageDocument(book(PAGES));
    expect(opf).toContain('<dc:source id="print-source">资料（2024年第2次）印刷版</dc:source>\n<meta refines="#print-source" property="source-of">pagination</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityFeature">pageBreakMarkers</meta>\n<meta property="schema:accessibilityFeature">pageNavigation</meta>');
  });

  it('is left out, with everything else unchanged, when the sources mark no page', () => {
    const plain = book();
    expect(navDocument(plain)).not.toContain('page-list');
    const ncx = ncxDocument(plain);
    expect(ncx).not.toContain('pageList');
    expect(ncx).toContain('<meta name="dtb:totalPageCount" content="0"/>\n<meta name="dtb:maxPageNumber" content="0"/>');
    expect([...ncx.matchAll(/<navPoint id="(np\d+)" playOrder="(\d+)"/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(['np1:1', 'np2:2', 'np3:3']);
    expect(packageDocument(plain)).not.toMatch(/dc:source|pageBreakMarkers/);
  });
});
