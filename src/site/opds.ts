// The OPDS 1.2 catalogue (https://specs.opds.io/opds-1.2): one Atom
// acquisition feed listing every issue, so reading apps that speak OPDS
// (KOReader, Moon+ Reader / 静读天下, Thorium, Calibre …) can browse and
// download the issues themselves. Pure: Shelf → XML.
//
// Links to the site's own files are relative (RFC 4287 §2: resolved against
// the feed's address), so the feed is right wherever the site is served —
// username.github.io/repo/ or a custom domain; downloads are absolute URLs
// of the release assets.
import { bookIdentifier } from '../epub/identifier.js';
import { escapeXml as x } from '../render/xml.js';
import type { Shelf, ShelfIssue } from './shelf.js';

export const OPDS_FILE = 'opds.xml';
/** OPDS 1.2 §2.3: the media type of an acquisition feed. */
export const OPDS_TYPE = 'application/atom+xml;profile=opds-catalog;kind=acquisition';

const REL_IMAGE = 'http://opds-spec.org/image';
const REL_THUMBNAIL = 'http://opds-spec.org/image/thumbnail';
const REL_ACQUISITION = 'http://opds-spec.org/acquisition';

/** A stable id for the catalogue itself: never a real issue id (those are 2024-02). */
function catalogueIdentifier(slug: string): string {
  return bookIdentifier(slug, 'opds-catalogue');
}

export function opdsFeed(shelf: Shelf): string {
  const lang = x(shelf.language);
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/terms/" xmlns:opds="http://opds-spec.org/2010/catalog" xml:lang="${lang}">
<id>${x(catalogueIdentifier(shelf.slug))}</id>
<title>${x(shelf.seriesTitle)}</title>
<subtitle>${x(`${shelf.compiledBy} 编 · 各期电子书`)}</subtitle>
<updated>${x(shelf.updated)}</updated>
<author><name>${x(shelf.publisher)}</name></author>
<link rel="self" href="${OPDS_FILE}" type="${OPDS_TYPE}"/>
<link rel="start" href="${OPDS_FILE}" type="${OPDS_TYPE}"/>
<link rel="alternate" href="index.html" type="text/html"/>
${shelf.issues.map((issue) => entry(shelf, issue)).join('\n')}
</feed>
`;
}

function entry(shelf: Shelf, issue: ShelfIssue): string {
  const contents = issue.articles.map((a, i) => `${i + 1}. ${a.title}`).join('；');
  const links = [
    link(REL_IMAGE, issue.cover.fileName, issue.cover.mediaType),
    link(REL_THUMBNAIL, issue.smallCover.fileName, issue.smallCover.mediaType),
    link('alternate', issue.page, 'text/html', issue.heading),
    ...issue.assets.map((asset) => link(REL_ACQUISITION, asset.url, asset.mediaType, asset.fileName)),
  ];
  return `<entry>
<title>${x(issue.bookTitle)}</title>
<id>${x(issue.identifier)}</id>
<updated>${x(issue.modified)}</updated>
<author><name>${x(shelf.publisher)}</name></author>
<dc:publisher>${x(shelf.publisher)}</dc:publisher>
<dc:language>${x(shelf.language)}</dc:language>
<dc:issued>${x(issue.date)}</dc:issued>
<summary type="text">${x(`本期目录：${contents}。`)}</summary>
${links.join('\n')}
</entry>`;
}

function link(rel: string, href: string, type: string, title?: string): string {
  const titleAttribute = title === undefined ? '' : ` title="${x(title)}"`;
  return `<link rel="${x(rel)}" href="${x(href)}" type="${x(type)}"${titleAttribute}/>`;
}
