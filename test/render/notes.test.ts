// Notes in the book's markup: the mark, the note after the text, the way back.
import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.js';
import { circledNumber, noteMark } from '../../src/markdown/notes.js';
import { renderArticle } from '../../src/render/article.js';

const MARK_1 = '<sup class="noteref"><a epub:type="noteref" role="doc-noteref" class="duokan-footnote" id="noteref-1" href="#note-1">①</a></sup>';

describe('notes in the book', () => {
  it('marks the text with a superscript link, and sets the note after the text, its back-link first', () => {
    const rendered = renderArticle(article('中心组要把理论学习作为首要任务[^1]，常抓不懈。\n\n[^1]: 中心组即理论学习中心组。\n'));
    expect(rendered.body).toContain(`<p>中心组要把理论学习作为首要任<span class="nowrap"><span class="lead">务</span>${MARK_1}，</span>常抓<wbr/><span class="nowrap"><span class="lead">不</span>懈。</span></p>`);
    expect(rendered.body).toContain(
      '<section class="notes" epub:type="endnotes" role="doc-endnotes" aria-label="注释">\n' +
        '<aside class="note note-first" epub:type="footnote" role="doc-footnote" id="note-1" aria-label="注释①">\n' +
        '<p><a class="note-mark" role="doc-backlink" href="#noteref-1">①</a>中心组即理论学习中<wbr/><span class="nowrap"><span class="lead">心</span>组。</span></p>\n' +
        '</aside>\n</section>\n</section>',
    );
    expect(rendered.notes).toBe(1);
  });

  it('numbers notes in the order of their first mark, whatever their labels; a second mark of a note links to it too', () => {
    const { body } = renderArticle(article('甲[^b]乙[^a]丙[^b]。\n\n[^a]: 注甲。\n[^b]: 注乙。\n'));
    expect(body).toContain('<span class="nowrap"><span class="lead">甲</span><sup class="noteref"><a epub:type="noteref" role="doc-noteref" class="duokan-footnote" id="noteref-1" href="#note-1">①</a></sup></span><span class="nowrap"><span class="lead">乙</span><sup');
    expect(body).toContain('id="noteref-2" href="#note-2">②</a></sup></span><span class="nowrap"><span class="lead">丙</span>');
    expect(body).toContain('id="noteref-1-2" href="#note-1">①</a></sup>。</span>');
    expect(body).toContain('id="note-1" aria-label="注释①">\n<p><a class="note-mark" role="doc-backlink" href="#noteref-1">①</a>注乙。</p>');
    expect(body).toContain('id="note-2" aria-label="注释②">\n<p><a class="note-mark" role="doc-backlink" href="#noteref-2">②</a>注甲。</p>');
  });

  it('marks notes in a list item and a table cell; a note of two paragraphs keeps both, the back-link in the first', () => {
    const { body, notes } = renderArticle(article('- 项目[^1]\n\n| 甲 |\n| --- |\n| 单元[^2] |\n\n[^1]: 第一段。\n\n    第二段。\n[^2]: 表注。\n'));
    // Each mark ends its block: the two characters before it go with it, the first a lead for MuPDF.
    expect(body).toContain('<li><span class="nowrap"><span class="lead">项</span>目<sup class="noteref">');
    expect(body).toContain('<td><span class="nowrap"><span class="lead">单</span>元<sup class="noteref">');
    expect(body).toContain('<p><a class="note-mark" role="doc-backlink" href="#noteref-1">①</a>第<wbr/><span class="nowrap"><span class="lead">一</span>段。</span></p>\n<p>第二段。</p>\n</aside>');
    expect(notes).toBe(2);
  });

  it('keeps the two ideographs before a closing quotation mark that a mark ending the paragraph follows (a quotation cited and noted)', () => {
    expect(renderArticle(article('人民就是江山”[^1]。\n\n[^1]: 注。\n')).body).toContain('<p>人民就是<wbr/><span class="nowrap"><span class="lead">江</span>山”<sup');
    // One ideograph alone in the quotation: the ideograph before its opening mark goes too (“ may not end a line).
    expect(renderArticle(article('坚持“效”与“率”[^1]。\n\n[^1]: 注。\n')).body).toContain('“效”<span class="quote-break">\u200b</span><wbr/><span class="nowrap"><span class="lead">与</span>“率”<sup');
    expect(renderArticle(article('说“山”[^1]。\n\n[^1]: 注。\n')).body).toContain('<p><span class="nowrap"><span class="lead">说</span>“山”<sup');
  });

  it('keeps the two ideographs before marks that end the paragraph one after another (送①②。)', () => {
    const { body } = renderArticle(article('并按时报送[^1][^2]。\n\n[^1]: 注甲。\n[^2]: 注乙。\n'));
    expect(body).toMatch(/<p>并按时<wbr\/><span class="nowrap"><span class="lead">报<\/span>送<sup class="noteref"><a [^>]*>①<\/a><\/sup><\/span>\u2060<span class="nowrap"><sup class="noteref"><a [^>]*>②<\/a><\/sup>。<\/span><\/p>/);
  });

  it('sets the space before the characters a mark takes as U+3000, as between any two ideographs, and finds a run of quotation marks across the mark’s span', () => {
    expect(renderArticle(article('人人皆学 处处[^1]。\n\n[^1]: 注。\n')).body).toContain('<p>人人皆学\u3000<span class="nowrap"><span class="lead">处</span>处<sup');
    expect(renderArticle(article('要坚持“效”与“率”并重[^1]。\n\n[^1]: 注。\n')).body).toContain(
      '要坚持<span class="quote-break">\u200b</span>“效”<span class="quote-break">\u200b</span>与<span class="quote-break">\u200b</span>“率”<span class="quote-break">\u200b</span><wbr/><span class="nowrap"><span class="lead">并</span>重<sup',
    );
  });

  it('keeps a mark on the line of the character before it, with the closing marks after it: no line starts with ⑥；', () => {
    const { body } = renderArticle(article('学习《习近平谈治国理政》第四卷[^1]；开展研讨。\n\n[^1]: 外文出版社2022年出版。\n'));
    expect(body).toMatch(/第四<span class="nowrap"><span class="lead">卷<\/span><sup class="noteref"><a [^>]*>①<\/a><\/sup>；<\/span>开展/);
  });

  // Found by a review: the mark's span took `;◌́` and left `&amp` behind — XML that is not well-formed (exit 70).
  it('keeps an escaped character whole with the combining mark or selector after it', () => {
    for (const [source, kept] of [
      ['研究A&\u0301[^1]的问题。', 'A<span class="nowrap">&amp;\u0301<sup'],
      ['他说"\ufe0f[^1]。', '他说<span class="nowrap">&quot;\ufe0f<sup'],
      ['甲<\u0301\u0302[^1]。', '甲<span class="nowrap">&lt;\u0301\u0302<sup'],
    ]) {
      const { body } = renderArticle(article(`${source}\n\n[^1]: 注。\n`));
      expect(body).toContain(kept);
      expect(body).not.toMatch(/&(amp|quot|lt)(?!;)/);
    }
  });

  it('writes [1] marks when the series asks for brackets', () => {
    const { body } = renderArticle(article('正文[^1]。\n\n[^1]: 注。\n'), { noteMarks: 'brackets' });
    expect(body).toContain('href="#note-1">[1]</a></sup>。</span>');
    expect(body).toContain('href="#noteref-1">[1]</a>注。');
  });

  it('leaves a mark without its note as the text it is, a note without a mark out, and an article without notes as before', () => {
    const { body, notes } = renderArticle(article('正文[^9]。\n\n[^1]: 无人引用。\n'));
    expect(body).toContain('<p>正文[^9]。</p>');
    expect(body).not.toContain('无人引用');
    expect(body).not.toContain('<section class="notes"');
    expect(notes).toBe(0);
    expect(renderArticle(article('正文。\n')).body).toBe('<section class="article" epub:type="chapter" role="doc-chapter" aria-labelledby="title">\n<h1 id="title">标题</h1>\n<p>正文。</p>\n</section>');
  });

  it('keeps ^[inline notes] as text: one way to write a note', () => {
    expect(renderArticle(article('正文^[内联]。\n')).body).toContain('<p>正文^[内联]。</p>');
  });
});

describe('noteMark', () => {
  it.each([
    [1, '①'],
    [20, '⑳'],
    [21, '㉑'],
    [35, '㉟'],
    [36, '㊱'],
    [50, '㊿'],
    [51, '[51]'],
  ])('note %i is %s', (n, mark) => {
    expect(noteMark(n)).toBe(mark);
    if (n <= 50) expect(circledNumber(mark)).toBe(n);
  });

  it('writes brackets when asked', () => {
    expect(noteMark(3, 'brackets')).toBe('[3]');
    expect(circledNumber('[3]')).toBeUndefined();
  });
});
