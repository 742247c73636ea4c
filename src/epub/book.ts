// The book model: everything the EPUB needs, as plain data. Composed from an
// Issue by compose-book.ts; written out by opf.ts, nav.ts, ncx.ts, package.ts.

export interface TocEntry {
  title: string;
  /** Path inside the content folder, with fragment: article-01.xhtml#s1 */
  href: string;
  children: TocEntry[];
}

/** A printed page in the page list: its number as printed and where it begins. */
export interface PageTarget {
  /** What a reader shows: 5, or in a 合订本 第2次 第5页. */
  label: string;
  /** The printed page number (the NCX's value, when it is unique in the book). */
  page: number;
  /** For a page number that repeats in the book (a 合订本's pages start again each issue): an id of its own. */
  id?: string;
  /** article-01.xhtml#page-5 */
  href: string;
}

export interface BookDocument {
  /** Manifest id, also the file stem: cover, titlepage, contents, article-01, back */
  id: string;
  fileName: string;
  xhtml: string;
  /** OPF manifest properties, e.g. ['svg'] for an SVG cover wrapper. */
  properties: string[];
}

export interface BookResource {
  id: string;
  fileName: string;
  mediaType: string;
  data: Buffer;
  properties: string[];
}

export interface BookMetadata {
  /** urn:uuid:… stable per series + issue. */
  identifier: string;
  title: string;
  language: string;
  creator: string;
  contributor?: string;
  publisher: string;
  /** dc:date, W3CDTF: 2024-02 or 2024-02-08 */
  date: string;
  /** dcterms:modified, CCYY-MM-DDThh:mm:ssZ, from the sources, never the clock. */
  modified: string;
  description: string;
  subject: string;
  series: string;
  seriesPosition: number;
}

export interface Book {
  metadata: BookMetadata;
  /** Spine order. */
  documents: BookDocument[];
  resources: BookResource[];
  css: string;
  toc: TocEntry[];
  landmarks: { type: 'cover' | 'toc' | 'bodymatter'; href: string; title: string }[];
  /** Manifest id of the cover image resource. */
  coverImageId: string;
  /** The printed pages, in reading order (empty: the sources mark none). */
  pageList?: PageTarget[];
  /** The printed edition the page numbers come from (EPUB Accessibility 1.1 §5.3, pageBreakSource). */
  pageSource?: string;
}
