// One page for every engine, a phone or 6-inch e-reader screen: 360 × 480
// CSS px, a 16 px default font, margins of 24 px above and below and 20 px at
// the sides (a 320 px column, twenty characters of body text). MuPDF lays the
// EPUB out at that size (-W -H -S, and @page margins in a user stylesheet);
// Calibre prints a PDF page of 270 × 360 pt (CSS px are 0.75 pt) with those
// margins; the browsers paginate each XHTML file into columns of that page,
// as Foliate and Readium do.
export const PAGE = { width: 360, height: 480, fontSize: 16, marginTop: 24, marginSide: 20 } as const;

/** CSS px → PDF points. */
export const PT_PER_PX = 0.75;

/** How many pages each engine shows as PNG in the report. */
export const PNG_PAGES = 6;

/** PNG pixels per CSS px (WebKit's screenshots stay at 1: WebDriver sets no device scale). */
export const PNG_SCALE = 2;

/** What an engine needs besides the book: the repository, a scratch folder, where PNGs go. */
export interface EngineRun {
  root: string;
  workDir: string;
  /** Names the files made for this book, e.g. 2024-02 or 2024-02-azw3. */
  label: string;
  pngDir?: string;
}

/** A file of the harness, found from the repository root (the report script is bundled elsewhere). */
export function harnessFile(root: string, name: string): string {
  return `${root}/test/typography/engines/${name}`;
}
