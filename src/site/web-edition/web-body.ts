// The book's article markup (renderArticle: XHTML for the EPUB) as HTML for
// the web edition. The text, the phrase breaks (<wbr>), the compressed
// punctuation and the page-break markers are the book's own (not MuPDF's places to
// break beside quotation marks); what changes is
// the syntax — `<span/>` is an empty element in XML but an unclosed start tag
// in HTML, which would swallow the rest of the paragraph — and the EPUB-only
// attributes. Each top-level paragraph gets an id (p1, p2 …), so a search
// result and a reader can link to it; the preview marks the blocks that have
// a finding. Pure.
import * as cheerio from 'cheerio/slim';
import render from 'dom-serializer';
import type { AnyNode, Element } from 'domhandler';

/** A note to show on one block of the text: the preview's check findings. */
export interface BlockMark {
  /** Index among the article's text blocks (sourceBlocks' order); -1: the headline. */
  block: number;
  /** Added to the block's class. */
  className: string;
  /** HTML set right after the block (escaped by the caller). */
  noteHtml: string;
}

const HEAD_CLASSES = new Set(['byline', 'source']);

export function webArticleBody(xhtml: string, marks: readonly BlockMark[] = []): string {
  const $ = cheerio.load(xhtml, { xml: { xmlMode: true, decodeEntities: false } }, false);
  $('[epub\\:type]').removeAttr('epub:type');
  pageNumbers($);
  // The zero-width spaces that let MuPDF break beside a quotation mark (typeset-text.ts): a
  // browser breaks there anyway, and the search index would take them into its words.
  $('span.quote-break').remove();
  const section = $.root().children().first();
  const elements = section.children().toArray();
  const head = elements.filter((el) => el.attribs.id === 'title' || HEAD_CLASSES.has(el.attribs.class ?? ''));
  const blocks = elements.filter((el) => el.name !== 'span' && !head.includes(el));
  let paragraph = 0;
  for (const block of blocks) if (block.name === 'p') block.attribs.id = `p${++paragraph}`;
  // Last first: each note goes right after its block, so notes on one block stay in order.
  for (const mark of [...marks].reverse()) {
    const target = mark.block >= 0 && mark.block < blocks.length ? blocks[mark.block]! : head.at(-1);
    if (!target) continue;
    addClass(target, mark.className);
    $(target).after(mark.noteHtml);
  }
  return render(section.toArray() as AnyNode[], { xmlMode: false, decodeEntities: false, encodeEntities: false });
}

/**
 * The book's page break is an empty span named by aria-label, whose number
 * the book's stylesheet draws as generated content. In HTML, axe-core (and
 * the ARIA in HTML rules it follows) will not take a name on an empty span,
 * so on the web the number is the page break's own content: one element,
 * seen in the margin, announced once as 第6页.
 */
function pageNumbers($: cheerio.CheerioAPI): void {
  $('span[role="doc-pagebreak"]').each((_, marker) => {
    const page = marker.attribs['aria-label'];
    if (page === undefined) return;
    // The book marks an article's first page inside its headline (a marker of its own
    // before it is a blank page in paginated readers); a web page has no pages: it goes
    // before the headline, and the headline's words stay its own.
    const headline = marker.parent;
    if (headline?.type === 'tag' && /^h[1-6]$/.test((headline as Element).name)) $(headline).before(marker);
    marker.attribs.class = 'page-number';
    marker.attribs['aria-label'] = `第${page}页`;
    $(marker).text(page);
  });
}

function addClass(element: Element, name: string): void {
  const classes = new Set((element.attribs.class ?? '').split(/\s+/).filter(Boolean));
  classes.add(name);
  element.attribs.class = [...classes].join(' ');
}
