// Book → .epub bytes, with epub-gen-memory as the container writer.
//
// Why it is used this way: epub-gen-memory writes a correct OCF container
// (mimetype first and stored, META-INF/container.xml) and accepts our own
// templates, but out of the box it takes dc:identifier from Math.random, dates
// from the clock, downloads every image, and re-serialises chapter HTML with
// Chinese turned into &#x…; references. So every template we hand it is a
// pass-through of a document we generated and checked ourselves (opf.ts,
// nav.ts, pages.ts), and the container is written by zip.ts with native zlib
// and the time stamp from the sources.
import { EPub } from 'epub-gen-memory';
import type { Book } from './book.js';
import { navDocument, ncxDocument } from './nav.js';
import { NAV_FILE, NCX_FILE, packageDocument } from './opf.js';
import { zipArchive, type ZipEntry } from './zip.js';

const PASS_THROUGH = '<%- qikanDocument %>';

class SourceDatedEpub extends EPub {
  /**
   * epub-gen-memory renders its files (mimetype first, container.xml, our
   * pass-through documents) into its zip; they are taken from there, in that
   * order, with our resources, and written by zip.ts — every entry stamped
   * with the time from the sources, so two builds are byte-identical.
   * Dates before 1980 (SOURCE_DATE_EPOCH=0) are clamped to 1980, as
   * strip-nondeterminism does; dcterms:modified keeps the real value.
   */
  async write(resources: Book['resources'], modified: Date): Promise<Buffer> {
    await this.render();
    const entries: ZipEntry[] = [];
    for (const [name, file] of Object.entries(this.zip.files)) {
      entries.push({ name, data: file.dir ? Buffer.alloc(0) : await file.async('nodebuffer'), store: name === 'mimetype' });
    }
    for (const resource of resources) {
      // PNG, JPEG and GIF are compressed already: deflating them again costs time and saves nothing.
      entries.push({ name: `OEBPS/${resource.fileName}`, data: resource.data, store: /^image\/(png|jpeg|gif)$/.test(resource.mediaType) });
    }
    return zipArchive(entries, modified);
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
