// Not one sentence lost or altered: the text of the built book equals the raw
// printed text with exactly the known repairs applied, and nothing else.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, expect, it } from 'vitest';
import { entryText, openEpub, RAW_2024_02, runCli, tempDir } from '../helpers/book.js';

// Paragraphs the printed edition broke at a page end: [end of the first part, start of the next].
const PAGE_BREAK_SPLITS: [string, string][] = [
  ['改革开放不断深化，新一', '轮党和国家机构改革'],
  ['坚持稳中求进工作总基调，贯', '彻稳中求进、以进促稳'],
  ['工作。要大兴', '务实之风、清廉之风'],
  ['中央巡回指导组和省', '级巡回督导组组长'],
  ['坚持系统谋划、', '高位推动，坚持以上率下'],
  ['坚定“四个自信”、做到“两', '个维护”，确保山西'],
  ['推动经济社会实现高质', '量发展。'],
  ['强化理论武装，坚持问', '题导向、勇于自我革命'],
  ['发展上下功夫。牢牢把握推', '进中国式现代化这个最大的政治'],
  ['做好为基层减负', '工作，大兴务实之风'],
  ['全力推进教育强国建设规', '划纲要编制工作'],
  ['要准确把握教育与中国的关系，', '在中国式现代化的进程中找准定位'],
  ['行业产教融合共同体建设尽快取得突', '破，以人的成长为中心'],
  ['在作风上强化抓落实的保障，深刻领悟', '习近平总书记关于党的自我革命'],
  ['心往一处想、劲往一', '处使，着力构建起'],
];

// Character-level repairs: stray spaces from the extraction, the one editorial correction, and the dateline's gap.
const TEXT_REPAIRS: [string, string][] = [
  ['思想主题 教育', '思想主题教育'],
  ['思想 主题教育', '思想主题教育'],
  ['2024 年', '2024年'],
  ['1 月 11 日', '1月11日'],
  ['过去的 2023 年', '过去的2023年'],
  ['锚定 2035 年', '锚定2035年'],
  // As the Ministry of Education published the phrase.
  ['做党中央决策部署的-executioner、', '做党中央决策部署的执行者、'],
  // Typesetting, not repair: the dateline's and the bylines' gaps are the ideographic space, as printed books set them;
  // a byline starts with a zero-width space and each of its gaps is followed by one: places to break for MuPDF (render/article.ts).
  ['新华社北京2月4日电 学习', '新华社北京2月4日电\u3000学习'],
  ['唐登杰 韩长赋讲话 金湘军主持 孙立成 张春林 吴存荣出席', '\u200b唐登杰\u3000\u200b韩长赋讲话\u3000\u200b金湘军主持\u3000\u200b孙立成\u3000\u200b张春林\u3000\u200b吴存荣出席'],
  ['丁小强作总结讲话 杨临生到会指导 储祥好主持', '\u200b丁小强作总结讲话\u3000\u200b杨临生到会指导\u3000\u200b储祥好主持'],
];

/** The article part of the raw text (after the printed 目录, before the closing lines), repaired. */
function expectedParagraphs(raw: string): string[] {
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  const start = lines.findIndex((l) => l.startsWith('习近平：在二〇二四年'));
  const end = lines.indexOf('(学习资料电子版)');
  let paragraphs = lines.slice(start, end);
  for (const [tail, head] of PAGE_BREAK_SPLITS) {
    const at = paragraphs.findIndex((p, i) => p.endsWith(tail) && paragraphs[i + 1]?.startsWith(head));
    expect(at, `split ${tail} / ${head}`).toBeGreaterThanOrEqual(0);
    paragraphs.splice(at, 2, paragraphs[at]! + paragraphs[at + 1]!);
  }
  paragraphs = paragraphs.map((p) => TEXT_REPAIRS.reduce((text, [from, to]) => text.split(from).join(to), p));
  return paragraphs;
}

let bookParagraphs: string[];

beforeAll(async () => {
  const out = await tempDir();
  const result = await runCli(['build', '2024-02', '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  const zip = await openEpub(path.join(out, '2024-02', 'llxx-2024-02.epub'));
  bookParagraphs = [];
  for (let n = 1; n <= 6; n++) {
    const $ = cheerio.load(await entryText(zip, `OEBPS/article-0${n}.xhtml`), { xml: true });
    // Typesetting, not text: MuPDF's places to break beside a quotation mark, a zero-width space each,
    // in a span that the stylesheet hides from every other engine (render/typeset-text.ts). Nothing else in them.
    const places = $('span.quote-break');
    expect(places.toArray().map((span) => $(span).text()).filter((text) => text !== '\u200b')).toEqual([]);
    places.remove();
    $('section.article').children('h1, p').each((_, element) => {
      bookParagraphs.push($(element).text());
    });
  }
}, 120_000);

it('keeps every paragraph of the printed text, repaired and in order', async () => {
  const expected = expectedParagraphs(await readFile(RAW_2024_02, 'utf8'));
  expect(bookParagraphs.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(bookParagraphs[i], `paragraph ${i + 1}`).toBe(expected[i]);
});

it('leaves no extraction artefact in the book', () => {
  const text = bookParagraphs.join('\n');
  expect(text).not.toMatch(/executioner/);
  expect(text).not.toMatch(/\d [年月日]|[\u4e00-\u9fff] \d/);
  expect(text).not.toMatch(/·····/);
});
