// Article Markdown → XHTML body: h1 title, byline, source, then the text.
// Pure: takes the loaded article, returns markup plus what the book needs to
// know about it (its sections for the nav, the images it references).
// cheerio/slim: htmlparser2 only — we parse XML, and the full build's parse5 and undici cost 130 ms of start-up.
import * as cheerio from 'cheerio/slim';
import type { Article } from '../issue/model.js';
import { renderReaderHtml } from '../markdown/reader.js';
import { escapeXml, unescapeXml } from './xml.js';

export interface Section {
  id: string;
  title: string;
  level: number;
  children: Section[];
}

export interface ImageReference {
  /** The image's URL as markdown-it read it (escapes resolved, percent-encoded), e.g. images/chart.png */
  src: string;
  /** Path inside the EPUB's content folder, e.g. images/chart.png */
  target: string;
}

export interface RenderedArticle {
  /** The <section> element, ready for xhtmlDocument(). */
  body: string;
  /** `##` (and deeper) headings, nested, with their ids. */
  sections: Section[];
  images: ImageReference[];
}

export function renderArticle(article: Article): RenderedArticle {
  const html = renderReaderHtml(article.body);
  // decodeEntities: false keeps markdown-it's escaping as it is and leaves
  // Chinese as characters (cheerio would otherwise write &#x…; references).
  const $ = cheerio.load(html, { xml: { xmlMode: true, decodeEntities: false } }, false);

  const flat: Section[] = [];
  $('h2, h3, h4, h5, h6').each((i, element) => {
    const id = `s${i + 1}`;
    $(element).attr('id', id);
    flat.push({ id, title: unescapeXml($(element).text()), level: Number(element.tagName.slice(1)), children: [] });
  });

  const images: ImageReference[] = [];
  const targetOf = new Map<string, string>();
  const taken = new Set<string>();
  $('img').each((_, element) => {
    // The attribute as markdown-it wrote it (decodeEntities is off): &amp; back to &.
    const src = unescapeXml($(element).attr('src') ?? '');
    let target = targetOf.get(src);
    if (target === undefined) {
      const name = `images/${String(article.index + 1).padStart(2, '0')}-${src.split('/').pop()!.replace(/[^A-Za-z0-9._-]/g, '_')}`;
      // Different images whose safe names coincide (a&b.png, a+b.png, figs/x.png and x.png) get -2, -3…
      target = name;
      for (let n = 2; taken.has(target); n++) target = name.replace(/(\.[^./]*)?$/, `-${n}$1`);
      taken.add(target);
      targetOf.set(src, target);
      images.push({ src, target });
    }
    $(element).attr('src', target);
  });

  // structure/local-link reports a link to a file or #anchor; should it be
  // disabled, the words stay and the dead link goes (EPUBCheck RSC-007).
  $('a').each((_, element) => {
    const link = $(element);
    if (!/^[a-z][a-z0-9+.-]*:/i.test(link.attr('href') ?? '')) link.replaceWith(link.contents());
  });

  // Tables scroll sideways on narrow screens instead of overflowing the page.
  $('table').wrap('<div class="table-wrap"></div>');

  const { title, byline, source } = article.meta;
  const head = [
    `<h1 id="title">${escapeXml(title)}</h1>`,
    byline ? `<p class="byline">${bylineGroups(byline)}</p>` : '',
    source ? `<p class="source">${escapeXml(source)}</p>` : '',
  ].filter(Boolean);
  const body = `<section class="article" epub:type="chapter" role="doc-chapter" aria-labelledby="title">\n${head.join('\n')}\n${$.xml().trim()}\n</section>`;
  return { body, sections: nestSections(flat), images };
}

/**
 * A byline lists people and their roles (唐登杰 韩长赋讲话 金湘军主持 …): each
 * group is kept on one line, so a name is never broken across lines.
 */
function bylineGroups(byline: string): string {
  return byline
    .trim()
    .split(/\s+/)
    .map((group) => `<span class="nowrap">${escapeXml(group)}</span>`)
    .join(' ');
}

/** Flat headings in document order → a tree by level (h3 under the h2 before it). */
export function nestSections(flat: Section[]): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const section of flat) {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= section.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : roots).push(section);
    stack.push(section);
  }
  return roots;
}
