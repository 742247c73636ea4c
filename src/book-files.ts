// The names of a book's files, in one place: the build, the Kindle stage,
// the annual volume, the release (its manifest included) and the shelf's
// download links all call these, so `llxx-2024-02.epub` is spelt once.
// The lowest layer: no imports but node:path, so every stage may use it.
import path from 'node:path';

/** An issue id: <year>-<number, two digits>, e.g. 2024-02 (also the issue's folder and release tag). */
export const ISSUE_ID = /^\d{4}-\d{2}$/;

/** A year, e.g. 2024: the id (folder, release tag) of that year's annual volume. */
export const YEAR = /^\d{4}$/;

export type BookFormat = 'epub' | 'azw3' | 'mobi';

/** The release's checksums, in the format of GNU coreutils' sha256sum. */
export const CHECKSUMS_FILE = 'SHA256SUMS';

/** The release's body (Markdown, in Chinese): not an asset. */
export const NOTES_FILE = 'release-notes.md';

/** What the release workflow uploads: tag, title, notes and assets (see src/release/manifest.ts). */
export const MANIFEST_FILE = 'release.json';

/** llxx-2024-02 (an issue), llxx-2024 (a year's volume): the stem of every file of the book. */
export function bookStem(slug: string, id: string): string {
  return `${slug}-${id}`;
}

/** llxx-2024-02.epub: the file of the book `stem` (bookStem) in `format`. */
export function bookFileName(stem: string, format: BookFormat): string {
  return `${stem}.${format}`;
}

/** <outDir>/<id>/: where a book's files and its release are made. */
export function bookFolder(outDir: string, id: string): string {
  return path.join(outDir, id);
}

/** The paths of the EPUB and Kindle editions of the book `stem` in `folder`. */
export function bookPaths(folder: string, stem: string): Record<BookFormat, string> {
  const file = (format: BookFormat) => path.join(folder, bookFileName(stem, format));
  return { epub: file('epub'), azw3: file('azw3'), mobi: file('mobi') };
}
