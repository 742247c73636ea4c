// Printed page numbers from a plain text: toc_page from the 目录, and markers
// at the joined page breaks only where the 目录 leaves one way to number them.
import { describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/import/build-issue.js';
import { articleText } from '../../src/import/article-text.js';
import { insertJoinMarkers, pageSummary, provenJoinPages, tocPages } from '../../src/import/page-numbers.js';
import { textBlocks } from '../../src/import/text/read-text.js';

describe('provenJoinPages', () => {
  it('numbers the joins when they are every break the 目录 leaves room for', () => {
    expect(provenJoinPages(2, 4, 6)).toEqual([5, 6]);
  });
  it('numbers nothing when a break may hide between two paragraphs', () => {
    // Pages 4 to 7: three breaks, two seen — which one is missing the text cannot say.
    expect(provenJoinPages(2, 4, 7)).toBeUndefined();
    expect(provenJoinPages(2, 4, undefined)).toBeUndefined();
    expect(provenJoinPages(2, undefined, 6)).toBeUndefined();
    expect(provenJoinPages(0, 4, 4)).toBeUndefined();
  });
});

describe('insertJoinMarkers', () => {
  it('puts each marker where the continuation begins, without spaces', () => {
    const blocks = ['甲，乙丙，丁。', '戊。'];
    expect(insertJoinMarkers(blocks, [{ block: 0, offset: 2 }, { block: 0, offset: 5 }], [5, 6])).toEqual(['甲，<!-- page 5 -->乙丙，<!-- page 6 -->丁。', '戊。']);
  });
});

describe('a join in a paragraph whose first mark is escaped', () => {
  // Found by a hostile review: the escape (1\.) went in before the marker, whose
  // offset was the unescaped text's — the marker a character early, or inside 𠀀.
  it('keeps the marker at the join and the character whole', () => {
    const text = articleText(textBlocks('1. 这段以数字点开头，在页末被截断，最后一个字是扩展汉字𠀀\n轮党和国家机构改革基本完成。\n'), { first: 1, next: 2 });
    expect(text.markdown).toEqual(['1\\. 这段以数字点开头，在页末被截断，最后一个字是扩展汉字𠀀<!-- page 2 -->轮党和国家机构改革基本完成。']);
    const heading = articleText(textBlocks('# 改革开放不断深化，新一\n轮党和国家机构改革基本完成。\n'), { first: 1, next: 2 });
    expect(heading.markdown).toEqual(['\\# 改革开放不断深化，新一<!-- page 2 -->轮党和国家机构改革基本完成。']);
  });

  it('cannot form an entity from the two pieces', () => {
    const text = articleText(textBlocks('这个段落在页末被截断，截断处恰好是&#\n0;后面是下一页的文字。\n'), {});
    expect(text.markdown).toEqual(['这个段落在页末被截断，截断处恰好是\\&#0;后面是下一页的文字。']);
    const amp = articleText(textBlocks('我们看到，甲公司和乙公司合称甲&\namp;乙，是一家企业。\n'), {});
    expect(amp.markdown).toEqual(['我们看到，甲公司和乙公司合称甲\\&amp;乙，是一家企业。']);
  });
});

describe('tocPages', () => {
  it('keeps the page numbers that never go down, and names the ones that do', () => {
    expect(tocPages([1, 4, 3, 8, undefined])).toEqual({ pages: [1, 4, undefined, 8, undefined], backwards: [2] });
  });
});

describe('pageSummary', () => {
  it('says how many markers it could place', () => {
    expect(pageSummary({ tocPages: 6, articles: 6, breaks: 15, markers: 0 })).toBe(
      'printed pages: toc_page for 6 of 6 articles; page markers placed at 0 of 15 page breaks found inside articles (the others\' numbers are not certain from the text: see README “Printed pages”)',
    );
    expect(pageSummary({ tocPages: 2, articles: 2, breaks: 3, markers: 3 })).toBe('printed pages: toc_page for 2 of 2 articles; page markers placed at all 3 page breaks found inside articles');
  });
});

const RAW = `理论学习中心组学习资料
(第3次)
2024年3月

目 录

1. 第一篇·····4
2. 第二篇·····5
3. 第三篇·····9

第一篇

第一段写到页末，下一

页接着写完。

第二篇

第二篇的话，跨

页了。

第三篇

结束，接着

写。
`;

describe('import of a text with a printed 目录', () => {
  const issue = buildIssue(textBlocks(RAW), { display: 'raw.txt' });

  it('writes toc_page from the 目录 for every article', () => {
    expect(issue.articles.map((a) => a.toc_page)).toEqual([4, 5, 9]);
  });

  it('marks a join whose page the 目录 proves (the next article starts mid-page 5)', () => {
    expect(issue.articles[0]!.blocks).toEqual(['第一段写到页末，下一<!-- page 5 -->页接着写完。']);
  });

  it('leaves a join unmarked when the 目录 leaves its number open', () => {
    expect(issue.articles[1]!.blocks).toEqual(['第二篇的话，跨页了。']);
    expect(issue.articles[2]!.blocks).toEqual(['结束，接着写。']);
  });

  it('counts the breaks and the markers for the report', () => {
    expect(issue.pages).toEqual({ breaks: 3, markers: 1, tocPages: 3 });
  });

  it('warns about a 目录 page that goes backwards, and writes no toc_page for it', () => {
    const backwards = buildIssue(textBlocks(RAW.replace('第三篇·····9', '第三篇·····3')), { display: 'raw.txt' });
    expect(backwards.articles.map((a) => a.toc_page)).toEqual([4, 5, undefined]);
    expect(backwards.notes.map((n) => [n.severity, n.ruleId, n.message])).toEqual([
      ['warning', 'import/contents-page-order', 'contents entry 3 "第三篇" gives page 3, before the page of an entry above it — no toc_page written for it; check the 目录'],
    ]);
  });
});
