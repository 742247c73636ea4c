// Book → .epub bytes, with epub-gen-memory as the container writer.
//
// Why it is used this way: epub-gen-memory writes a correct OCF container
// (mimetype first and stored, META-INF/container.xml) and accepts our own
// templates, but out of the box it takes dc:identifier from Math.random, dates
// from the clock, downloads every image, and re-serialises chapter HTML with
// Chinese turned into &#x…; references. So every template we hand it is a
// pass-through of a document we generated and checked ourselves (opf.ts,
// nav.ts, pages.ts), binary files go straight into its zip, and before the
// zip is written every entry gets the time stamp from the sources — which
// makes two builds of the same sources byte-identical.
import { EPub } from 'epub-gen-memory';
import type { Book } from './book.js';
import { navDocument, ncxDocument } from './nav.js';
import { NAV_FILE, NCX_FILE, packageDocument } from './opf.js';

const PASS_THROUGH = '<%- qikanDocument %>';

/**
 * ZIP (DOS) time stamps start in 1980; an earlier time — SOURCE_DATE_EPOCH=0
 * is a common choice — would wrap round to 2098. Clamped, as
 * strip-nondeterminism does; dcterms:modified keeps the real value.
 */
const ZIP_EPOCH = Date.UTC(1980, 0, 1);

class SourceDatedEpub extends EPub {
  async write(resources: Book['resources'], modified: Date): Promise<Buffer> {
    await this.render();
    const content = this.zip.folder('OEBPS')!;
    // PNG, JPEG and GIF are compressed already: deflating them again costs time and saves nothing.
    for (const resource of resources) {
      const stored = /^image\/(png|jpeg|gif)$/.test(resource.mediaType);
      content.file(resource.fileName, resource.data, { binary: true, ...(stored ? { compression: 'STORE' as const } : {}) });
    }
    const zipDate = new Date(Math.max(modified.getTime(), ZIP_EPOCH));
    for (const entry of Object.values(this.zip.files)) entry.date = zipDate;
    return this.zip.generateAsync({
      type: 'nodebuffer',
      mimeType: 'application/epub+zip',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    });
  }
}

export interface PackageFiles {
  opf: string;
  nav: string;
  ncx: string;
}

export function packageFiles(book: Book): PackageFiles {
  return { opf: packageDocument(book), nav: navDocument(book), ncx: ncxDocument(book) };
}

/** Every XML file of the book, for the well-formedness check. */
export function xmlFiles(book: Book, files: PackageFiles): { fileName: string; xml: string }[] {
  return [
    { fileName: 'content.opf', xml: files.opf },
    { fileName: NAV_FILE, xml: files.nav },
    { fileName: NCX_FILE, xml: files.ncx },
    ...book.documents.map((d) => ({ fileName: d.fileName, xml: d.xhtml })),
  ];
}

export async function packageEpub(book: Book, files: PackageFiles = packageFiles(book)): Promise<Buffer> {
  const options = {
    title: book.metadata.title,
    lang: book.metadata.language,
    version: 3,
    verbose: false,
    css: book.css,
    // Our documents, passed through the library's EJS templates unchanged.
    contentOPF: '<%- qikanOpf %>',
    tocNCX: '<%- qikanNcx %>',
    tocXHTML: '<%- qikanNav %>',
    chapterXHTML: PASS_THROUGH,
    qikanOpf: files.opf,
    qikanNcx: files.ncx,
    qikanNav: files.nav,
  };
  const chapters = book.documents.map((document) => ({
    title: document.id,
    filename: document.fileName,
    content: '',
    qikanDocument: document.xhtml,
  }));
  const epub = new SourceDatedEpub(options as ConstructorParameters<typeof EPub>[0], chapters);
  return epub.write(book.resources, new Date(book.metadata.modified));
}
