// `qikan import FILE.pdf` on a PDF printed by Chromium from
// fixtures/pdf/2024-05.html: the sources must equal fixtures/pdf/2024-05-expected/
// byte for byte, check clean, and build a book whose page list lands where
// each printed page begins — as poppler's pdftotext (another engine) reads
// the PDF's own pages.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue as buildBook } from '../../../src/build.js';
import { checkIssue } from '../../../src/check/check-issue.js';
import { UserError } from '../../../src/diagnostic.js';
import { runImport } from '../../../src/import/command.js';
import { loadIssue } from '../../../src/issue/load.js';
import { entryText, openEpub, runCli } from '../../helpers/book.js';
import { runEpubcheck, toolAvailable } from '../../helpers/tools.js';
import { closeBrowser, FIXTURES, printFixture, printPdf } from './print-pdf.js';

const SERIES = path.resolve(import.meta.dirname, '../../../issues/series.yaml');
const EXPECTED = path.join(FIXTURES, '2024-05-expected');
const haveChromium = toolAvailable('chromium');

let work: string;
let pdf: string;
let cleanup: () => Promise<void> = async () => {};

async function freshInto(): Promise<string> {
  const into = await mkdtemp(path.join(work, 'issues-'));
  await cp(SERIES, path.join(into, 'series.yaml'));
  return into;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'qikan-pdf-import-'));
  if (!haveChromium) return;
  ({ pdf, cleanup } = await printFixture('2024-05'));
}, 60_000);

afterAll(async () => {
  await closeBrowser();
  await cleanup();
  await rm(work, { recursive: true, force: true });
});

describe.skipIf(!haveChromium)('import of a printed PDF', () => {
  let result: Awaited<ReturnType<typeof runImport>>;
  let into: string;
  beforeAll(async () => {
    into = await freshInto();
    result = await runImport({ input: pdf, into, force: false });
  }, 60_000);

  it('writes exactly the expected sources: headlines, byline, sub-heading, paragraphs joined across pages, page markers', async () => {
    const names = (await readdir(EXPECTED)).sort();
    expect((await readdir(result.issueDir)).sort()).toEqual(names);
    for (const name of names) {
      expect(await readFile(path.join(result.issueDir, name), 'utf8'), name).toBe(await readFile(path.join(EXPECTED, name), 'utf8'));
    }
    // The series file agreed with the title page and was left alone.
    expect(await readFile(path.join(into, 'series.yaml'), 'utf8')).toBe(await readFile(SERIES, 'utf8'));
  });

  it('says what it placed, with nothing to warn about', () => {
    expect(result.pages).toEqual({ breaks: 2, markers: 2, tocPages: 3, articles: 3 });
    expect(result.notes).toEqual([]);
  });

  it('gives sources that check clean', async () => {
    expect(checkIssue(await loadIssue(result.issueDir))).toEqual([]);
  });

  it('builds a book with one page-list entry per printed body page, each where that page begins (pdftotext)', async (context) => {
    if (!toolAvailable('pdftotext')) return context.skip();
    const { epubPath } = await buildBook(result.issueDir, { outDir: path.join(work, 'dist') });
    const zip = await openEpub(epubPath);
    const nav = await entryText(zip, 'OEBPS/toc.xhtml');
    const entries = [...nav.matchAll(/<li><a href="(article-\d+\.xhtml)#page-(\d+)">(\d+)<\/a><\/li>/g)].map((m) => ({ file: m[1]!, page: Number(m[2]) }));
    // Body pages are the file's pages 4 to 7, printed 1 to 4.
    expect(entries.map((e) => e.page)).toEqual([1, 2, 3, 4]);
    for (const { file, page } of entries) {
      const printed = execFileSync('pdftotext', ['-f', String(page + 3), '-l', String(page + 3), pdf, '-'], { encoding: 'utf8' });
      // Without the running header (its first line) and the folio; the first characters of the page's text.
      const firstText = printed.split('\n').slice(1).join('').replace(/\s+/g, '').slice(0, 6);
      const xhtml = await entryText(zip, `OEBPS/${file}`);
      const after = xhtml.slice(xhtml.indexOf(`id="page-${page}"`)).replace(/^[^>]*>/, '').replace(/<[^>]+>/g, '').replace(/\s+/g, '');
      expect(after.slice(0, 6), `page ${page}`).toBe(firstText);
    }
    if (toolAvailable('epubcheck')) {
      const check = runEpubcheck(epubPath);
      expect(check, check.output).toMatchObject({ fatals: 0, errors: 0, warnings: 0 });
    }
  }, 120_000);

  it('prints, through the command line, what it did and the check report — no warning of pdf.js about drawing', async () => {
    const into = await freshInto();
    const imported = await runCli(['import', pdf, '--into', into]);
    expect(imported.code, imported.stderr).toBe(0);
    // pdf.js, loaded without the canvas it draws with, printed "Warning: Cannot polyfill `DOMMatrix`…" three times.
    expect(imported.stderr).toBe('');
    expect(imported.stdout).not.toMatch(/Warning|polyfill/);
    expect(imported.stdout).toMatch(/^imported 3 articles into /m);
  }, 60_000);

  it('never overwrites an issue without --force', async () => {
    await expect(runImport({ input: pdf, into, force: false })).rejects.toThrow(/already exists — pass --force/);
  });
});

