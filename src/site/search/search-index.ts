// The full-text index of every issue: Pagefind (MIT, https://pagefind.app),
// a static index split into small chunks that the browser fetches as a
// search needs them — no server, nothing from elsewhere. Its extended build
// (the one its npm package ships for Linux) segments Chinese into words with
// ICU4X while indexing, and the browser segments the query with
// Intl.Segmenter, so 新质生产力 finds 新质 / 生产力 without spaces. The edge
// of src/site/search: it runs Pagefind's binary as a service.
import * as pagefind from 'pagefind';

/** Where the index lives in the site: pagefind/pagefind.js … */
const SEARCH_FOLDER = 'pagefind';

export interface IndexedPage {
  /** The page's path inside the site, relative: read/2024-02/01-xi-tuanbai.html */
  url: string;
  html: string;
}

// What the browser needs: the API, its worker and WebAssembly, the index and
// each page's fragment. Pagefind's ready-made interfaces and the highlighter
// are left out: the search page is ours (search-page.ts, web/search.js).
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\b|^pagefind-playground/;

/**
 * An index being built: pages are handed to Pagefind as they are made (its
 * binary parses and segments them on its own threads while qikan makes the
 * next issue), and `finish` builds the index and returns its files, by path
 * under pagefind/.
 */
export interface SearchIndexer {
  add(pages: readonly IndexedPage[]): void;
  finish(): Promise<Map<string, Buffer>>;
}

export async function startSearchIndex(language: string): Promise<SearchIndexer> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: language.toLowerCase(),
    // The printed page numbers in the margin and the preview's notes are not the text.
    excludeSelectors: ['.page-number', '.finding-note'],
  });
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  }
  const adding: Promise<string[]>[] = [];
  return {
    add(pages) {
      for (const page of pages) adding.push(index.addHTMLFile({ url: page.url, content: page.html }).then((added) => added.errors.map((e) => `${page.url}: ${e}`)));
    },
    async finish() {
      try {
        const problems = (await Promise.all(adding)).flat();
        if (problems.length > 0) throw new Error(`Pagefind could not index ${problems.join('; ')}`);
        const written = await index.getFiles();
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        const files = new Map<string, Buffer>();
        for (const file of written.files) if (!UNUSED.test(file.path)) files.set(`${SEARCH_FOLDER}/${file.path}`, Buffer.from(file.content));
        return files;
      } finally {
        await pagefind.close();
      }
    },
  };
}
