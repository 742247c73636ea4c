// The 2024 合订本 of two issues (2024-02 and a 2024-03 made from it), built
// into a temp folder and opened as a reader and a validator would: EPUBCheck,
// the nav and NCX two levels deep, every article of every issue in the text,
// its own cover and title page, and the same bytes when built again.
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { XMLParser } from 'fast-xml-parser';
import type JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnnual } from '../../src/annual/build-annual.js';
import { issueRangeText } from '../../src/annual/compose-annual.js';
import { UserError } from '../../src/diagnostic.js';
import { bookIdentifier } from '../../src/epub/identifier.js';
import { loadIssue } from '../../src/issue/load.js';
import type { Issue } from '../../src/issue/model.js';
import { entryText, openEpub, tempDir } from '../helpers/book.js';
import { runEpubcheck, toolAvailable } from '../helpers/tools.js';
import { MARCH_SECTION, marchMarker, twoIssues } from '../site/issues-fixture.js';

interface NavItem {
  title: string;
  href: string;
  children: NavItem[];
}

let issuesRoot: string;
let epubPath: string;
let zip: JSZip;
let issues: Issue[];
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['li', 'navPoint', 'nav', 'ol', 'itemref', 'meta'].includes(name) });

beforeAll(async () => {
  issuesRoot = await twoIssues();
  // A page begun inside the text, as the PDF import writes it: the volume's page list must hold it.
  const first = path.join(issuesRoot, '2024-03', '01-xi-tuanbai.md');
  const text = await readFile(first, 'utf8');
  if (!text.includes('举行2024年春节团拜会')) throw new Error('issues/2024-02/01-xi-tuanbai.md changed; update this fixture');
  await writeFile(first, text.replace('举行2024年春节团拜会', '举行<!-- page 2 -->2024年春节团拜会'));
  const result = await buildAnnual(issuesRoot, 2024, { outDir: await tempDir() });
  epubPath = result.epubPath;
  zip = await openEpub(epubPath);
  issues = await Promise.all(['2024-02', '2024-03'].map((id) => loadIssue(path.join(issuesRoot, id))));
  expect(result.issues.map((i) => i.id)).toEqual(['2024-02', '2024-03']);
}, 180_000);

function navTree(ol: { li: { a: { '#text': string; '@_href': string }; ol?: unknown[] }[] }): NavItem[] {
  return ol.li.map((li) => ({ title: li.a['#text'], href: li.a['@_href'], children: li.ol ? navTree(li.ol[0] as typeof ol) : [] }));
}

function ncxTree(points: { navLabel: { text: string }; content: { '@_src': string }; navPoint?: unknown[] }[]): NavItem[] {
  return points.map((p) => ({ title: p.navLabel.text, href: p.content['@_src'], children: p.navPoint ? ncxTree(p.navPoint as typeof points) : [] }));
}

/** What the contents must be: each issue's divider, its articles under it, no deeper level. */
function expectedTree(): NavItem[] {
  return issues.map((issue) => ({
    title: `2024年第${issue.meta.number}次`,
    href: `${issue.id}-titlepage.xhtml`,
    children: issue.articles.map((a) => ({
      title: a.meta.toc_title ?? a.meta.title,
      href: `${issue.id}-article-${String(a.index + 1).padStart(2, '0')}.xhtml`,
      children: [],
    })),
  }));
}

