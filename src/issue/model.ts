// The loaded, validated issue: plain data handed from the `issue` stage to
// `check`, `render` and `epub`. Nothing downstream reads the file system.
import type { ArticleFrontMatter, IssueMeta, Series } from './schema.js';

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path as shown to the user (relative to the working directory when inside it). */
  display: string;
  /** Decoded text (BOM removed). */
  text: string;
  /** The bytes began with a UTF-8 byte-order mark (source/bom reports it; --fix keeps or drops it). */
  hasBom: boolean;
}

export interface Article {
  /** 0-based position in the reading order. */
  index: number;
  /** File name inside the issue folder, e.g. 01-xi-tuanbai.md */
  fileName: string;
  source: SourceFile;
  meta: ArticleFrontMatter;
  /** Markdown body after the front matter. */
  body: string;
  /** 1-based line number, in the file, of the first line of `body`. */
  bodyLine: number;
}

export interface ImageFile {
  display: string;
  data: Buffer;
  mediaType: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/svg+xml';
  /** Pixel size, read from a raster image's header (an SVG has none). */
  width?: number;
  height?: number;
}

export interface Issue {
  /** <year>-<number, two digits>, e.g. 2024-02 */
  id: string;
  dir: string;
  /** Names in the issue folder, sorted: what the check compares with the article list. */
  folderEntries: string[];
  series: Series;
  seriesFile: SourceFile;
  meta: IssueMeta;
  issueFile: SourceFile;
  articles: Article[];
  /** The maintainer-supplied cover, when issue.yaml names one. */
  suppliedCover?: ImageFile;
}

export function issueId(year: number, number: number): string {
  return `${year}-${String(number).padStart(2, '0')}`;
}
