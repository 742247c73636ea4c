// A year's issues (+ rendered articles, the 合订本 cover, stylesheet) → one
// Book, the annual bound volume (合订本). Pure, like compose-book.ts, and
// built from the same pieces: each issue keeps its own title page as a
// divider before its articles; the volume gets its own cover, title page,
// two-level 目录 (issue → article) and back page.
import type { Book, BookDocument, BookResource, PageTarget, TocEntry } from '../epub/book.js';
import { articleFileName, bookTitle, type CoverImage } from '../epub/compose-book.js';
import { embeddedFontResources, fontFaceCss, type EmbeddedFont } from '../epub/book-fonts.js';
import { bookIdentifier } from '../epub/identifier.js';
import { backPage, coverPage, titlePage, type FrontMatterText } from '../epub/pages.js';
import { pageBreakId } from '../markdown/page-markers.js';
import type { Issue } from '../issue/model.js';
import type { RenderedArticle } from '../render/article.js';
import { chineseDate, issueNumberText } from '../render/chinese.js';
import { escapeXml as x, xhtmlDocument } from '../render/xml.js';

export interface AnnualIssue {
  issue: Issue;
  articles: RenderedArticle[];
  /** Image files referenced by the articles, keyed by their target path in a single-issue book. */
  images: Map<string, { data: Buffer; mediaType: string }>;
}

export interface AnnualInput {
  year: number;
  /** In reading order (by number). */
  issues: AnnualIssue[];
  cover: CoverImage;
  css: string;
  /** Fonts cut for the volume (epub/book-fonts.ts); their @font-face rules go before the stylesheet. */
  fonts?: readonly EmbeddedFont[];
  /** dcterms:modified: the latest issue's, or SOURCE_DATE_EPOCH. */
  modified: string;
}

/** Nested 目录 on the contents page; book.css only indents nesting in the nav. */
const ANNUAL_CSS = `
/* 合订本: the printed 目录 nests articles under their issue. */
nav.contents li.contents-issue { font-weight: bold; margin-top: 0.9em; }
nav.contents li.contents-issue li { font-weight: normal; }
nav.contents ol ol { padding-left: 1.5em; }
`;

/** 理论学习中心组学习资料（2024年合订本） */
export function annualTitle(series: Issue['series'], year: number): string {
  return `${series.title}（${year}年合订本）`;
}

/** 第1—3次 for a run, 第1、3、4次 otherwise: which issues the volume holds. */
export function issueRangeText(numbers: number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const contiguous = sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1);
  if (sorted.length === 1) return issueNumberText(sorted[0]!);
  return contiguous ? `第${sorted[0]}—${sorted.at(-1)}次` : `第${sorted.join('、')}次`;
}

/** Per-issue file names: 2024-02-article-01.xhtml. Manifest ids must be XML names, so they start with a letter. */
function fileStem(issue: Issue, stem: string): { id: string; fileName: string } {
  return { id: `i${issue.id}-${stem}`, fileName: `${issue.id}-${stem}.xhtml` };
}

