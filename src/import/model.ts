// Plain data passed between the import steps. Both readers (plain text and
// Word) turn their input into the same list of blocks, so recognising the
// front matter, splitting the articles and repairing the text is done once.
import type { Diagnostic } from '../diagnostic.js';

export interface SourceBlock {
  /** 'paragraph' may be a title, a byline or be joined; 'raw' (table, list, image) is kept as it is. */
  kind: 'paragraph' | 'raw';
  /** Plain text, for recognising titles, bylines and the front matter. */
  text: string;
  /** The block as it will be written, already escaped for Markdown. */
  markdown: string;
  /** Word's own footnotes marked in the block ([^fn1] in its markdown), as Markdown definitions: written at the article's end. */
  notes?: string[];
  /** Word set it as a heading (1–6); a heading that names no article becomes `##`. */
  headingLevel?: number;
  /** Word marked it as a title (a heading, or a centred or all-bold line). */
  titleHint?: boolean;
  /** The line of the input the block begins on, when the input has lines (plain text): for reports. */
  line?: number;
  /** The line began indented (plain text): it begins a paragraph and goes on nothing before it. */
  indented?: boolean;
  /** The printed page the block begins on, when the input has pages (PDF). */
  page?: number;
  /** The block is the first on its printed page. */
  pageStart?: boolean;
  /** Printed pages without text (a picture, a blank page) between the previous block and this one. */
  pagesBefore?: number[];
  /**
   * Paragraph boundaries come from the page layout (PDF): a paragraph cut by
   * a page break is already whole, with its marker inline, and is never joined again.
   */
  laidOut?: boolean;
}

/** An image found in a Word document, referenced in block markdown as `qikan-image:<index>`. */
export interface SourceImage {
  data: Buffer;
  /** File extension without the dot: png, jpeg, gif … */
  extension: string;
}

/** What the cover and the inner title page print. */
export interface PrintedFrontMatter {
  year?: number;
  number?: number;
  /** YYYY-MM or YYYY-MM-DD */
  date?: string;
  title?: string;
  publisher?: string;
  editor?: string;
  slogan?: string;
  organisation: string[];
  titleLines: string[];
}

/** The lines after the last article: the motto and the note 学习资料电子版. */
export interface PrintedClosing {
  motto?: string;
  backNote?: string;
}

export interface ImportedArticle {
  title: string;
  toc_title?: string;
  byline?: string;
  /** The printed page the article starts on. */
  toc_page?: number;
  /** Markdown blocks, in order; images still as `qikan-image:<index>`. */
  blocks: string[];
}

/** A file to write, relative to the issue folder. */
export interface OutputFile {
  path: string;
  data: string | Buffer;
}

/** What a reader (.txt, .docx, .pdf) makes of its input. */
export interface ImportSource {
  display: string;
  blocks: SourceBlock[];
  images: SourceImage[];
  /** Warnings from reading (a PDF page set in two columns …). */
  notes: Diagnostic[];
}