describe.skipIf(!haveChromium)('what a PDF import reports', () => {
  it('warns, naming both, when the 目录 gives another page than the folio under the headline', async () => {
    const html = (await readFile(path.join(FIXTURES, '2024-05.html'), 'utf8')).replace('<span class="num">2</span>', '<span class="num">3</span>');
    const file = await printPdf(html, path.join(work, 'mismatch.pdf'));
    const result = await runImport({ input: file, into: await freshInto(), force: false });
    expect(result.notes.map((n) => [n.severity, n.ruleId, n.message])).toEqual([
      [
        'warning',
        'import/contents-page-mismatch',
        'contents entry 2 "全省教育系统工作会议精神" gives page 3, but its headline is on printed page 2 (by the page\'s folio) — toc_page: 2 written; check the 目录',
      ],
    ]);
  }, 60_000);

  it('counts a numbered 目录 page as front matter: the whole file numbered from the 目录 on', async () => {
    // The 目录 page prints — 1 —, so the body pages are 2 to 5, and the 目录 says so.
    let html = (await readFile(path.join(FIXTURES, '2024-05.html'), 'utf8'))
      .replace('<span class="num">3</span>', '<span class="num">4</span>')
      .replace('<span class="num">2</span>', '<span class="num">3</span>')
      .replace('<span class="num">1</span>', '<span class="num">2</span>');
    for (const n of [4, 3, 2, 1]) html = html.replace(`<div class="folio">— ${n} —</div>`, `<div class="folio">— ${n + 1} —</div>`);
    html = html.replace('  </div>\n</div>\n\n<div class="page">\n  <div class="header">', '  </div>\n  <div class="folio">— 1 —</div>\n</div>\n\n<div class="page">\n  <div class="header">');
    const file = await printPdf(html, path.join(work, 'numbered-contents.pdf'));
    const result = await runImport({ input: file, into: await freshInto(), force: false });
    expect(result.notes).toEqual([]);
    const shifted: Record<string, [string, string][]> = {
      '01-jian-chi-bu-xie.md': [['toc_page: 1', 'toc_page: 2'], ['<!-- page 2 -->', '<!-- page 3 -->']],
      '02-quan-sheng-jiao-yu.md': [['toc_page: 2', 'toc_page: 3']],
      '03-guan-yu-jin-yi.md': [['toc_page: 3', 'toc_page: 4'], ['<!-- page 4 -->', '<!-- page 5 -->']],
    };
    for (const [name, replacements] of Object.entries(shifted)) {
      let expected = await readFile(path.join(EXPECTED, name), 'utf8');
      for (const [from, to] of replacements) expected = expected.replace(from, to);
      expect(await readFile(path.join(result.issueDir, name), 'utf8'), name).toBe(expected);
    }
  }, 60_000);

  // Many compilations print the folio in the running header's line, at its
  // outer end: on the left of even pages, on the right of odd ones.
  // A header that begins with a number of its own (2024) had given folio 2024 on the odd pages.
  it.each(['理论学习中心组学习资料', '2024 理论学习中心组学习资料'])('reads a folio printed in the running header’s line, at either end, and leaves the header out of the text: %s', async (header) => {
    let html = await readFile(path.join(FIXTURES, '2024-05.html'), 'utf8');
    for (const n of [1, 2, 3, 4]) {
      const side = n % 2 === 0 ? 'left' : 'right';
      html = html.replace(`  <div class="folio">— ${n} —</div>\n`, '').replace('<div class="header">理论学习中心组学习资料</div>', `<div class="header" data-n="${n}">${header}<span style="position: absolute; ${side}: 0;">${n}</span></div>`);
    }
    const result = await importPrinted(html, 'folio-in-header');
    expect(result.notes).toEqual([]);
    expect(result.pages).toEqual({ breaks: 2, markers: 2, tocPages: 3, articles: 3 });
    await expectExpectedSources(result);
  }, 60_000);

  // Pages without a running head, two of them beginning with the same
  // sub-heading at the same place: that line repeats at the top of pages as
  // a running head does, and both had been left out as one, without a word.
  it('keeps a sub-heading that begins two pages at the same place: a running head stands apart from the text, or in smaller type', async () => {
    const html = (await readFile(path.join(FIXTURES, '2024-05.html'), 'utf8'))
      .replaceAll('  <div class="header">理论学习中心组学习资料</div>\n', '')
      .replace('    <h1>关于进一步加强', '    <h2>二、主要任务</h2>\n    <h1>关于进一步加强')
      .replace('    <p>学习方式要注重实效。', '    <h2>二、主要任务</h2>\n    <p>学习方式要注重实效。');
    const result = await importPrinted(html, 'same-top-line');
    expect(result.notes).toEqual([]);
    const read = async (name: string) => readFile(path.join(result.issueDir, name), 'utf8');
    expect(await read('02-quan-sheng-jiao-yu.md')).toBe(`${(await readFile(path.join(EXPECTED, '02-quan-sheng-jiao-yu.md'), 'utf8')).trimEnd()}\n\n<!-- page 3 -->\n\n## 二、主要任务\n`);
    expect(await read('03-guan-yu-jin-yi.md')).toBe((await readFile(path.join(EXPECTED, '03-guan-yu-jin-yi.md'), 'utf8')).replace('<!-- page 4 -->\n\n', '<!-- page 4 -->\n\n## 二、主要任务\n\n'));
  }, 60_000);

  // A running head set a little larger than the text (12 pt over 10.5) is one still; a body page set
  // higher than the others, its first line at the head's height, does not make the heads text.
  it('leaves out a running head set larger than the text, and one over pages of which one begins its text at the head’s height', async () => {
    const fixture = await readFile(path.join(FIXTURES, '2024-05.html'), 'utf8');
    const larger = fixture.replace('font-size: 8pt; border-bottom', 'font-size: 12pt; border-bottom');
    expect(larger).not.toBe(fixture);
    await expectExpectedSources(await importPrinted(larger, 'larger-head'));
    const high = fixture.replace('  <div class="header">理论学习中心组学习资料</div>\n  <div class="text">\n    <p>学习方式', '  <div class="text" style="top: 8mm;">\n    <p>学习方式');
    expect(high).not.toBe(fixture);
    await expectExpectedSources(await importPrinted(high, 'high-page'));
  }, 60_000);

  // An article's opening page and the body's last page set without a folio:
  // the first had been taken for front matter and the last for the back page,
  // each printed line a paragraph of its own, and the first page's running head text.
  it('reads an opening page after the 目录 and a last page with the running head, both without a folio, as body pages', async () => {
    const html = (await readFile(path.join(FIXTURES, '2024-05.html'), 'utf8')).replace('  <div class="folio">— 1 —</div>\n', '').replace('  <div class="folio">— 4 —</div>\n', '');
    const result = await importPrinted(html, 'pages-without-folio');
    expect(result.notes).toEqual([]);
    expect(result.pages).toEqual({ breaks: 2, markers: 2, tocPages: 3, articles: 3 });
    await expectExpectedSources(result);
    // A 目录 of two pages, its second without the heading, is not taken for an opening page.
    const twoPageContents = html.replace(
      '    <div class="entry first">3. 关于',
      '  </div>\n</div>\n\n<div class="page">\n  <div class="contents">\n    <div class="entry first">3. 关于',
    );
    expect(twoPageContents.split('<div class="page">')).toHaveLength(html.split('<div class="page">').length + 1);
    await expectExpectedSources(await importPrinted(twoPageContents, 'two-page-contents'));
  }, 60_000);

  // A shadow draws the text a second time a hair to the side (as a bold
  // faked for a font without one does): it had been read twice, the copy
  // after the run it overlaps (…发挥示范稳中求进带动…).
  it('reads text drawn twice at nearly the same place once: a heading and words with a shadow', async () => {
    const html = (await readFile(path.join(FIXTURES, '2024-05.html'), 'utf8'))
      .replace('<h2>一、总体要求</h2>', '<h2 style="text-shadow: 0.3pt 0 0 #000;">一、总体要求</h2>')
      .replace('<p>坚持稳中求进、以进促稳', '<p>坚持<span style="text-shadow: 0.3pt 0.3pt 0 #000;">稳中求进</span>、以进促稳');
    const result = await importPrinted(html, 'shadow');
    expect(result.notes).toEqual([]);
    await expectExpectedSources(result);
  }, 60_000);

  // Alternating running heads: each article's title over its pages, printed
  // once where an article has one such page — each had stayed in the text.
  it('leaves out running heads printed once, where the repeated ones stand', async () => {
    let html = await readFile(path.join(FIXTURES, '2024-05.html'), 'utf8');
    for (const [n, head] of [[2, '全省教育系统工作会议'], [3, '实施意见']] as const) {
      html = html.replace(`<div class="header">理论学习中心组学习资料</div>\n  <div class="text">\n    ${n === 2 ? '<p class="cont">' : '<h1>关于'}`, `<div class="header">${head}</div>\n  <div class="text">\n    ${n === 2 ? '<p class="cont">' : '<h1>关于'}`);
    }
    expect(html).toContain('<div class="header">全省教育系统工作会议</div>');
    expect(html).toContain('<div class="header">实施意见</div>');
    const result = await importPrinted(html, 'heads-once');
    expect(result.notes).toEqual([]);
    await expectExpectedSources(result);
  }, 60_000);

  // Only circled numbers are paired with marks; a note marked [1] at the foot
  // of a page is not, but it must not split the paragraph the page break cut.
  it('keeps a foot note marked [1] out of the paragraph it interrupts, after it, and says so', async () => {
    const html = (await readFile(path.join(FIXTURES, '2024-05.html'), 'utf8')).replace(
      '  <div class="folio">— 1 —</div>',
      '  <div style="position: absolute; bottom: 16mm; left: 16mm; right: 16mm; font-size: 8pt;">[1] 见《人民日报》2024年5月7日第1版。</div>\n  <div class="folio">— 1 —</div>',
    );
    const result = await importPrinted(html, 'bracket-note');
    expect(result.notes.map((n) => [n.severity, n.ruleId, n.message])).toEqual([
      [
        'warning',
        'import/pdf-foot-text',
        'the small type at the foot of page 1, "[1] 见《人民日报》2024年5月7日…", reads as a note not marked with a circled number: it is kept after the paragraph it interrupted — make it a note ([^1] at its mark, [^1]: … after the article) or move it where it belongs',
      ],
    ]);
    const expected = (await readFile(path.join(EXPECTED, '01-jian-chi-bu-xie.md'), 'utf8')).replace(
      '当。会议还对近期安全稳定、意识形态等工作作了安排。\n',
      '当。会议还对近期安全稳定、意识形态等工作作了安排。\n\n\\[1\\] 见《人民日报》2024年5月7日第1版。\n',
    );
    expect(await readFile(path.join(result.issueDir, '01-jian-chi-bu-xie.md'), 'utf8')).toBe(expected);
  }, 60_000);

  // A note cut by the end of its page goes on at the foot of the next, which
  // has no note of its own: that rest had stayed text, the page's last paragraph.
  it('joins the rest of a note marked [1] at the foot of the next page to it, and says so', async () => {
    const html = (await readFile(path.join(FIXTURES, '2024-05.html'), 'utf8'))
      .replace('  <div class="folio">— 3 —</div>', `  ${FOOT('[1] 见《人民日报》评论员文章，人民出')}\n  <div class="folio">— 3 —</div>`)
      .replace('  <div class="folio">— 4 —</div>', `  ${FOOT('版社2024年版。')}\n  <div class="folio">— 4 —</div>`);
    const result = await importPrinted(html, 'note-over-pages');
    expect(result.notes.map((n) => n.ruleId)).toEqual(['import/pdf-foot-text', 'import/note-over-pages']);
    const expected = (await readFile(path.join(EXPECTED, '03-guan-yu-jin-yi.md'), 'utf8')).replace('\n\n<!-- page 4 -->', '\n\n\\[1\\] 见《人民日报》评论员文章，人民出版社2024年版。\n\n<!-- page 4 -->');
    expect(await readFile(path.join(result.issueDir, '03-guan-yu-jin-yi.md'), 'utf8')).toBe(expected);
  }, 60_000);

  // A table's header row is bold and spread over the measure: it had become a sub-heading (##).
  it('reads a table row by row as text, never a bold header row as a heading, and says the page holds a table', async () => {
    const table =
      '<table style="width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 10.5pt; line-height: 1.8;">' +
      '<tr><th>序号</th><th>学习内容</th><th>责任单位</th></tr>' +
      '<tr><td>1</td><td>党的创新理论</td><td>综合办</td></tr>' +
      '<tr><td>2</td><td>经济科技知识</td><td>教务处</td></tr></table>';
    const html = (await readFile(path.join(FIXTURES, '2024-05.html'), 'utf8')).replace(
      '    <p>各单位要加强组织领导，把中心组学习纳入年度工作要点，确保各项要求落到实处。</p>\n',
      `    <p>各单位要加强组织领导，把中心组学习纳入年度工作要点，确保各项要求落到实处。</p>\n    ${table}\n`,
    );
    const result = await importPrinted(html, 'table');
    expect(result.notes.map((n) => [n.severity, n.ruleId, n.message])).toEqual([
      ['warning', 'import/pdf-table', 'page 4 holds what reads as a table (3 rows of 3 or more columns): its rows were read as text, one after another — make it a Markdown table (| … | … |) by hand'],
    ]);
    const text = await readFile(path.join(result.issueDir, '03-guan-yu-jin-yi.md'), 'utf8');
    expect(text).not.toMatch(/^#/m);
    const expected = await readFile(path.join(EXPECTED, '03-guan-yu-jin-yi.md'), 'utf8');
    expect(text.startsWith(expected.trimEnd())).toBe(true);
    for (const cell of ['序号', '学习内容', '责任单位', '党的创新理论', '综合办', '经济科技知识', '教务处']) expect(text).toContain(cell);
  }, 60_000);

  it('marks a numbered page without text (a picture page) where the text goes on', async () => {
    const html = (await readFile(path.join(FIXTURES, '2024-05.html'), 'utf8'))
      .replace('<div class="folio">— 4 —</div>', '<div class="folio">— 5 —</div>')
      .replace(
        '  <div class="folio">— 3 —</div>\n</div>\n',
        '  <div class="folio">— 3 —</div>\n</div>\n\n<div class="page">\n  <div class="header">理论学习中心组学习资料</div>\n  <svg class="text" viewBox="0 0 116 170"><rect x="10" y="20" width="96" height="120" fill="#c33"/></svg>\n  <div class="folio">— 4 —</div>\n</div>\n',
      );
    const file = await printPdf(html, path.join(work, 'picture-page.pdf'));
    const result = await runImport({ input: file, into: await freshInto(), force: false });
    expect(result.notes).toEqual([]);
    const expected = (await readFile(path.join(EXPECTED, '03-guan-yu-jin-yi.md'), 'utf8')).replace('<!-- page 4 -->', '<!-- page 4 -->\n\n<!-- page 5 -->');
    expect(await readFile(path.join(result.issueDir, '03-guan-yu-jin-yi.md'), 'utf8')).toBe(expected);
    expect(checkIssue(await loadIssue(result.issueDir))).toEqual([]);
  }, 60_000);

  it('reads a page set in two columns column by column, and says so', async () => {
    const { pdf: twoColumns, cleanup: done } = await printFixture('two-columns');
    try {
      const result = await runImport({ input: twoColumns, into: await freshInto(), force: false });
      await expectReadByColumns(result);
    } finally {
      await done();
    }
  }, 60_000);

  // The page's first paragraphs run across the gutter, the rest is in two
  // columns: a quarter of the page's lines or more cross the gutter, which had
  // made the page read line by line across both columns, without a warning.
  it('reads the columns below paragraphs set across both of them column by column too', async () => {
    const result = await importColumnsVariant('columns-below', ['<p>新华社北京5月6日电', '<p style="column-span: all;">新华社北京5月6日电'], ['<p>会议指出，', '<p style="column-span: all;">会议指出，']);
    await expectReadByColumns(result);
  }, 60_000);

  // A gutter of 1 em is narrower than the gap that splits a line into pieces:
  // each row of the two columns had been read as one line, the page across.
  it('reads two columns with a gutter of one em column by column', async () => {
    await expectReadByColumns(await importColumnsVariant('narrow-gutter', ['column-gap: 8mm', 'column-gap: 1em']));
  }, 60_000);

  // A sub-heading's space below moves the left column's later lines off the
  // right column's baselines: no line had text on both sides of the gutter,
  // and the page had been read line by line, the columns interleaved.
  it('reads two columns whose lines do not share baselines column by column', async () => {
    const result = await importColumnsVariant('offset-columns', [
      '    <p>会议指出，',
      '    <h2 style="margin: 0 0 1.5mm 0; font-size: 12pt; text-align: center;">一、总体要求</h2>\n    <p>会议指出，',
    ]);
    await expectReadByColumns(result, [COLUMN_PARAGRAPHS[0]!, '## 一、总体要求', ...COLUMN_PARAGRAPHS.slice(1)]);
  }, 60_000);

  // The page's own small type and folio below the columns had gone into the
  // left column: the folio in the corner and the foot note into the middle of
  // the paragraph that runs on into the right column, which was cut there.
  it('keeps a folio in the corner and a foot note below the columns out of them', async () => {
    const result = await importColumnsVariant('corner-folio', [
      '  <div class="folio">— 1 —</div>',
      '  <div style="position: absolute; bottom: 16mm; left: 16mm; right: 16mm; font-size: 8pt;">[1] 见《人民日报》2024年5月7日第1版。</div>\n  <div class="folio" style="left: auto; right: 16mm;">1</div>',
    ]);
    expect(result.notes.map((n) => n.ruleId)).toEqual(['import/pdf-two-columns', 'import/pdf-foot-text']);
    expect(result.pages).toMatchObject({ tocPages: 1 });
    const text = await readFile(path.join(result.issueDir, '01-jian-chi-bu-xie.md'), 'utf8');
    expect(text.split('---\n')[2]!.trim().split('\n\n')).toEqual([...COLUMN_PARAGRAPHS, '\\[1\\] 见《人民日报》2024年5月7日第1版。']);
  }, 60_000);

  it('refuses a PDF without text (a scan) in one clear line, and writes nothing', async () => {
    const html = `<!DOCTYPE html><html><head><style>@page { size: 148mm 210mm; margin: 0 } body { margin: 0 }</style></head><body>
<svg width="148mm" height="210mm" viewBox="0 0 148 210"><rect x="16" y="20" width="116" height="4" fill="#333"/><rect x="16" y="30" width="100" height="4" fill="#333"/></svg></body></html>`;
    const file = await printPdf(html, path.join(work, 'scan.pdf'));
    const into = await freshInto();
    const error = await runImport({ input: file, into, force: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).diagnostics.map((d) => d.ruleId)).toEqual(['import/pdf-no-text']);
    expect((error as UserError).message).toMatch(/has no text layer, only images of pages \(a scan\?\) — qikan reads the text of a PDF and does no OCR/);
    expect(await readdir(into)).toEqual(['series.yaml']);
  }, 60_000);

  it('refuses a file that is not a PDF', async () => {
    const file = path.join(work, 'not.pdf');
    await writeFile(file, 'Hello, not a PDF');
    const error = await runImport({ input: file, into: await freshInto(), force: false }).catch((e: unknown) => e);
    expect((error as UserError).diagnostics.map((d) => d.ruleId)).toEqual(['import/unreadable-pdf']);
  });
});

/** The import of two-columns.html (or a variant of it): the warning, and its paragraphs whole — the one that runs from one column into the next too. */
async function expectReadByColumns(result: Awaited<ReturnType<typeof runImport>>, paragraphs = COLUMN_PARAGRAPHS): Promise<void> {
  expect(result.notes.map((n) => [n.severity, n.ruleId, n.message])).toEqual([
    ['warning', 'import/pdf-two-columns', 'page 4 of the PDF is set in 2 columns — its text was read column by column, left to right; check that its paragraphs follow on correctly'],
  ]);
  const text = await readFile(path.join(result.issueDir, '01-jian-chi-bu-xie.md'), 'utf8');
  expect(text.split('---\n')[2]!.trim().split('\n\n')).toEqual(paragraphs);
}

/** Small type at the foot of a fixture's page, above its folio. */
const FOOT = (text: string) => `<div style="position: absolute; bottom: 16mm; left: 16mm; right: 16mm; font-size: 8pt;">${text}</div>`;

/** The paragraphs of two-columns.html. */
const COLUMN_PARAGRAPHS = [
  '新华社北京5月6日电 理论学习中心组6日召开专题学习会，深入学习党的创新理论，交流学习体会，研究部署下一阶段学习任务，确保学习取得实效。',
  '会议指出，党的创新理论是行动的指南。要坚持学思用贯通、知信行统一，把学习成效转化为推动工作的实际行动，切实做到学有所得、学有所用，不断提高政治判断力、政治领悟力、政治执行力。',
  '会议强调，理论学习中心组要发挥示范带动作用，坚持集体学习与个人自学相结合，坚持专题研讨与调查研究相结合，推动理论学习走深走实。全年安排12次集中学习，每次确定1个主题，每次学习都要有研讨、有记录、有成果，切实防止学习流于形式。',
  '会议要求，各党支部要结合实际，认真抓好学习贯彻落实，组织党员干部原原本本学、联系实际学，把学习的收获转化为干事创业的强大动力，在推动学校高质量发展中勇于担当作为。',
];

/** Prints `html` (a fixture changed by a test) as `fileName`, named as the fixture is (the sources say which file they were imported from), and imports it. */
async function importPrinted(html: string, label: string, fileName = '2024-05.pdf'): Promise<Awaited<ReturnType<typeof runImport>>> {
  const file = await printPdf(html, path.join(await mkdtemp(path.join(work, `${label}-`)), fileName));
  return runImport({ input: file, into: await freshInto(), force: false });
}

/** two-columns.html with each [text, replacement] made, printed as two-columns.pdf and imported. */
async function importColumnsVariant(label: string, ...replacements: [string, string][]): Promise<Awaited<ReturnType<typeof runImport>>> {
  let html = await readFile(path.join(FIXTURES, 'two-columns.html'), 'utf8');
  for (const [text, replacement] of replacements) {
    expect(html, `two-columns.html holds ${text}`).toContain(text);
    html = html.replace(text, replacement);
  }
  return importPrinted(html, label, 'two-columns.pdf');
}

/** The imported sources are those of 2024-05-expected/, file for file. */
async function expectExpectedSources(result: Awaited<ReturnType<typeof runImport>>): Promise<void> {
  for (const name of (await readdir(EXPECTED)).sort()) {
    expect(await readFile(path.join(result.issueDir, name), 'utf8'), name).toBe(await readFile(path.join(EXPECTED, name), 'utf8'));
  }
}
