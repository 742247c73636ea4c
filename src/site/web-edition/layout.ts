// The frame of every page of the web edition: HTML5 in the issue's
// language, phone first, the shared stylesheet (read/web.css, cached once
// for every page) and the issue's own fonts as same-origin files — nothing
// from elsewhere, no script. The preview adds its own lines through `extra`.
import { escapeXml as x } from '../../render/xml.js';
import { htmlDocument } from '../html.js';

export interface WebFontFace {
  family: string;
  weight: number;
  /** Relative to the page, e.g. fonts/qikan-heading.otf */
  href: string;
}

export interface WebPageOptions {
  lang: string;
  title: string;
  description: string;
  /** Relative to the page: ../web.css */
  stylesheet: string;
  fonts: readonly WebFontFace[];
  /** Escaped markup. */
  body: string;
  bodyClass: string;
  /** Markup added at the end of <head> and of <body> (the preview's reload script). */
  extra?: { head?: string; body?: string };
}

export function webPage(options: WebPageOptions): string {
  return htmlDocument({
    ...options,
    head: `<link rel="icon" href="data:,">\n<link rel="stylesheet" href="${x(options.stylesheet)}">\n${fontFaces(options.fonts)}${options.extra?.head ?? ''}`,
    end: options.extra?.body ?? '',
  });
}

/**
 * The fonts cut for this issue (src/epub/book-fonts.ts). `swap`: the text is
 * shown at once in the reader's own font and redrawn when the cut arrives —
 * on a slow connection nobody waits for a font to read.
 */
function fontFaces(fonts: readonly WebFontFace[]): string {
  if (fonts.length === 0) return '';
  const rules = fonts.map((f) => `@font-face{font-family:"${f.family}";font-weight:${f.weight};font-display:swap;src:url(${f.href}) format("opentype")}`);
  return `<style>${rules.join('')}</style>\n`;
}

/** The bar at the top of every page: the shelf, this contents, search. */
export function webBar(links: { shelf: string; contents?: string; contentsLabel?: string; search: string }): string {
  const items = [
    `<a href="${x(links.shelf)}">书架</a>`,
    links.contents ? `<a href="${x(links.contents)}">${x(links.contentsLabel ?? '目录')}</a>` : '',
    `<a href="${x(links.search)}">搜索</a>`,
  ].filter(Boolean);
  return `<header class="web-bar"><nav aria-label="网站导航">${items.join('')}</nav></header>`;
}

/** A search box: a plain form, so it works without JavaScript (search.html then offers the contents). */
export function searchForm(action: string, value = ''): string {
  return `<form class="search-form" role="search" action="${x(action)}" method="get">
<label for="q">搜索各期全文</label>
<div class="search-row"><input id="q" name="q" type="search" value="${x(value)}" placeholder="例如：新质生产力" autocomplete="off"><button type="submit">搜索</button></div>
</form>`;
}
