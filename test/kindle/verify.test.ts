// The pure half of the Kindle stage: what the issue says a book must
// contain, and how read-back results are judged. No Calibre needed.
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/diagnostic.js';
import { loadIssue } from '../../src/issue/load.js';
import type { Issue } from '../../src/issue/model.js';
import { runCalibre } from '../../src/kindle/calibre.js';
import { epubcheckProblems } from '../../src/kindle/epubcheck.js';
import { articleMarkers, articleSentences, issueKindleBook, normaliseText } from '../../src/kindle/expected.js';
import { kindleFormats } from '../../src/kindle/formats.js';
import type { KindleMetadata, TocNode } from '../../src/kindle/read-back.js';
import { metadataProblems, textProblems, tocProblems } from '../../src/kindle/verify.js';
import { ROOT } from '../helpers/book.js';
import { EPUBCHECK_JAR, toolAvailable } from '../helpers/tools.js';

const AZW3 = kindleFormats('x').find((f) => f.extension === 'azw3')!;
const MOBI = kindleFormats('x').find((f) => f.extension === 'mobi')!;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

let issue: Issue;
beforeAll(async () => {
  issue = await loadIssue(path.join(ROOT, 'issues', '2024-02'));
});

describe('articleSentences: Markdown as the reader sees it, cut into sentences', () => {
  it.each([
    ['第一句。第二句！\n\n**加粗**的第三句？', ['第一句。', '第二句！', '加粗的第三句？']],
    ['见[链接](https://example.org/)一文。', ['见链接一文。']],
    ['\\*不是强调\\*。', ['*不是强调*。']],
    ['- 甲。\n- 乙。', ['甲。', '乙。']],
    ['## 小标题\n\n正文。', ['小标题', '正文。']],
    ['没有句号的结尾', ['没有句号的结尾']],
    // The check's comments are not text: the book drops them, so must the expectation.
    ['<!-- qikan-disable-next-line cjk/latin-word -->\n第一句ok。\n\n第二句。', ['第一句ok。', '第二句。']],
  ])('%j → %j', (markdown, sentences) => {
    expect(articleSentences(markdown)).toEqual(sentences);
  });
});

describe('normaliseText', () => {
  it('removes every kind of white space and folds full-width forms', () => {
    expect(normaliseText('会议　指出，\n  要坚持\u200b（一）')).toBe(normaliseText('会议指出,要坚持(一)'));
    expect(normaliseText('会议　指出，\n  要坚持\u200b（一）')).toBe('会议指出,要坚持(一)');
  });
});

describe('articleMarkers of 2024-02', () => {
  it('has each article’s headline, first and last sentence', () => {
    const first = articleMarkers(issue)[0]!;
    expect(first.title).toBe('习近平：在二〇二四年春节团拜会上的讲话');
    expect(first.tocTitle).toBe('习近平在二〇二四年春节团拜会上的讲话');
    expect(first.first).toBe('2月8日，中共中央、国务院在北京人民大会堂举行2024年春节团拜会。');
    expect(first.last).toBe('谢谢大家！');
    expect(articleMarkers(issue)).toHaveLength(6);
  });
});

describe('textProblems', () => {
  const bookText = (order: number[]) =>
    order
      .map((i) => articleMarkers(issue)[i]!)
      .map((m) => `${m.title}\n\n${m.first}\n…\n${m.last}\n`)
      .join('\n\n');

  it('accepts a text with every article in order, however it is wrapped', () => {
    expect(textProblems(bookText([0, 1, 2, 3, 4, 5]).replace(/。/g, '。\n   '), issueKindleBook(issue), 'book.azw3')).toEqual([]);
  });

  it('names the article whose text is missing or out of order', () => {
    const problems = textProblems(bookText([0, 1, 3, 2, 4, 5]), issueKindleBook(issue), 'book.azw3');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ ruleId: 'kindle/text', file: issue.articles[3]!.source.display });
    expect(problems[0]!.message).toMatch(/out of reading order in book\.azw3$/);
  });
});