export function composeAnnual(input: AnnualInput): Book {
  const { year, issues, cover } = input;
  const first = issues[0];
  if (!first) throw new Error('a 合订本 needs at least one issue');
  const { series } = first.issue;
  const lang = series.language;
  const title = annualTitle(series, year);
  const range = `${year}年${issueRangeText(issues.map((i) => i.issue.meta.number))}`;
  const volumeText = frontMatter(first.issue, { issueText: `${year}年合订本`, dateText: range, bookTitle: title });

  const coverFile = `cover.${cover.extension}`;
  const documents: BookDocument[] = [
    { id: 'cover', fileName: 'cover.xhtml', xhtml: coverPage(lang, title, coverFile, cover.width, cover.height), properties: ['svg'] },
    { id: 'titlepage', fileName: 'titlepage.xhtml', xhtml: titlePage(volumeText), properties: [] },
    { id: 'contents', fileName: 'contents.xhtml', xhtml: '', properties: [] },
  ];
  const resources: BookResource[] = [
    { id: 'cover-image', fileName: coverFile, mediaType: cover.mediaType, data: cover.data, properties: ['cover-image'] },
  ];
  const toc: TocEntry[] = [];
  // Each issue's printed pages, named with the issue (its pages start again
  // at 1): every page break in the text must be in the page list (Ace).
  const pageList: PageTarget[] = [];

  for (const { issue, articles, images } of issues) {
    const divider = fileStem(issue, 'titlepage');
    const issueText = frontMatter(issue, { issueText: issueNumberText(issue.meta.number), dateText: chineseDate(issue.meta.date), bookTitle: bookTitle(issue) });
    documents.push({ ...divider, xhtml: titlePage(issueText), properties: [] });
    // Image targets are unique within an issue (images/01-chart.png); the issue id makes them unique in the volume.
    const renamed = new Map([...images.keys()].map((target) => [target, target.replace(/^images\//, `images/${issue.id}-`)]));
    for (const [target, image] of images) {
      resources.push({ id: `image-${resources.length}`, fileName: renamed.get(target)!, mediaType: image.mediaType, data: image.data, properties: [] });
    }
    const children: TocEntry[] = [];
    issue.articles.forEach((article, i) => {
      const { id, fileName } = fileStem(issue, articleFileName(article.index).replace(/\.xhtml$/, ''));
      let body = articles[i]!.body;
      for (const [from, to] of renamed) body = body.split(`src="${x(from)}"`).join(`src="${x(to)}"`);
      documents.push({ id, fileName, xhtml: xhtmlDocument({ lang, title: article.meta.title, body, bodyAttributes: 'class="bodymatter"' }), properties: [] });
      children.push({ title: article.meta.toc_title ?? article.meta.title, href: fileName, children: [] });
      for (const page of articles[i]!.pages ?? []) pageList.push({ label: `${issueNumberText(issue.meta.number)} 第${page}页`, page, id: `${issue.id}-${page}`, href: `${fileName}#${pageBreakId(page)}` });
    });
    toc.push({ title: `${issue.meta.year}年${issueNumberText(issue.meta.number)}`, href: divider.fileName, children });
  }
  documents[2]!.xhtml = contentsPage(lang, toc);
  documents.push({ id: 'back', fileName: 'back.xhtml', xhtml: backPage(volumeText), properties: [] });

  const last = issues.at(-1)!.issue;
  return {
    metadata: {
      identifier: bookIdentifier(series.slug, String(year)),
      title,
      language: lang,
      creator: series.publisher,
      ...(series.editor ? { contributor: series.editor } : {}),
      publisher: series.publisher,
      // The volume appears with its last issue.
      date: last.meta.date,
      modified: input.modified,
      description: `${title}，收录${range}。${toc.map((t) => `${t.title}：${t.children.map((c, i) => `${i + 1}. ${c.title}`).join('；')}`).join('。')}。`,
      subject: series.title,
      series: series.title,
      // One volume a year: the year orders it in the series, after that year's issues.
      seriesPosition: year,
    },
    documents,
    resources: [...resources, ...embeddedFontResources(input.fonts ?? [])],
    css: `${fontFaceCss(input.fonts ?? [])}${input.css}${ANNUAL_CSS}`,
    toc,
    landmarks: [
      { type: 'cover', href: 'cover.xhtml', title: '封面' },
      { type: 'toc', href: 'contents.xhtml', title: '目录' },
      { type: 'bodymatter', href: toc[0]!.href, title: '正文' },
    ],
    coverImageId: 'cover-image',
    ...(pageList.length > 0 ? { pageList, pageSource: `${series.title}各期印刷版` } : {}),
  };
}

function frontMatter(issue: Issue, text: Pick<FrontMatterText, 'issueText' | 'dateText' | 'bookTitle'>): FrontMatterText {
  const { series } = issue;
  return {
    lang: series.language,
    publisher: series.publisher,
    seriesTitle: series.title,
    ...text,
    ...(series.editor ? { editor: series.editor } : {}),
    ...(series.motto ? { motto: series.motto } : {}),
    ...(series.back_note ? { backNote: series.back_note } : {}),
  };
}

/** 目录 of the volume: each issue, its articles nested under it; real links, no page numbers. */
function contentsPage(lang: string, toc: TocEntry[]): string {
  const link = (e: TocEntry) => `<a href="${x(e.href)}">${x(e.title)}</a>`;
  const items = toc.map((issue) => `<li class="contents-issue">${link(issue)}\n<ol>\n${issue.children.map((a) => `<li>${link(a)}</li>`).join('\n')}\n</ol>\n</li>`);
  const body = `<nav class="contents" role="doc-toc" aria-labelledby="contents-title">
<h1 id="contents-title">目录</h1>
<ol>
${items.join('\n')}
</ol>
</nav>`;
  return xhtmlDocument({ lang, title: '目录', body, bodyAttributes: 'class="frontmatter"' });
}
