// The two Kindle formats and the ebook-convert flags for each, chosen one by
// one (see `ebook-convert book.epub book.azw3 --help`, calibre 6):
//
// Not passed, on purpose:
// - --use-auto-toc, --level1-toc/--level2-toc, --toc-threshold: Calibre uses
//   the EPUB's own NCX when there is one. Ours comes from the same tree as the
//   nav and the printed 目录, so Kindle shows each article under its
//   toc_title; the XPath options could only rebuild it from headlines. The
//   NCX is articles → `##` sections; verification checks it is ≤ 2 levels.
// - --prefer-metadata-cover: it only decides between the EPUB's cover and one
//   given with --cover; we give none, so Calibre takes the EPUB's cover-image.
// - --series/--series-index: MOBI/KF8 headers (EXTH) have no series record;
//   Calibre drops them. The series travels in the title (…（2024年第2次）) and
//   the subject, which verification checks.
// - --share-not-sync: it would stop Kindle syncing the reading position.

export type KindleExtension = 'azw3' | 'mobi';

export interface KindleFormat {
  extension: KindleExtension;
  /** ebook-convert options after `input output`. */
  flags: readonly string[];
  /**
   * KF8 (AZW3) keeps the NCX hierarchy, so its top level must be exactly the
   * articles; MOBI 6 flattens every level into one list (calibre's
   * mobi/writer2/indexer.py), so there the articles must appear in order.
   */
  tocKeepsNesting: boolean;
  /**
   * Kindles that read KF8 (the Paperwhite and after) show a note as a pop-up
   * when its mark and its back-link lead to each other; the pre-2012 Kindles
   * that get the MOBI 6 follow the link and have no pop-ups, and Calibre's
   * MOBI 6 loses the anchor of a mark inside a table. So only the AZW3's
   * notes must link both ways; every format must have each note's text once.
   */
  notesPopUp: boolean;
}

function sharedFlags(authors: string): string[] {
  return [
    // The book has its own 目录 page; without this Calibre appends a second,
    // English-titled contents page at the end of the book.
    '--no-inline-toc',
    // Calibre's default inserts page breaks before every h1/h2. Each article is
    // already its own file (a new page on Kindle); a break before each `##`
    // would leave half-empty pages inside articles.
    '--page-breaks-before',
    '/',
    // Chapter detection looks for English words ("Chapter", "Part"); in Chinese
    // text it finds nothing, and the NCX already says where articles begin.
    // "/" switches it off so nothing is guessed.
    '--chapter',
    '/',
    // Calibre reads only creators with role "aut" as authors; ours is the
    // compiling body (role "com"), which Kindle would list as "Unknown".
    // Calibre splits the value at & (string_to_authors); && is a literal &.
    // It also splits at " and " and " with " (its authors_split_regex) and at a
    // comma, which nothing escapes: check refuses such a publisher
    // (source/kindle-author), at its line in series.yaml.
    '--authors',
    authors.replaceAll('&', '&&'),
  ];
}

const MOBI_LINK_CSS = 'nav.contents a, nav#toc a { color: #000000; }';

/** AZW3 first: it is the format most Kindle readers get; MOBI is the fallback. */
export function kindleFormats(authors: string): KindleFormat[] {
  return [
    {
      extension: 'azw3',
      // AZW3 output is always KF8 (there is no --mobi-file-type for it).
      // kindle_pw3: 1072×1448 at 300 ppi, the screen of every Paperwhite since
      // 2015 and the Oasis; images are scaled for it, not for a 2007 Kindle.
      flags: ['--output-profile', 'kindle_pw3', ...sharedFlags(authors)],
      tocKeepsNesting: true,
      notesPopUp: true,
    },
    {
      extension: 'mobi',
      // The MOBI is only for Kindles from before 2012, which read MOBI 6 and
      // not KF8. "old" writes MOBI 6 alone; "both" would add a KF8 copy that
      // those devices ignore (newer ones get the AZW3), doubling the size.
      // The "kindle" profile is their 600×800 screen. MOBI 6 has no CSS: the
      // contents' `color: inherit` is lost and links come out link-blue, so the
      // MOBI alone gets an explicit black (Calibre writes it as <font color>).
      flags: ['--output-profile', 'kindle', '--mobi-file-type', 'old', '--extra-css', MOBI_LINK_CSS, ...sharedFlags(authors)],
      tocKeepsNesting: false,
      notesPopUp: false,
    },
  ];
}
