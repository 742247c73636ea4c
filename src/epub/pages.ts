// The book's own pages around the articles: cover, title page (扉页),
// contents (目录) and back page (封底). Text pages stay XHTML text — they
// reflow and stay searchable — styled to match the cover.
import { typesetGroup, typesetPhrases } from '../render/phrases.js';
import { escapeXml, xhtmlDocument } from '../render/xml.js';

export interface FrontMatterText {
  lang: string;
  publisher: string;
  seriesTitle: string;
  issueText: string;
  editor?: string;
  dateText: string;
  motto?: string;
  backNote?: string;
  bookTitle: string;
}

/**
 * Cover page: the image in an SVG wrapper with a viewBox, so it fills one
 * screen without scrolling in portrait and landscape alike (no max-width or
 * max-height CSS, which Kindle's converter strips). 95% of the page, not
 * 100%: MuPDF moves a full-height image to the next page, after a blank one
 * (measured: 97% is the most that fits).
 */
export function coverPage(lang: string, bookTitle: string, imageHref: string, width: number, height: number): string {
  // No white space around the <svg>: MuPDF gives it a line of its own, and the image no longer fits the page.
  const body = `<div class="cover-image"><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="100%" height="95%" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="${escapeXml(`封面：${bookTitle}`)}">
<title>${escapeXml(`封面：${bookTitle}`)}</title>
<image width="${width}" height="${height}" xlink:href="${escapeXml(imageHref)}"/>
</svg></div>`;
  return xhtmlDocument({ lang, title: '封面', body, bodyAttributes: 'class="cover" epub:type="cover"' });
}

// The title page's type sizes in styles/book.css (p.title-publisher, h1.title-series): how long a phrase may stay whole.
const TITLE_PUBLISHER_SIZE = 1.1;
const TITLE_SERIES_SIZE = 1.7;

export function titlePage(text: FrontMatterText): string {
  const lines = [
    `<p class="title-publisher">${typesetPhrases(text.publisher, TITLE_PUBLISHER_SIZE)}</p>`,
    `<h1 class="title-series">${typesetPhrases(text.seriesTitle, TITLE_SERIES_SIZE)}</h1>`,
    `<p class="title-issue">（${escapeXml(text.issueText)}）</p>`,
    text.editor ? `<p class="title-editor">${escapeXml(text.editor)}</p>` : '',
    `<p class="title-date">${escapeXml(text.dateText)}</p>`,
  ].filter(Boolean);
  const body = `<section class="titlepage" epub:type="titlepage" aria-label="扉页">\n${lines.join('\n')}\n</section>`;
  return xhtmlDocument({ lang: text.lang, title: text.bookTitle, body, bodyAttributes: 'class="frontmatter"' });
}

export interface ContentsLine {
  title: string;
  href: string;
}

/** 目录: real links, no page numbers or dot leaders (a reflowable book has no pages); entries break between phrases. */
export function contentsPage(lang: string, entries: ContentsLine[]): string {
  const items = entries.map((e) => `<li><a href="${escapeXml(e.href)}">${typesetPhrases(e.title)}</a></li>`).join('\n');
  const body = `<nav class="contents" role="doc-toc" aria-labelledby="contents-title">
<h1 id="contents-title">目录</h1>
<ol>
${items}
</ol>
</nav>`;
  return xhtmlDocument({ lang, title: '目录', body, bodyAttributes: 'class="frontmatter"' });
}

// The back page's type in ems of the body's (styles/book.css): the motto is 1.5 em with 0.2 em
// between its letters, the note and the publisher 0.95 em.
const MOTTO_SIZE = 1.8;
const BACK_PUBLISHER_SIZE = 0.95;

/**
 * 敬学广惠 有教无类: each group kept on one line as a heading's phrase is, the
 * groups apart by an ideographic space (not an ASCII one) and a place to break
 * after it — the motto broke inside its groups, down to 有教无 | 类 (Chromium,
 * MuPDF at large type: an independent review).
 */
function mottoHtml(motto: string): string {
  return motto
    .trim()
    .split(/\s+/)
    .map((group) => typesetGroup(group, MOTTO_SIZE))
    .join('\u3000<wbr/>');
}

export function backPage(text: FrontMatterText): string {
  const lines = [
    text.motto ? `<p class="back-motto">${mottoHtml(text.motto)}</p>` : '',
    text.backNote ? `<p class="back-note">${typesetPhrases(`（${text.backNote}）`, BACK_PUBLISHER_SIZE)}</p>` : '',
    `<p class="back-publisher">${typesetPhrases(text.publisher, BACK_PUBLISHER_SIZE)}</p>`,
  ].filter(Boolean);
  const body = `<section class="backpage" epub:type="backmatter colophon" role="doc-colophon" aria-label="封底">\n${lines.join('\n')}\n</section>`;
  return xhtmlDocument({ lang: text.lang, title: '封底', body, bodyAttributes: 'class="backmatter"' });
}
