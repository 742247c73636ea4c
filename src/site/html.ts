// The frame every page of the shelf shares: HTML5, Chinese, phone first, the
// stylesheet inline (one request per page, nothing to fetch from elsewhere,
// still styled when saved for offline reading), no scripts, no web fonts —
// each phone's own Chinese fonts, which it has and renders best.
import { escapeXml as x } from '../render/xml.js';
import { OPDS_FILE, OPDS_TYPE } from './opds.js';

const STYLESHEET = `
:root { color-scheme: light; --red: #a31a1e; --ink: #221c18; --muted: #5a514b; --paper: #fffdf8; --line: #e5d9c8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); line-height: 1.6;
  font-family: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; }
a { color: var(--red); }
a:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem 1rem; z-index: 1; }
.site-header { background: var(--red); color: #fff; padding: .9rem 1rem; }
.site-header a { color: #fff; }
.site-header h1, .site-header .site-title { margin: 0; font-size: 1.3rem; line-height: 1.35; font-weight: bold; }
.site-header p { margin: .2rem 0 0; font-size: .9rem; }
main, .site-footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
h1, h2, h3 { line-height: 1.35; }
.issue { display: grid; grid-template-columns: minmax(0, 10rem) minmax(0, 1fr); gap: .8rem 1rem; padding: 1.2rem 0; border-bottom: 1px solid var(--line); }
.cover { display: block; width: 100%; height: auto; border-radius: 2px; box-shadow: 0 1px 5px rgba(0, 0, 0, .3); }
.issue h2, .issue-page h1 { margin: 0; font-size: 1.35rem; }
.issue h2 a { color: inherit; }
.newest { display: inline-block; margin: 0 0 .3rem; padding: 0 .5rem; background: #f6d67f; color: #4a0d0f; border-radius: .3rem; font-size: .85rem; font-weight: bold; }
.date { margin: .1rem 0 .6rem; color: var(--muted); }
.downloads { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
.button { display: block; min-height: 2.75rem; padding: .5rem .6rem; border: 2px solid var(--red); border-radius: .45rem;
  background: #fff; color: var(--red); text-align: center; text-decoration: none; font-weight: bold; line-height: 1.5; }
.button.primary { background: var(--red); color: #fff; }
.contents { grid-column: 1 / -1; }
.contents h3, .contents h2 { margin: 0 0 .3rem; font-size: 1.05rem; }
.contents ol { margin: 0; padding-left: 1.7em; }
.contents li { margin: .2rem 0; }
.contents ul { margin: .1rem 0 .3rem; padding-left: 1.2em; color: var(--muted); font-size: .95rem; }
.byline { display: block; color: var(--muted); font-size: .9rem; }
.guide dt { font-weight: bold; margin-top: .6rem; }
.guide dd { margin: 0; }
.site-footer { padding-bottom: 2rem; color: var(--muted); font-size: .9rem; }
.read-online { margin: 0 0 .5rem; }
.search { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; padding: 1rem 0 0; }
.search label { font-weight: bold; }
.search input { flex: 1; min-width: 8rem; min-height: 2.75rem; padding: .3rem .5rem; font-size: 1rem; border: 2px solid #8a7f76; border-radius: .45rem; }
.search button { min-height: 2.75rem; padding: .3rem 1rem; font-size: 1rem; font-weight: bold; border: 0; border-radius: .45rem; background: var(--red); color: #fff; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (min-width: 40rem) {
  .issue { grid-template-columns: 12rem minmax(0, 1fr); }
  .issue > .contents { grid-column: 2; }
  .downloads { grid-template-columns: repeat(3, auto); justify-content: start; }
}
`;

export interface PageOptions {
  lang: string;
  title: string;
  description: string;
  body: string;
}

/** A complete page; `body` is already escaped markup. */
export function htmlPage(options: PageOptions): string {
  return htmlDocument({
    ...options,
    head: `<link rel="alternate" type="${OPDS_TYPE}" href="${OPDS_FILE}" title="OPDS 书目">\n<link rel="icon" href="data:,">\n<style>${STYLESHEET}</style>\n`,
  });
}

export interface DocumentOptions extends PageOptions {
  /** Escaped markup for the end of <head>, after the description, each line ending in \n. */
  head: string;
  bodyClass?: string;
  /** Escaped markup after the body's content (a script). */
  end?: string;
}

/** The frame of every page of the site (the shelf's and the web edition's): HTML5 in the book's language, phone first. */
export function htmlDocument(options: DocumentOptions): string {
  return `<!DOCTYPE html>
<html lang="${x(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${x(options.title)}</title>
<meta name="description" content="${x(options.description)}">
${options.head}</head>
<body${options.bodyClass === undefined ? '' : ` class="${x(options.bodyClass)}"`}>
<a class="skip" href="#main">跳到正文</a>
${options.body}
${options.end ?? ''}</body>
</html>
`;
}
