// The book's article XHTML as the web edition's HTML: same text and markup
// (phrase breaks, compressed punctuation, page-break markers), HTML syntax,
// paragraph ids, and the preview's marks on the right block. Inputs and
// expectations are literals: the renderer is not asked what it should make.
import { describe, expect, it } from 'vitest';
import { webArticleBody } from '../../../src/site/web-edition/web-body.js';
import { blockAt, sourceBlocks } from '../../../src/site/web-edition/source-blocks.js';

const XHTML = `<section class="article" epub:type="chapter" role="doc-chapter" aria-labelledby="title">
<h1 id="title"><span epub:type="pagebreak" role="doc-pagebreak" id="page-4" aria-label="4" class="page-number"/>全国<wbr/>教育工作会议</h1>
<p class="byline"><span class="nowrap">怀进鹏</span></p>
<p>会议强调<span class="half">，</span>“教育强国”<span epub:type="pagebreak" role="doc-pagebreak" id="page-5" aria-label="5" class="page-number"/>建设。</p>
<h2 id="s1">一、总体要求</h2>
<ul><li>第一条</li></ul>
<div class="table-wrap"><table><tr><td/></tr></table></div>
<p>末段<img src="images/01-a.png" alt="图"/></p>
</section>`;

describe('webArticleBody', () => {
  it('writes HTML: an empty span is closed, void elements stay void, epub:type is gone, text and entities untouched', () => {
    const html = webArticleBody(XHTML);
    expect(html).toContain('“教育强国”<span role="doc-pagebreak" id="page-5" aria-label="第5页" class="page-number">5</span>建设。</p>');
    // The article's first page goes before its headline on the web: the headline's words are its own.
    expect(html).toContain('<span role="doc-pagebreak" id="page-4" aria-label="第4页" class="page-number">4</span><h1 id="title">全国<wbr>教育工作会议</h1>');
    expect(html).toContain('<td></td>');
    expect(html).toContain('<img src="images/01-a.png" alt="图">');
    expect(html).toContain('会议强调<span class="half">，</span>“教育强国”');
    expect(html).not.toContain('epub:type');
    expect(html).not.toMatch(/<(?!wbr|img)[a-z]+[^>]*\/>/);
  });

  it('leaves out MuPDF’s places to break beside quotation marks: a browser breaks there anyway, and the search index would take the zero-width spaces in', () => {
    const html = webArticleBody('<section class="article"><h1 id="title">题</h1><p>坚持<span class="quote-break">\u200b</span>“效”<span class="quote-break">\u200b</span>与“率”并重</p></section>');
    expect(html).toContain('<p id="p1">坚持“效”与“率”并重</p>');
    expect(html).not.toContain('\u200b');
  });

  it('numbers the paragraphs of the text (not the byline) p1, p2 …', () => {
    const html = webArticleBody(XHTML);
    expect(html).toContain('<p class="byline"><span class="nowrap">怀进鹏</span></p>');
    expect(html).toContain('<p id="p1">会议强调');
    expect(html).toContain('<p id="p2">末段');
  });

  it('marks a block and sets its notes right after it, in order; block -1 is the headline', () => {
    const html = webArticleBody(XHTML, [
      { block: 2, className: 'finding', noteHtml: '<p class="finding-note">A</p>' },
      { block: 2, className: 'finding', noteHtml: '<p class="finding-note">B</p>' },
      { block: -1, className: 'finding', noteHtml: '<p class="finding-note">T</p>' },
    ]);
    expect(html).toContain('<ul class="finding"><li>第一条</li></ul><p class="finding-note">A</p><p class="finding-note">B</p>');
    expect(html).toContain('<p class="byline finding"><span class="nowrap">怀进鹏</span></p><p class="finding-note">T</p>');
  });
});

describe('sourceBlocks', () => {
  const body = ['', '第一段，', '还是第一段。', '', '<!-- page 5 -->', '', '## 小标题', '', '<!-- qikan-disable-next-line cjk/latin-word -->', '- 一', '- 二', '', '最后一段。', ''].join('\n');
  // The body starts on line 5 of the file (after four lines of front matter).
  const blocks = sourceBlocks({ body, bodyLine: 5 });

  it('gives each top-level block its lines in the file, page markers left out, directive lines counted', () => {
    expect(blocks).toEqual([
      { first: 6, last: 7 },
      { first: 11, last: 11 },
      { first: 14, last: 15 },
      { first: 17, last: 17 },
    ]);
  });

  it('finds the block of a line; a blank line belongs to the block before, front matter to none', () => {
    expect(blockAt(blocks, 7)).toBe(0);
    expect(blockAt(blocks, 15)).toBe(2);
    expect(blockAt(blocks, 16)).toBe(2);
    expect(blockAt(blocks, 3)).toBe(-1);
  });
});
