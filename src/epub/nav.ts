// Navigation: the EPUB 3 nav document (toc + landmarks) and the EPUB 2 NCX,
// which Kindle conversions and older readers use. Both come from one TocEntry
// tree so they cannot disagree.
import { escapeXml as x, xhtmlDocument } from '../render/xml.js';
import type { Book, PageTarget, TocEntry } from './book.js';

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
</nav>${pageListNav(book.pageList ?? [])}`;
  return xhtmlDocument({ lang: book.metadata.language, title: '目录', body, bodyAttributes: 'class="frontmatter"' });
}

function navList(entries: TocEntry[]): string {
  const items = entries.map((e) => {
    const children = e.children.length > 0 ? `\n${navList(e.children)}\n` : '';
    return `<li><a href="${x(e.href)}">${x(e.title)}</a>${children}</li>`;
  });
  return `<ol>\n${items.join('\n')}\n</ol>`;
}

/** EPUB 3.3 §7.4.2: the printed pages; readers show it in their own interface, so it is hidden in the text. */
function pageListNav(pages: PageTarget[]): string {
  if (pages.length === 0) return '';
  const items = pages.map((p) => `<li><a href="${x(p.href)}">${x(p.label)}</a></li>`).join('\n');
  return `\n<nav epub:type="page-list" id="page-list" role="doc-pagelist" hidden="hidden" aria-label="页码">\n<ol>\n${items}\n</ol>\n</nav>`;
}

export function ncxDocument(book: Book): string {
  const pages = book.pageList ?? [];
  // With a page list, play order is reading order over navPoints and pageTargets
  // together (one number per target, no gaps: EPUBCheck's ncx.sch); without, tree order.
  const readingOrder = pages.length > 0 ? playOrders(book, [...tocHrefs(book.toc), ...pages.map((p) => p.href)]) : undefined;
  let playOrder = 0;
  let pointCount = 0;
  let maxDepth = 1;
  const points = (entries: TocEntry[], depth: number): string =>
    entries
      .map((e) => {
        playOrder += 1;
        pointCount += 1;
        maxDepth = Math.max(maxDepth, depth);
        const id = `np${pointCount}`;
        const order = readingOrder?.get(e.href) ?? playOrder;
        const children = e.children.length > 0 ? `\n${points(e.children, depth + 1)}` : '';
        return `<navPoint id="${id}" playOrder="${order}"><navLabel><text>${x(e.title)}</text></navLabel><content src="${x(e.href)}"/>${children}</navPoint>`;
      })
      .join('\n');
  const navMap = points(book.toc, 1);
  const pageTargets = pages.map(
    (p) =>
      // A page number that repeats in the book (a 合订本) has an id of its own and no value: NCX values are unique per type.
      `<pageTarget id="pt-${x(p.id ?? p.label)}" type="normal"${p.id === undefined ? ` value="${p.page}"` : ''} playOrder="${readingOrder!.get(p.href)}"><navLabel><text>${x(p.label)}</text></navLabel><content src="${x(p.href)}"/></pageTarget>`,
  );
  const pageList = pages.length > 0 ? `\n<pageList>\n<navLabel><text>页码</text></navLabel>\n${pageTargets.join('\n')}\n</pageList>` : '';
  const maxPage = Math.max(0, ...pages.map((p) => p.page));
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${x(book.metadata.language)}">
<head>
<meta name="dtb:uid" content="${x(book.metadata.identifier)}"/>
<meta name="dtb:depth" content="${maxDepth}"/>
<meta name="dtb:totalPageCount" content="${pages.length}"/>
<meta name="dtb:maxPageNumber" content="${maxPage}"/>
</head>
<docTitle><text>${x(book.metadata.title)}</text></docTitle>
<navMap>
${navMap}
</navMap>${pageList}
</ncx>
`;
}

function tocHrefs(entries: TocEntry[]): string[] {
  return entries.flatMap((e) => [e.href, ...tocHrefs(e.children)]);
}

/**
 * 1, 2, 3 … for the distinct targets in reading order: by spine position,
 * then by where the fragment's id stands in the document (none: its top).
 */
function playOrders(book: Book, hrefs: string[]): Map<string, number> {
  const spine = new Map(book.documents.map((d, i) => [d.fileName, i]));
  const position = (href: string): [number, number] => {
    const [file, fragment] = href.split('#') as [string, string?];
    const index = spine.get(file) ?? book.documents.length;
    const at = fragment === undefined ? -1 : book.documents[index]?.xhtml.indexOf(`id="${fragment}"`) ?? -1;
    return [index, at];
  };
  const distinct = [...new Set(hrefs)].map((href) => ({ href, at: position(href) }));
  distinct.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
  return new Map(distinct.map((d, i) => [d.href, i + 1]));
}
