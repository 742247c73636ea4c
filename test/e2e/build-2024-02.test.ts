// End to end: the real 2024-02 sources built by the CLI into a temp folder,
// then opened the way a reading system and a validator would.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryText, openEpub, runCli, tempDir } from '../helpers/book.js';
import { runEpubcheck, toolAvailable } from '../helpers/tools.js';

// The printed 目录 of 2024年第2次, in order.
const PRINTED_CONTENTS = [
  '习近平在二〇二四年春节团拜会上的讲话',
  '中央学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议精神',
  '省委学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议精神',
  '市委学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议精神',
  '全国教育工作会议精神',
  '全省教育工作会议精神',
];

let out: string;
let epubPath: string;
let zip: JSZip;
let opf: string;

beforeAll(async () => {
  out = await tempDir();
  const result = await runCli(['build', '2024-02', '--out', out]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  epubPath = path.join(out, '2024-02', 'llxx-2024-02.epub');
  zip = await openEpub(epubPath);
  opf = await entryText(zip, 'OEBPS/content.opf');
}, 120_000);

describe('the 2024-02 book', () => {
  it('passes W3C EPUBCheck with no fatal, error or warning', (context) => {
    if (!toolAvailable('epubcheck')) return context.skip();
    const result = runEpubcheck(epubPath);
    expect(result, result.output).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
  }, 120_000);

  it('starts with an uncompressed mimetype entry (OCF §4.3)', async () => {
    const bytes = await readFile(epubPath);
    expect(bytes.subarray(30, 38).toString('latin1')).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0); // compression method: stored
    expect(bytes.subarray(38, 58).toString('latin1')).toBe('application/epub+zip');
  });

  it('lists the six printed contents entries, in order, in the nav document and the NCX', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['li', 'navPoint', 'nav', 'ol'].includes(name) });
    const nav = parser.parse(await entryText(zip, 'OEBPS/toc.xhtml'));
    const tocNav = nav.html.body.nav.find((n: Record<string, string>) => n['@_epub:type'] === 'toc');
    const navTitles = tocNav.ol[0].li.map((li: { a: { '#text': string } }) => li.a['#text']);
    expect(navTitles).toEqual(PRINTED_CONTENTS);

    const ncx = parser.parse(await entryText(zip, 'OEBPS/toc.ncx'));
    const ncxTitles = ncx.ncx.navMap.navPoint.map((p: { navLabel: { text: string } }) => p.navLabel.text);
    expect(ncxTitles).toEqual(PRINTED_CONTENTS);
    expect(ncx.ncx.head.meta.find((m: Record<string, string>) => m['@_name'] === 'dtb:uid')['@_content']).toMatch(/^urn:uuid:/);

    const landmarks = nav.html.body.nav.find((n: Record<string, string>) => n['@_epub:type'] === 'landmarks');
    expect(landmarks.ol[0].li.map((li: { a: Record<string, string> }) => li.a['@_epub:type'])).toEqual(['cover', 'toc', 'bodymatter']);
  });

  it('has a contents page whose links reach every article in reading order', async () => {
    const contents = await entryText(zip, 'OEBPS/contents.xhtml');
    // An entry's words, without the <wbr/> between its phrases and the spans of its compressed marks.
    const links = [...contents.matchAll(/<a href="([^"]+)">(.*?)<\/a>/g)].map((m) => [m[1], m[2]!.replace(/<[^>]+>/g, '')]);
    expect(links.map((l) => l[1])).toEqual(PRINTED_CONTENTS);
    for (const [href] of links) expect(zip.file(`OEBPS/${href}`), href).not.toBeNull();
    expect(contents).not.toMatch(/·{2,}|\.{3,}/);
  });

  it('carries the metadata a library app shows', () => {
    const expectations: [string, RegExp][] = [
      ['identifier', /<dc:identifier id="bookid">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/dc:identifier>/],
      ['title', /<dc:title id="title">理论学习中心组学习资料（2024年第2次）<\/dc:title>/],
      ['title-type', /<meta refines="#title" property="title-type">main<\/meta>/],
      ['creator', /<dc:creator id="creator">中共运城开放大学总支委员会<\/dc:creator>/],
      ['publisher', /<dc:publisher>中共运城开放大学总支委员会<\/dc:publisher>/],
      ['editor', /<dc:contributor id="editor">综合办<\/dc:contributor>/],
      ['language', /<dc:language>zh-CN<\/dc:language>/],
      ['date', /<dc:date>2024-02<\/dc:date>/],
      ['modified', /<meta property="dcterms:modified">2024-02-01T00:00:00Z<\/meta>/],
      ['description', /<dc:description>[^<]*全省教育工作会议精神[^<]*<\/dc:description>/],
      ['series', /<meta property="belongs-to-collection" id="series">理论学习中心组学习资料<\/meta>/],
      ['collection-type', /<meta refines="#series" property="collection-type">series<\/meta>/],
      ['group-position', /<meta refines="#series" property="group-position">2<\/meta>/],
      ['calibre:series', /<meta name="calibre:series" content="理论学习中心组学习资料"\/>/],
      ['calibre:series_index', /<meta name="calibre:series_index" content="2"\/>/],
      ['cover meta', /<meta name="cover" content="cover-image"\/>/],
      ['cover-image item', /<item id="cover-image" href="cover\.(png|jpg)" media-type="image\/(png|jpeg)" properties="cover-image"\/>/],
      ['accessMode', /<meta property="schema:accessMode">textual<\/meta>/],
      ['accessibilityFeature', /<meta property="schema:accessibilityFeature">tableOfContents<\/meta>/],
      ['accessibilityHazard', /<meta property="schema:accessibilityHazard">none<\/meta>/],
      ['accessibilitySummary', /<meta property="schema:accessibilitySummary">[^<]+<\/meta>/],
      ['package lang', /<package [^>]*xml:lang="zh-CN"/],
      ['guide cover', /<reference type="cover"[^>]*href="cover\.xhtml"\/>/],
      ['guide toc', /<reference type="toc"[^>]*href="contents\.xhtml"\/>/],
    ];
    for (const [what, pattern] of expectations) expect(opf, what).toMatch(pattern);
  });

  it('has a page list with the first printed page of each article (toc_page), at the start of its headline', async () => {
    const nav = await entryText(zip, 'OEBPS/toc.xhtml');
    const pageList = /<nav epub:type="page-list"[^>]*>([\s\S]*?)<\/nav>/.exec(nav)![1]!;
    const entries = [...pageList.matchAll(/<a href="([^"]+)">(\d+)<\/a>/g)].map((m) => [m[2], m[1]]);
    // The printed 目录 of 2024年第2次: pages 1, 4, 8, 13, 17, 22.
    expect(entries).toEqual([
      ['1', 'article-01.xhtml#page-1'],
      ['4', 'article-02.xhtml#page-4'],
      ['8', 'article-03.xhtml#page-8'],
      ['13', 'article-04.xhtml#page-13'],
      ['17', 'article-05.xhtml#page-17'],
      ['22', 'article-06.xhtml#page-22'],
    ]);
    const article = await entryText(zip, 'OEBPS/article-03.xhtml');
    expect(article).toContain('<h1 id="title"><span epub:type="pagebreak" role="doc-pagebreak" id="page-8" aria-label="8"/>');
    expect(await entryText(zip, 'OEBPS/toc.ncx')).toContain('<meta name="dtb:totalPageCount" content="6"/>\n<meta name="dtb:maxPageNumber" content="22"/>');
  });

  it('reads cover → title page → contents → six articles → back page', () => {
    const spine = [...opf.matchAll(/<itemref idref="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(spine).toEqual(['cover', 'titlepage', 'contents', 'article-01', 'article-02', 'article-03', 'article-04', 'article-05', 'article-06', 'back']);
  });

  it('writes every XHTML file as well-formed XML with lang, xml:lang and Chinese as characters', async () => {
    const names = Object.keys(zip.files).filter((n) => n.endsWith('.xhtml') || n.endsWith('.opf') || n.endsWith('.ncx'));
    expect(names.length).toBe(13);
    for (const name of names) {
      const text = await entryText(zip, name);
      expect(XMLValidator.validate(text), name).toBe(true);
      expect(text, name).not.toMatch(/&#x?[0-9a-f]+;/i);
      if (name.endsWith('.xhtml')) expect(text, name).toMatch(/<html [^>]*lang="zh-CN" xml:lang="zh-CN"/);
    }
  });

  it('has a title page and a back page with the motto', async () => {
    // The page's text, read as a reader reads it: the spans and <wbr/> that keep phrases whole are no text.
    const titlePage = (await entryText(zip, 'OEBPS/titlepage.xhtml')).split('<body')[1]!;
    const title = titlePage.replace(/<[^>]+>/g, '');
    for (const line of ['中共运城开放大学总支委员会', '理论学习中心组学习资料', '第2次', '综合办', '2024年2月']) expect(title).toContain(line);
    const back = (await entryText(zip, 'OEBPS/back.xhtml')).split('<body')[1]!.replace(/<[^>]+>/g, '');
    // Two phrases apart by an ideographic space (U+3000), not an ASCII one.
    expect(back).toContain('敬学广惠\u3000有教无类');
    expect(back).toContain('学习资料电子版');
  });

  it('is byte-identical when built again, even in another time zone', async () => {
    const again = await tempDir();
    const result = await runCli(['build', '2024-02', '--out', again], { env: { TZ: 'Pacific/Kiritimati' } });
    expect(result.code).toBe(0);
    const first = await readFile(epubPath);
    const second = await readFile(path.join(again, '2024-02', 'llxx-2024-02.epub'));
    expect(second.equals(first)).toBe(true);
  }, 120_000);

  it('takes its time stamps from SOURCE_DATE_EPOCH when it is set', async () => {
    const dir = await tempDir();
    const result = await runCli(['build', '2024-02', '--out', dir], { env: { SOURCE_DATE_EPOCH: '1709251200' } });
    expect(result.code).toBe(0);
    const book = await openEpub(path.join(dir, '2024-02', 'llxx-2024-02.epub'));
    expect(await entryText(book, 'OEBPS/content.opf')).toContain('<meta property="dcterms:modified">2024-03-01T00:00:00Z</meta>');
    expect(book.file('mimetype')!.date.toISOString()).toBe('2024-03-01T00:00:00.000Z');
  }, 120_000);

  it('SOURCE_DATE_EPOCH=0: dcterms:modified is 1970, the ZIP times the first a ZIP can hold (1980), not a wrapped 2098', async () => {
    const dir = await tempDir();
    const result = await runCli(['build', '2024-02', '--out', dir], { env: { SOURCE_DATE_EPOCH: '0' } });
    expect(result.code, result.stderr).toBe(0);
    const book = await openEpub(path.join(dir, '2024-02', 'llxx-2024-02.epub'));
    expect(await entryText(book, 'OEBPS/content.opf')).toContain('<meta property="dcterms:modified">1970-01-01T00:00:00Z</meta>');
    expect(Object.values(book.files).every((entry) => entry.date.getUTCFullYear() === 1980)).toBe(true);
  }, 120_000);

  it('refuses a SOURCE_DATE_EPOCH past what ZIP can hold, in one line saying what to use', async () => {
    const result = await runCli(['build', '2024-02', '--out', await tempDir()], { env: { SOURCE_DATE_EPOCH: '99999999999999999' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('SOURCE_DATE_EPOCH  error  build/source-date-epoch  SOURCE_DATE_EPOCH 99999999999999999 is after 2107, where ZIP time stamps end — use the time of the last commit: git log -1 --format=%ct\n');
  });
});
