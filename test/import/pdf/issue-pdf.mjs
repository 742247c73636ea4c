// A whole issue as a printed PDF, made by Chromium from its Markdown sources
// (paragraphs only, as the curated issues are): A5 pages laid out by CSS paged
// media — running header and — N — folio in the page margins, the cover,
// title page and 目录 unnumbered before body page 1, the closing page after.
// The text flows: paragraphs break across pages wherever Chromium breaks
// them, and articles start mid-page. The 目录's page numbers are found in a
// first print (pdftotext, another engine, reads where each headline landed).
// Plain JavaScript: `npm run bench` uses it too.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
/** Cover, title page, 目录: the pages before body page 1. */
export const FRONT_PAGES = 3;

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The issue's articles: front matter and paragraphs (page markers taken out). */
export function readIssue(issueDir) {
  const issue = parse(readFileSync(path.join(issueDir, 'issue.yaml'), 'utf8'));
  const series = parse(readFileSync(path.join(issueDir, '..', 'series.yaml'), 'utf8'));
  const articles = issue.articles.map((name) => {
    const text = readFileSync(path.join(issueDir, name), 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    const paragraphs = body
      .replace(/<!-- page \d+ -->/g, '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    return { name, meta: parse(front), paragraphs };
  });
  return { issue, series, articles };
}

const DIGITS = '〇一二三四五六七八九';
const chineseYear = (year) => [...String(year)].map((d) => DIGITS[Number(d)]).join('');

/** The HTML of the printed issue; `pages` are the 目录's page numbers (first print: zeros). */
export function issueHtml({ issue, series, articles }, pages, options = {}) {
  const size = options.fontSize ?? '10.5pt';
  // The test passes fonts cut from the project's Noto Serif SC (print-pdf.ts);
  // the benchmark takes the system's Noto Serif CJK (Debian fonts-noto-cjk).
  const faces =
    options.fontFaces ??
    ['Regular', 'Bold'].map((style, i) => `@font-face { font-family: "Issue Serif"; font-weight: ${400 + 300 * i}; src: local("Noto Serif CJK SC${i ? ' Bold' : ''}"), local("NotoSerifCJKsc-${style}"); }`).join('\n');
  const month = Number(String(issue.date).slice(5, 7));
  const dateText = `${issue.year}年${month}月`;
  // A long entry wraps: its leader and page number end the second line, as in print.
  const entries = articles.map((a, i) => `<p class="entry">${i + 1}. ${escape(a.meta.toc_title ?? a.meta.title)}<span class="dots">······</span>${pages[i] ?? 0}</p>`);
  const body = articles.map((a) => {
    const byline = a.meta.byline ? `<p class="byline">${escape(a.meta.byline)}</p>` : '';
    return `<h1>${escape(a.meta.title)}</h1>${byline}\n${a.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}`;
  });
  const organisation = series.cover?.organisation ?? ['中国共产党', series.publisher];
  const titleLines = series.cover?.title_lines ?? [series.title];
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>
${faces}
@page { size: 148mm 210mm; margin: 22mm 16mm 20mm 16mm;
  @top-center { content: "${escape(series.title)}"; font-family: "Issue Serif"; font-size: 8pt; vertical-align: bottom; padding-bottom: 2mm; border-bottom: 0.4pt solid #000; }
  @bottom-center { content: "— " counter(page) " —"; font-family: "Issue Serif"; font-size: 9pt; } }
@page front { counter-increment: page 0; @top-center { content: none; border: none; } @bottom-center { content: none; } }
html { font-family: "Issue Serif"; font-size: ${size}; }
body { margin: 0; }
.front { page: front; break-after: page; text-align: center; }
.front p { margin: 0 0 6mm 0; }
.big { font-size: 20pt; font-weight: 700; }
.contents { text-align: left; }
.contents h2 { text-align: center; letter-spacing: 1em; font-size: 15pt; }
.contents p.entry { text-indent: 0; text-align: left; margin: 0 0 2mm 0; }
h1 { font-size: 15pt; font-weight: 700; text-align: center; line-height: 1.5; margin: 4mm 0 3mm 0; break-after: avoid; }
p { margin: 0; text-indent: 2em; line-height: 1.8; text-align: justify; }
p.byline { text-indent: 0; text-align: center; margin-bottom: 2mm; break-after: avoid; }
.back { page: front; break-before: page; text-align: center; padding-top: 120mm; }
</style></head><body>
<div class="front">${organisation.map((l) => `<p>${escape(l)}</p>`).join('')}<p class="big">${escape(titleLines.join(' '))}</p><p>${escape(series.slogan ?? '')}</p><p>${chineseYear(issue.year)}年</p><p class="big">第${issue.number}次</p><p>${dateText}</p></div>
<div class="front"><p>${escape(series.publisher)}</p><p class="big">${escape(series.title)}</p><p>(第${issue.number}次)</p><p>${escape(series.editor ?? '')}</p><p>${dateText}</p></div>
<div class="front contents"><h2>目录</h2>${entries.join('\n')}</div>
${body.join('\n')}
<div class="back"><p>（${escape(series.back_note ?? '学习资料电子版')}）</p><p>${escape(series.motto ?? '')}</p></div>
</body></html>`;
}

/** The text of one page of a PDF as pdftotext reads it. */
export function pdfPageText(pdf, page) {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
}

const squeeze = (text) => text.replace(/\s+/g, '');

/** Where each headline landed: the printed page of the first page whose text holds it (after the front pages). */
export function headlinePages(pdf, count, titles) {
  const pages = [];
  let from = FRONT_PAGES + 1;
  for (const title of titles) {
    let found;
    for (let page = from; page <= count; page++) {
      if (squeeze(pdfPageText(pdf, page)).includes(squeeze(title))) {
        found = page;
        break;
      }
    }
    if (found === undefined) throw new Error(`headline ${title} not found in ${pdf}`);
    pages.push(found - FRONT_PAGES);
    from = found;
  }
  return pages;
}

export function pageCount(pdf) {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
}

/**
 * Prints the issue twice with Playwright's Chromium (`browser`): once to see
 * where the headlines land, once with those pages in the 目录.
 */
export async function printIssue(browser, issueDir, file, options = {}) {
  const issue = readIssue(issueDir);
  const print = async (pages) => {
    const page = await browser.newPage();
    try {
      writeFileSync(`${file}.html`, issueHtml(issue, pages, options));
      await page.goto(pathToFileURL(`${file}.html`).href);
      await page.evaluate(() => document.fonts.ready);
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    } finally {
      await page.close();
    }
  };
  await print([]);
  const titles = issue.articles.map((a) => a.meta.title);
  const pages = headlinePages(file, pageCount(file), titles);
  await print(pages);
  return { pdf: file, pages, issue, count: pageCount(file) };
}