describe('the 2024 合订本', () => {
  it('is written as <outDir>/2024/llxx-2024.epub', () => {
    expect(path.basename(path.dirname(epubPath))).toBe('2024');
    expect(path.basename(epubPath)).toBe('llxx-2024.epub');
  });

  it('passes W3C EPUBCheck with no fatal, error or warning', (context) => {
    if (!toolAvailable('epubcheck')) return context.skip();
    const result = runEpubcheck(epubPath);
    expect(result, result.output).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
  }, 120_000);

  it('has a nav contents two levels deep: one entry per issue, its articles nested', async () => {
    const nav = parser.parse(await entryText(zip, 'OEBPS/toc.xhtml'));
    const toc = nav.html.body.nav.find((n: Record<string, string>) => n['@_epub:type'] === 'toc');
    expect(navTree(toc.ol[0])).toEqual(expectedTree());
  });

  it('has the same tree in the NCX, depth 2, for Kindle and EPUB 2 readers', async () => {
    const ncx = parser.parse(await entryText(zip, 'OEBPS/toc.ncx'));
    expect(ncxTree(ncx.ncx.navMap.navPoint)).toEqual(expectedTree());
    expect(ncx.ncx.head.meta.find((m: Record<string, string>) => m['@_name'] === 'dtb:depth')['@_content']).toBe('2');
  });

  it('reads: cover, its own title page, 目录, then each issue’s title page before its articles, then the back page', async () => {
    const opf = parser.parse(await entryText(zip, 'OEBPS/content.opf'));
    const spine = opf.package.spine.itemref.map((i: Record<string, string>) => i['@_idref']);
    const issueDocs = (id: string, count: number) => [`i${id}-titlepage`, ...Array.from({ length: count }, (_, i) => `i${id}-article-0${i + 1}`)];
    expect(spine).toEqual(['cover', 'titlepage', 'contents', ...issueDocs('2024-02', 6), ...issueDocs('2024-03', 6), 'back']);
    const title = await entryText(zip, 'OEBPS/titlepage.xhtml');
    expect(title).toContain('（2024年合订本）');
    expect(title).toContain(issueRangeText([2, 3]));
    const divider = await entryText(zip, 'OEBPS/2024-03-titlepage.xhtml');
    expect(divider).toContain('（第3次）');
    expect(divider).toContain('2024年3月');
    const contents = await entryText(zip, 'OEBPS/contents.xhtml');
    expect(contents).toContain('<a href="2024-03-titlepage.xhtml">2024年第3次</a>');
  });

  it('holds every article of every issue: its headline and the last paragraph of its source, word for word', async () => {
    // The words, without the markup typesetting adds (spans that keep characters together, <wbr/> between phrases, MuPDF's places to break beside quotation marks).
    const words = async (file: string) => (await entryText(zip, file)).replace(/<span class="quote-break">\u200b<\/span>|<\/?span[^>]*>|<wbr\/>/g, '');
    for (const issue of issues) {
      for (const article of issue.articles) {
        const file = `OEBPS/${issue.id}-article-${String(article.index + 1).padStart(2, '0')}.xhtml`;
        // From the source file itself, not from the renderer: the article's last paragraph, page markers aside.
        const last = article.source.text.trim().split(/\n\s*\n/).pop()!.replace(/<!-- page \d+ -->/g, '');
        expect(await words(file), file).toContain(`<h1 id="title">${article.meta.title}</h1>`);
        expect(await words(file), file).toContain(last);
      }
    }
    for (let n = 1; n <= 6; n++) {
      expect(await words(`OEBPS/2024-03-article-0${n}.xhtml`)).toContain(marchMarker(n));
      expect(await words(`OEBPS/2024-02-article-0${n}.xhtml`)).not.toContain(marchMarker(n));
    }
    // A `##` section is in the text but not in the two-level contents.
    expect(await words('OEBPS/2024-03-article-01.xhtml')).toContain(MARCH_SECTION);
    expect(await entryText(zip, 'OEBPS/toc.xhtml')).not.toContain(MARCH_SECTION);
  });

  // Found by a hostile review: with no page list, Ace refused the release of any year whose text has a page marker.
  it('lists every page break of its text in its page list, named with its issue', async () => {
    const breaks: string[] = [];
    for (const name of Object.keys(zip.files)) {
      if (!name.endsWith('.xhtml') || name.endsWith('toc.xhtml')) continue;
      const xhtml = await entryText(zip, name);
      for (const m of xhtml.matchAll(/<span epub:type="pagebreak"[^>]* id="([^"]+)"/g)) breaks.push(`${path.basename(name)}#${m[1]}`);
    }
    const nav = await entryText(zip, 'OEBPS/toc.xhtml');
    const pageList = nav.slice(nav.indexOf('epub:type="page-list"'));
    const listed = [...pageList.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(breaks).toContain('2024-03-article-01.xhtml#page-2');
    expect(listed.map(([href]) => href).sort()).toEqual([...breaks].sort());
    expect(listed).toContainEqual(['2024-03-article-01.xhtml#page-2', '第3次 第2页']);
    expect(listed).toContainEqual(['2024-02-article-02.xhtml#page-4', '第2次 第4页']);
    expect(await entryText(zip, 'OEBPS/content.opf')).toContain('<dc:source id="print-source">理论学习中心组学习资料各期印刷版</dc:source>');
  });

  it('has its own identity: stable identifier, title, series without the issue number, modified from the sources', async () => {
    const opf = await entryText(zip, 'OEBPS/content.opf');
    expect(opf).toContain(`<dc:identifier id="bookid">${bookIdentifier('llxx', '2024')}</dc:identifier>`);
    expect(bookIdentifier('llxx', '2024')).not.toBe(bookIdentifier('llxx', '2024-02'));
    expect(opf).toContain('<dc:title id="title">理论学习中心组学习资料（2024年合订本）</dc:title>');
    expect(opf).toContain('<meta property="belongs-to-collection" id="series">理论学习中心组学习资料</meta>');
    expect(opf).toContain('<meta name="calibre:series" content="理论学习中心组学习资料"/>');
    expect(opf).toContain('<meta refines="#series" property="group-position">2024</meta>');
    expect(opf).toContain('<meta property="dcterms:modified">2024-03-01T00:00:00Z</meta>');
    expect(opf).toContain('<dc:date>2024-03</dc:date>');
  });

  it('carries the fonts an issue’s book carries, cut for the whole volume', async () => {
    const css = await entryText(zip, 'OEBPS/style.css');
    for (const family of ['qikan-heading', 'qikan-kai', 'qikan-body', 'qikan-half']) {
      expect(css).toContain(`font-family: "${family}"`);
      expect(zip.file(`OEBPS/fonts/${family}.otf`), family).not.toBeNull();
    }
  });

  it('has its own generated cover (合订本), a 1600 × 2560 PNG', async () => {
    const cover = await zip.file('OEBPS/cover.png')!.async('nodebuffer');
    expect(cover.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([cover.readUInt32BE(16), cover.readUInt32BE(20)]).toEqual([1600, 2560]);
    expect(await entryText(zip, 'OEBPS/cover.xhtml')).toContain('封面：理论学习中心组学习资料（2024年合订本）');
  });

  it('is the same bytes when built again (reproducible)', async () => {
    const again = await buildAnnual(issuesRoot, 2024, { outDir: await tempDir() });
    expect((await readFile(again.epubPath)).equals(await readFile(epubPath))).toBe(true);
  }, 120_000);

  it('takes its time stamps from SOURCE_DATE_EPOCH when set', async () => {
    const pinned = await buildAnnual(issuesRoot, 2024, { outDir: await tempDir(), sourceDateEpoch: '1717200000' });
    expect(await entryText(await openEpub(pinned.epubPath), 'OEBPS/content.opf')).toContain('<meta property="dcterms:modified">2024-06-01T00:00:00Z</meta>');
  }, 120_000);

  it('refuses a year with no issue, in one line naming the folder and the year', async () => {
    const error = await buildAnnual(issuesRoot, 2023, { outDir: await tempDir() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).diagnostics).toMatchObject([{ ruleId: 'annual/no-issues', file: issuesRoot }]);
    expect((error as UserError).message).toMatch(/holds no issue of 2023/);
  });
});

describe('a 合订本 whose issues have images of the same name', () => {
  it('keeps each issue’s image, under a name of its own, and passes EPUBCheck', async (context) => {
    const root = await twoIssues();
    for (const [id, colour] of [['2024-02', '#204080'], ['2024-03', '#408020']] as const) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="${colour}"/></svg>`;
      await mkdir(path.join(root, id, 'images'), { recursive: true });
      await writeFile(path.join(root, id, 'images', 'chart.png'), new Resvg(svg).render().asPng());
      await appendFile(path.join(root, id, '01-xi-tuanbai.md'), '\n![示意图](images/chart.png)\n');
    }
    const { epubPath: file } = await buildAnnual(root, 2024, { outDir: await tempDir() });
    const book = await openEpub(file);
    for (const id of ['2024-02', '2024-03']) {
      expect(await entryText(book, `OEBPS/${id}-article-01.xhtml`)).toContain(`src="images/${id}-01-chart.png"`);
      const source = await readFile(path.join(root, id, 'images', 'chart.png'));
      expect((await book.file(`OEBPS/images/${id}-01-chart.png`)!.async('nodebuffer')).equals(source)).toBe(true);
    }
    if (!toolAvailable('epubcheck')) return context.skip();
    const result = runEpubcheck(file);
    expect(result, result.output).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
  }, 180_000);
});

describe('issueRangeText', () => {
  it.each([
    [[2], '第2次'],
    [[2, 3], '第2—3次'],
    [[3, 1, 2], '第1—3次'],
    [[1, 3, 4], '第1、3、4次'],
  ])('%j → %s', (numbers, text) => {
    expect(issueRangeText(numbers)).toBe(text);
  });
});
