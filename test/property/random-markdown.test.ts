// Property: random Markdown built from Chinese text, punctuation, emphasis,
// lists, tables, headings, XML-special characters, astral characters and
// stray whitespace always gives a book whose every XHTML is well-formed and
// whose text equals the source text (whitespace aside). Seeded: a failure
// prints its seed and path and replays exactly.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio/slim';
import { XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { composeBook } from '../../src/epub/compose-book.js';
import { packageEpub, packageFiles, xmlFiles } from '../../src/epub/package.js';
import { xmlProblems } from '../../src/epub/verify-xml.js';
import type { Article, Issue } from '../../src/issue/model.js';
import { renderArticle } from '../../src/render/article.js';
import { tempDir } from '../helpers/book.js';
import { EPUBCHECK_JAR, toolAvailable } from '../helpers/tools.js';

const SEED = 20240208;

// Text that needs no Markdown escaping: it never starts a block construct and
// holds no emphasis, code, link or table delimiters.
const cjk = fc.constantFrom(...'学习贯彻党的二十大精神推动高质量发展教育强国建设中国式现代化'.split(''));
const astral = fc.constantFrom('𠀀', '𠮷', '𡈽', '𪚥');
const punctuation = fc.constantFrom('，', '。', '、', '；', '：', '？', '！', '“', '”', '《', '》', '（', '）', '……', '——');
const xmlSpecial = fc.constantFrom('&', '<', '>', '"', "'", ' & ', 'a<b', 'x>y');
const latin = fc.constantFrom('GDP', 'IPv6', '5G', '2024', 'abc');
const piece = fc.oneof({ weight: 8, arbitrary: cjk }, { weight: 1, arbitrary: astral }, { weight: 2, arbitrary: punctuation }, { weight: 1, arbitrary: xmlSpecial }, { weight: 1, arbitrary: latin });
const words = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
/** Text that starts and ends with a Chinese character, so it is never mistaken for syntax. */
const phrase = fc.tuple(cjk, words, cjk).map(([a, b, c]) => `${a}${b}${c}`);

// Plain text between emphasised runs: `**甲****乙**` would be ambiguous Markdown.
const emphasis = fc.constantFrom('*', '**');
const line = fc.tuple(phrase, fc.array(fc.tuple(emphasis, fc.oneof(phrase, fc.tuple(punctuation, phrase, punctuation).map((p) => p.join(""))), phrase), { maxLength: 3 })).map(([first, runs]) => ({
  text: first + runs.map(([, marked, plain]) => marked + plain).join(''),
  markdown: first + runs.map(([mark, marked, plain]) => `${mark}${marked}${mark}${plain}`).join(''),
}));
const strayWhitespace = fc.constantFrom('', ' ', '  ', '\t');

type Block = { text: string; markdown: string };
const paragraph: fc.Arbitrary<Block> = fc.tuple(fc.array(line, { minLength: 1, maxLength: 3 }), strayWhitespace).map(([lines, ws]) => ({
  text: lines.map((l) => l.text).join(''),
  markdown: lines.map((l) => l.markdown).join('\n') + ws,
}));
const heading: fc.Arbitrary<Block> = phrase.map((text) => ({ text, markdown: `## ${text}` }));
const list: fc.Arbitrary<Block> = fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => ({
  text: items.map((i) => i.text).join(''),
  markdown: items.map((i) => `- ${i.markdown}`).join('\n'),
}));
const table: fc.Arbitrary<Block> = fc.tuple(fc.array(phrase, { minLength: 2, maxLength: 3 }), fc.array(fc.array(phrase, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 3 })).map(([head, rows]) => {
  const width = head.length;
  const cells = rows.map((r) => r.slice(0, width));
  return {
    text: [...head, ...cells.flat()].join(''),
    markdown: [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...cells.map((r) => `| ${r.join(' | ')} |`)].join('\n'),
  };
});
const block = fc.oneof({ weight: 6, arbitrary: paragraph }, { weight: 1, arbitrary: heading }, { weight: 1, arbitrary: list }, { weight: 1, arbitrary: table });
const articleArb = fc.tuple(phrase, fc.array(block, { minLength: 1, maxLength: 8 })).map(([title, blocks]) => ({
  title,
  body: blocks.map((b) => b.markdown).join('\n\n') + '\n',
  text: title + blocks.map((b) => b.text).join(''),
}));

const COVER = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function issueOf(articles: { title: string; body: string }[]): Issue {
  const list: Article[] = articles.map((a, index) => ({
    index,
    fileName: `${String(index + 1).padStart(2, '0')}-a.md`,
    source: { path: `/x/${index}.md`, display: `${index}.md`, text: a.body },
    meta: { title: a.title },
    body: a.body,
    bodyLine: 4,
  }));
  return {
    id: '2024-02',
    dir: '/x',
    series: { title: '理论学习中心组学习资料', publisher: '中共运城开放大学总支委员会', language: 'zh-CN', slug: 'llxx' },
    seriesFile: { path: '/series.yaml', display: 'series.yaml', text: '' },
    meta: { year: 2024, number: 2, date: '2024-02', articles: list.map((a) => a.fileName) },
    issueFile: { path: '/issue.yaml', display: 'issue.yaml', text: '' },
    articles: list,
  };
}

async function buildInProcess(articles: { title: string; body: string }[]): Promise<{ epub: Buffer; problems: unknown[] }> {
  const issue = issueOf(articles);
  const book = composeBook({
    issue,
    articles: issue.articles.map(renderArticle),
    images: new Map(),
    cover: { data: COVER, mediaType: 'image/png', extension: 'png', width: 1, height: 1 },
    css: 'p { margin: 0; }',
  });
  const files = packageFiles(book);
  return { epub: await packageEpub(book, files), problems: xmlProblems(xmlFiles(book, files)) };
}

// White space, and the zero-width space after a byline's gaps (render/article.ts), are no text a reader sees.
const squash = (text: string) => text.replace(/[\s\u200b]+/g, '');

describe('random Markdown', () => {
  it('always gives well-formed XHTML whose text equals the source text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(articleArb, { minLength: 1, maxLength: 3 }), async (articles) => {
        const { epub, problems } = await buildInProcess(articles);
        expect(problems).toEqual([]);
        const zip = await JSZip.loadAsync(epub);
        for (const [i, article] of articles.entries()) {
          const xhtml = await zip.file(`OEBPS/article-0${i + 1}.xhtml`)!.async('string');
          expect(XMLValidator.validate(xhtml)).toBe(true);
          const $ = cheerio.load(xhtml, { xml: true });
          expect(squash($('section.article').text())).toBe(squash(article.text));
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 120_000);

  it('gives books that pass EPUBCheck (a sample)', async (context) => {
    if (!toolAvailable('epubcheck')) return context.skip();
    const samples = fc.sample(fc.array(articleArb, { minLength: 2, maxLength: 3 }), { seed: SEED, numRuns: 3 });
    const dir = await tempDir();
    for (const [i, articles] of samples.entries()) {
      const file = path.join(dir, `sample-${i}.epub`);
      await writeFile(file, (await buildInProcess(articles)).epub);
      const output = execFileSync('java', ['-jar', EPUBCHECK_JAR, file], { encoding: 'utf8' });
      expect(output).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/);
    }
  }, 180_000);
});
