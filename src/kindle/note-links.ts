// The notes of a Kindle book read back: which notes a reader can open from
// their mark and leave by their back-link. A Kindle shows a note as a pop-up
// when its mark links to it and the note begins with a link back (Amazon's
// Kindle Publishing Guidelines, bidirectional footnotes); Calibre keeps both
// links in the AZW3 (as ids and kindle:pos links) and in the MOBI (filepos
// anchors), whatever it does to the elements around them. Pure.
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';

export interface BookDocument {
  /** The document's path in the unpacked book, as links name it (text/part0003.html). */
  href: string;
  html: string;
}

/** A note reached from its mark, whose first link leads back to that mark. */
export interface NoteLink {
  /** The note's text, back-link and all, as the book has it. */
  text: string;
}

interface Place {
  href: string;
  $: cheerio.CheerioAPI;
  element: Element;
}

/** Every pair of links mark → note → mark in the documents. */
export function noteLinks(documents: readonly BookDocument[]): NoteLink[] {
  const parsed = new Map(documents.map((doc) => [doc.href, cheerio.load(doc.html)]));
  const target = (from: string, link: Element): Place | undefined => {
    const href = link.attribs.href ?? '';
    const hash = href.indexOf('#');
    if (hash < 0 || /^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined;
    const file = hash === 0 ? from : resolve(from, decodeURI(href.slice(0, hash)));
    const $ = parsed.get(file);
    const element = $?.(`[id="${decodeURIComponent(href.slice(hash + 1))}"]`).get(0);
    return $ && element ? { href: file, $, element } : undefined;
  };
  const found: NoteLink[] = [];
  for (const [from, $] of parsed) {
    for (const mark of $('a[href*="#"]').toArray()) {
      const note = target(from, mark);
      const back = note?.$(note.element).find('a[href]').get(0);
      const returns = note && back ? target(note.href, back) : undefined;
      // The back-link leads to the mark, or to an element around it (MOBI's filepos anchors);
      // a note says more than its mark (else this is the back-link, seen from the note).
      const text = note?.$(note.element).text() ?? '';
      const aroundMark = returns?.href === from && (returns.element === mark || $(returns.element).find(mark).length > 0);
      if (aroundMark && text.trim().length > $(mark).text().trim().length) found.push({ text });
    }
  }
  return found;
}

/** A relative link's file, from the folder of the document it is in. */
function resolve(from: string, relative: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
