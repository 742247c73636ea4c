// Navigation: the EPUB 3 nav document (toc + landmarks) and the EPUB 2 NCX,
// which Kindle conversions and older readers use. Both come from one TocEntry
// tree so they cannot disagree.
import { escapeXml as x, xhtmlDocument } from '../render/xml.js';
import type { Book, TocEntry } from './book.js';

export function navDocument(book: Book): string {
  const landmarks = book.landmarks
    .map((l) => `<li><a epub:type="${l.type}" href="${x(l.href)}">${x(l.title)}</a></li>`)
    .join('\n');
  const body = `<nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-title">
<h1 id="toc-title">目录</h1>
${navList(book.toc)}
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden" aria-label="导航">
<ol>
${landmarks}
</ol>
</nav>`;
  return xhtmlDocument({ lang: book.metadata.language, title: '目录', body, bodyAttributes: 'class="frontmatter"' });
}

function navList(entries: TocEntry[]): string {
  const items = entries.map((e) => {
    const children = e.children.length > 0 ? `\n${navList(e.children)}\n` : '';
    return `<li><a href="${x(e.href)}">${x(e.title)}</a>${children}</li>`;
  });
  return `<ol>\n${items.join('\n')}\n</ol>`;
}

export function ncxDocument(book: Book): string {
  let playOrder = 0;
  let maxDepth = 1;
  const points = (entries: TocEntry[], depth: number): string =>
    entries
      .map((e) => {
        playOrder += 1;
        maxDepth = Math.max(maxDepth, depth);
        const id = `np${playOrder}`;
        const order = playOrder;
        const children = e.children.length > 0 ? `\n${points(e.children, depth + 1)}` : '';
        return `<navPoint id="${id}" playOrder="${order}"><navLabel><text>${x(e.title)}</text></navLabel><content src="${x(e.href)}"/>${children}</navPoint>`;
      })
      .join('\n');
  const navMap = points(book.toc, 1);
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${x(book.metadata.language)}">
<head>
<meta name="dtb:uid" content="${x(book.metadata.identifier)}"/>
<meta name="dtb:depth" content="${maxDepth}"/>
<meta name="dtb:totalPageCount" content="0"/>
<meta name="dtb:maxPageNumber" content="0"/>
</head>
<docTitle><text>${x(book.metadata.title)}</text></docTitle>
<navMap>
${navMap}
</navMap>
</ncx>
`;
}