describe('tocProblems', () => {
  const node = (title: string, children: TocNode[] = []): TocNode => ({ title, children });
  const articles = () => issue.articles.map((a) => node(a.meta.toc_title ?? a.meta.title));

  it('AZW3: one top-level entry per article, sections below allowed', () => {
    const toc = articles();
    toc[1] = node(toc[1]!.title, [node('一、节')]);
    expect(tocProblems(toc, AZW3, issueKindleBook(issue), 'b')).toEqual([]);
  });

  it('AZW3: a missing article or a third level is a problem', () => {
    expect(tocProblems(articles().slice(1), AZW3, issueKindleBook(issue), 'b')[0]!.message).toMatch(/5 entries .* expected: /);
    const deep = articles();
    deep[0] = node(deep[0]!.title, [node('一、', [node('（一）')])]);
    expect(tocProblems(deep, AZW3, issueKindleBook(issue), 'b')[0]!.message).toMatch(/nest 3 levels deep/);
  });

  // Found by a hostile review: a title written 关于&amp;符号 (the text "&amp;") failed the build,
  // though the AZW3's contents index holds it right: Calibre's reader decodes it once more.
  it('AZW3: a title holding an entity’s text is the same title when Calibre’s reader decodes it', () => {
    const withEntity = { ...issue, articles: issue.articles.map((a, i) => (i === 0 ? { ...a, meta: { ...a.meta, toc_title: '关于&amp;符号的说明' } } : a)) };
    const toc = withEntity.articles.map((a) => node(a.meta.toc_title ?? a.meta.title));
    toc[0] = node('关于&符号的说明');
    expect(tocProblems(toc, AZW3, issueKindleBook(withEntity), 'b')).toEqual([]);
    toc[0] = node('关于符号的说明');
    expect(tocProblems(toc, AZW3, issueKindleBook(withEntity), 'b')).toHaveLength(1);
  });

  it('MOBI: flattened contents pass when the articles are there in order', () => {
    const flat = articles().flatMap((n, i) => (i === 2 ? [n, node('一、节')] : [n]));
    expect(tocProblems(flat, MOBI, issueKindleBook(issue), 'b')).toEqual([]);
    expect(tocProblems(flat.reverse(), MOBI, issueKindleBook(issue), 'b')).toHaveLength(1);
  });
});

describe('metadataProblems', () => {
  const good: KindleMetadata = {
    title: '理论学习中心组学习资料（2024年第2次）',
    authors: ['中共运城开放大学总支委员会'],
    publisher: '中共运城开放大学总支委员会',
    languages: ['zho'],
    subjects: ['理论学习中心组学习资料'],
    cover: PNG_SIGNATURE,
  };

  it('accepts the issue’s metadata', () => {
    expect(metadataProblems(good, issueKindleBook(issue), 'b')).toEqual([]);
  });

  it('reports a wrong language, a lost author and a missing cover, one diagnostic each', () => {
    const { cover: _cover, ...noCover } = good;
    const problems = metadataProblems({ ...noCover, languages: ['eng'], authors: ['Unknown'] }, issueKindleBook(issue), 'b');
    expect(problems.map((p) => p.ruleId)).toEqual(['kindle/metadata', 'kindle/metadata', 'kindle/cover']);
    expect(problems[0]!.message).toBe('the author reads back as “Unknown”, expected “中共运城开放大学总支委员会”');
  });

  // What Calibre 6.13 made of a series title "甲　乙  丙\u00a0丁;戊" (measured: ebook-convert, then ebook-meta):
  // the title's white space folded, the subject split at ; and , — the same words, not a lost title.
  it('accepts the title with its white space folded and the subject split at ; as Calibre writes them', () => {
    const spaced = { ...issue, series: { ...issue.series, title: '甲　乙  丙\u00a0丁;戊' } };
    const book = issueKindleBook(spaced);
    const folded = { ...good, title: book.title.replace(/\s+/gu, ' '), subjects: ['甲 乙 丙 丁', '戊'] };
    expect(folded.title).toBe('甲 乙 丙 丁;戊（2024年第2次）');
    expect(metadataProblems(folded, book, 'b')).toEqual([]);
    // A title that lost words is still reported.
    expect(metadataProblems({ ...folded, title: '甲 乙（2024年第2次）' }, book, 'b').map((p) => p.message)).toEqual(['the title reads back as “甲 乙（2024年第2次）”, expected “甲　乙  丙\u00a0丁;戊（2024年第2次）”']);
  });
});

describe('missing tools are user errors saying how to install them', () => {
  it('ebook-convert not on PATH', async () => {
    vi.stubEnv('PATH', '/nonexistent');
    try {
      const run = runCalibre('ebook-convert', ['--version'], 'book.epub');
      await expect(run).rejects.toBeInstanceOf(UserError);
      await expect(run).rejects.toThrow(/kindle\/calibre-missing .*apt-get install -y calibre.*calibre-ebook\.com\/download/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.skipIf(!toolAvailable('epubcheck'))('EPUBCheck that runs past its time limit is stopped, in one line', async () => {
    const started = Date.now();
    const problems = await epubcheckProblems('book.epub', { jar: EPUBCHECK_JAR, shownAs: 'dist/book.epub', timeoutSeconds: 0.05 });
    expect(problems).toEqual([
      {
        ruleId: 'kindle/epubcheck-timeout',
        severity: 'error',
        file: 'dist/book.epub',
        line: 0,
        column: 0,
        message: 'EPUBCheck did not finish within 0.05 s and was stopped — the book is too large or holds something that makes it work without end (set QIKAN_EPUBCHECK_TIMEOUT to allow longer)',
      },
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('no EPUBCheck jar', async () => {
    const problems = await epubcheckProblems('book.epub', { jar: '/nonexistent/epubcheck.jar' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ruleId: 'kindle/epubcheck-missing' });
    expect(problems[0]!.message).toMatch(/apt-get install -y epubcheck/);
  });
});
