import { describe, expect, it } from 'vitest';
import { article } from '../helpers/article.js';
import { renderArticle } from '../../src/render/article.js';
import { chineseDate, chineseYear, issueNumberText } from '../../src/render/chinese.js';

describe('renderArticle', () => {
  it('sets the title as h1, then byline and source, then the text', () => {
    const { body } = renderArticle(article('正文。\n', { title: '标题', byline: '某某讲话', source: '新华社' }));
    expect(body).toMatch(/<h1 id="title">标题<\/h1>\n<p class="byline">\u200b<span class="nowrap">某某讲话<\/span><\/p>\n<p class="source">新华社<\/p>\n<p>正文。<\/p>/);
  });

  it('keeps a list item’s last two characters together, as a paragraph’s; an item of paragraphs keeps them in its paragraph', () => {
    const tight = renderArticle(article('- 第一阶段，集中学习研讨，时间为一个月；\n- 第二阶段，形成调研报告。\n', { title: '标题' })).body;
    expect(tight).toContain('<li>第一阶段，集中学习研讨，时间为一<wbr/><span class="nowrap"><span class="lead">个</span>月；</span></li>');
    expect(tight).toContain('<li>第二阶段，形成调研<wbr/><span class="nowrap"><span class="lead">报</span>告。</span></li>');
    const loose = renderArticle(article('- 第一阶段，时间为一个月；\n\n  第二段落文字。\n', { title: '标题' })).body;
    expect(loose).toContain('<p>第二段落<wbr/><span class="nowrap"><span class="lead">文</span>字。</span></p>');
    expect(loose.match(/class="nowrap"/g)).toHaveLength(2);
  });

  it('keeps each group of a byline on one line, the groups apart by an ideographic space and a zero-width space to break at, and one before the first group', () => {
    const { body } = renderArticle(article('正文。\n', { title: '标题', byline: '唐登杰 韩长赋讲话  吴存荣出席' }));
    expect(body).toContain('<p class="byline">\u200b<span class="nowrap">唐登杰</span>\u3000\u200b<span class="nowrap">韩长赋讲话</span>\u3000\u200b<span class="nowrap">吴存荣出席</span></p>');
  });

  // Found by a hostile review: every space became the ideographic gap, inside a Latin name too.
  it('keeps a Latin name of a byline whole, with its space', () => {
    const { body } = renderArticle(article('正文。\n', { title: '标题', byline: 'Karl Marx 著  中央编译局 译' }));
    expect(body).toContain('<p class="byline">\u200b<span class="nowrap">Karl Marx</span>\u3000\u200b<span class="nowrap">著</span>\u3000\u200b<span class="nowrap">中央编译局</span>\u3000\u200b<span class="nowrap">译</span></p>');
  });

  // Found by a second review: only a space between two ASCII letters was kept, so é, í or a comma split the name.
  it('keeps a name with accented letters, and a list of Latin names, whole, with their spaces', () => {
    const byline = (text: string) => renderArticle(article('正文。\n', { title: '标题', byline: text })).body;
    expect(byline('José Martí')).toContain('<p class="byline">\u200b<span class="nowrap">José Martí</span></p>');
    expect(byline('Karl Marx, Friedrich Engels 著')).toContain('<p class="byline">\u200b<span class="nowrap">Karl Marx, Friedrich Engels</span>\u3000\u200b<span class="nowrap">著</span></p>');
  });

  it('sets a table cell of plain text as phrases, so that a long one can wrap without breaking a word', () => {
    const { body } = renderArticle(article('| 支部 | 备注 |\n| --- | --- |\n| 第一支部 | 另有3名党员在外地学习 |\n| *强调* | 甲 |\n'));
    expect(body).toContain('<th>支部</th>');
    // The last two characters are kept together (MuPDF knows no <wbr/>), as at a paragraph's end.
    expect(body).toContain('<td>第一<span class="nowrap"><span class="lead">支</span>部</span></td>');
    // Breaks between phrases (<wbr/>), never inside one: 3名, 党员 and 在外地 stay whole.
    const cell = /<td>(另有.*?)<\/td>/.exec(body)![1]!;
    expect(cell.replaceAll('<wbr/>', '')).toBe('另有3名党员在外地<span class="nowrap"><span class="lead">学</span>习</span>');
    expect(cell.split('<wbr/>').length).toBeGreaterThan(2);
    for (const word of ['3名', '党员', '在外地']) expect(cell).toContain(word);
    // A short cell with markup keeps it as it is.
    expect(body).toContain('<td><em>强调</em></td>');
  });

  it('breaks a table cell with markup between phrases too, across the markup, so that it can wrap', () => {
    const { body } = renderArticle(article('| 备注 |\n| --- |\n| 全部参加，其中**2名**同志作了交流发言 |\n'));
    const cell = /<td>(.*?)<\/td>/.exec(body)![1]!;
    // The markup and every character are kept; only <wbr/> is added.
    expect(cell.replaceAll('<wbr/>', '')).toBe('全部参加，其中<strong>2名</strong>同志作了交流<span class="nowrap"><span class="lead">发</span>言</span>');
    expect(cell.split('<wbr/>').length).toBeGreaterThan(3);
    // Words stay whole, and the comma stays at the end of its line.
    for (const word of ['参加', '2名', '同志', '交流发言']) expect(cell.replaceAll(/<[^>]*>/g, (tag) => (tag === '<wbr/>' ? '|' : ''))).toContain(word);
    expect(cell).not.toMatch(/<wbr\/>(<[^>]*>)*，/);
  });

  it('never puts a break in a cell with markup before a closing mark, after an opening one, inside a run of marks or at a note mark', () => {
    const source = '| 备注 |\n| --- |\n| 会上传达了“**学习贯彻**党的二十大精神”。“全面从严治党”的要求在会议记录中[^1]，另有说明 |\n\n[^1]: 注。\n';
    const cell = /<td>(.*?)<\/td>/.exec(renderArticle(article(source)).body)![1]!;
    expect(cell).toContain('<wbr/>');
    const breaks = cell.split('<wbr/>').map((part) => part.replaceAll(/<[^>]*>/g, ''));
    for (let k = 1; k < breaks.length; k++) {
      const before = breaks[k - 1]!.at(-1)!;
      const after = breaks[k]![0]!;
      expect(`${before}|${after}`).not.toMatch(/\|[，。”）]|[“（]\|/u);
      expect(`${before}|${after}`).not.toMatch(/[，。”“]\|[，。”“]/u);
    }
    // The note mark is bound to the character before it and to the comma after it, with no break inside.
    expect(cell).toMatch(/<span class="nowrap"><span class="lead">中<\/span><sup class="noteref">.*?<\/sup>，<\/span>/);
  });

  it('sets a space between Chinese characters in a cell with markup as the ideographic space, and keeps escaped characters', () => {
    const cell = /<td>(.*?)<\/td>/.exec(renderArticle(article('| 名单 |\n| --- |\n| **张三** 李四 王五 A&B 公司的全体同志 |\n')).body)![1]!;
    expect(cell.replaceAll('<wbr/>', '')).toBe('<strong>张三</strong> 李四\u3000王五 A&amp;B 公司的全体<span class="nowrap"><span class="lead">同</span>志</span>');
    // No break inside A&B (ICU cuts it at the &).
    expect(cell).toContain('A&amp;B');
  });

  it('keeps the last two characters of a paragraph or cell together when they are inside bold or a link, and not after a note mark', () => {
    expect(renderArticle(article('全文如下，**请各单位认真学习领会。**\n')).body).toContain('<strong>请各单位认真学习<wbr/><span class="nowrap"><span class="lead">领</span>会。</span></strong></p>');
    expect(renderArticle(article('| 备注 |\n| --- |\n| 见[通知全文](https://example.com/a) |\n')).body).toContain('<a href="https://example.com/a">通知<span class="nowrap"><span class="lead">全</span>文</span></a></td>');
    // The last text may be short, after markup or a phrase break: the characters before it count.
    expect(renderArticle(article('| 备注 |\n| --- |\n| 党员干部参加学习会 |\n')).body).toMatch(/学<span class="nowrap"><span class="lead">习<\/span>会<\/span><\/td>/);
    expect(renderArticle(article('全文要求其中**2名**同志\n')).body).toContain('<strong>2名</strong><span class="nowrap"><span class="lead">同</span>志</span></p>');
    // A note mark that ends the paragraph keeps the last two characters with it (the first a lead for MuPDF), as a paragraph's end does.
    expect(renderArticle(article('正文写到这里结束[^1]\n\n[^1]: 注。\n')).body).toMatch(/<p>正文写到这里<wbr\/><span class="nowrap"><span class="lead">结<\/span>束<sup class="noteref">/);
    // After bold or emphasis, the last character goes with the mark in a copy of the markup; a link of up
    // to eight characters goes with it whole (a copy would be a second link); a longer link, code or another
    // mark is joined to the mark's span by a WORD JOINER (U+2060).
    expect(renderArticle(article('要求**高度重视**[^1]，认真落实\n\n[^1]: 注。\n')).body).toMatch(
      /要求<strong>高度重<\/strong><span class="nowrap"><strong>视<\/strong><sup class="noteref">.*?<\/sup>，<\/span>认真/,
    );
    expect(renderArticle(article('这是*重*[^1]，又\n\n[^1]: 注。\n')).body).toMatch(/这是<span class="nowrap"><em>重<\/em><sup class="noteref">/);
    // Where the mark ends the paragraph, the ideograph before goes too, as a lead: from the bold, or from the text before it.
    expect(renderArticle(article('要求各单位**高度重视**[^1]。\n\n[^1]: 注。\n')).body).toMatch(
      /<strong>高度<\/strong><wbr\/><span class="nowrap"><strong><span class="lead">重<\/span>视<\/strong><sup class="noteref">.*?<\/sup>。<\/span><\/p>/,
    );
    expect(renderArticle(article('要求各单位高度重*视*[^1]。\n\n[^1]: 注。\n')).body).toMatch(
      /高度<wbr\/><span class="nowrap"><span class="lead">重<\/span><em>视<\/em><sup class="noteref">.*?<\/sup>。<\/span><\/p>/,
    );
    expect(renderArticle(article('见[通知](https://example.com/a)[^1]。\n\n[^1]: 注。\n')).body).toMatch(
      /见<span class="nowrap"><a href="https:\/\/example.com\/a">通知<\/a><sup class="noteref">.*?<\/sup>。<\/span>/,
    );
    expect(renderArticle(article('见[关于进一步加强学习的通知](https://example.com/a)[^1]；又\n\n[^1]: 注。\n')).body).toMatch(
      /见<a href="https:\/\/example.com\/a">关于进一步加强学习的通知<\/a>\u2060<span class="nowrap"><sup class="noteref">.*?<\/sup>；<\/span>又/,
    );
    expect(renderArticle(article('见[the notice](https://example.com/a)[^1]\n\n[^1]: 注。\n')).body).toMatch(/notice<\/a>\u2060<span class="nowrap"><sup class="noteref">/);
    expect(renderArticle(article('见`qikan check`[^1]\n\n[^1]: 注。\n')).body).toMatch(/<code>qikan check<\/code>\u2060<span class="nowrap"><sup class="noteref">/);
    expect(renderArticle(article('甲[^1][^2]乙\n\n[^1]: 注。\n[^2]: 注二。\n')).body).toMatch(
      /<span class="nowrap"><span class="lead">甲<\/span><sup class="noteref">.*?①.*?<\/sup><\/span>\u2060<span class="nowrap"><sup class="noteref">.*?②.*?<\/sup><\/span>乙/,
    );
    // After a space the line may break: nothing joins the mark to the word before it.
    expect(renderArticle(article('见 notice [^1]\n\n[^1]: 注。\n')).body).toMatch(/notice <sup class="noteref">/);
  });


  it('keeps the last two ideographs of bold or emphasis with the closing marks after it that end a paragraph, list item or cell, in a copy of the markup', () => {
    expect(renderArticle(article('对此务必*高度重视*。\n')).body).toContain(
      '<p>对此务必<em>高度</em><wbr/><span class="nowrap"><em><span class="lead">重</span>视</em>。</span></p>',
    );
    // The whole of the bold taken: it leaves no empty element behind; compressed marks stay in the span.
    expect(renderArticle(article('- 列表**重要**。”\n')).body).toContain(
      '<li>列表<wbr/><span class="nowrap"><strong><span class="lead">重</span>要</strong><span class="half">。</span>”</span></li>',
    );
    // A cell breaks between phrases only: no <wbr/> is added.
    expect(renderArticle(article('| 甲 |\n| --- |\n| 表格里的**内容重视**。 |\n')).body).toMatch(/<\/strong><span class="nowrap"><strong><span class="lead">重<\/span>视<\/strong>。<\/span><\/td>/);
    // A paragraph of a few characters, and text after the bold, are left as they were.
    expect(renderArticle(article('要**重视**！\n')).body).toContain('<p>要<strong>重视</strong>！</p>');
    expect(renderArticle(article('对此要**高度重视**，抓好落实。\n')).body).toContain('<strong>高度重视</strong>，抓好<wbr/><span class="nowrap"><span class="lead">落</span>实。</span>');
  });
  it('keeps the text in its order where note marks stand side by side', () => {
    // Each mark used to take one more character of the text before the first (stale sibling links): 甲丁①丙②乙③戊.
    const marks = '甲乙丙丁[^1][^2][^3]戊。\n\n加粗**重要内容**[^4][^5]。\n\n链接[通知](https://www.gov.cn/)[^6][^7]。\n\n' + [1, 2, 3, 4, 5, 6, 7].map((n) => `[^${n}]: 注。\n`).join('');
    const paragraphs = renderArticle(article(marks)).body.split('<section class="notes"')[0]!.match(/<p>.*?<\/p>/g)!.map((p) => p.replace(/<[^>]+>|\u2060/g, ''));
    expect(paragraphs).toEqual(['甲乙丙丁①②③戊。', '加粗重要内容④⑤。', '链接通知⑥⑦。']);
    // A mark after the closing mark that the mark before took into its span is joined to that span.
    expect(renderArticle(article('学习文件[^1]。[^2]后面\n\n[^1]: 注。\n[^2]: 注二。\n')).body).toMatch(/<span class="lead">件<\/span><sup class="noteref">.*?①.*?<\/sup>。<\/span>\u2060<span class="nowrap"><sup class="noteref">.*?②/);
  });

  it('never puts markup inside a character: a variation sequence or an emoji sequence stays whole', () => {
    // 葛 + VS17 (an ideographic variation sequence), and a family emoji joined by ZWJs: one grapheme each.
    const ivs = '葛\u{E0100}';
    const family = '👨\u200d👩\u200d👧';
    const body = renderArticle(article(`## ${ivs}亮同志的讲话\n\n学习${family}[^1]。又见${ivs}[^2]。\n\n[^1]: 注。\n[^2]: 注。\n`)).body;
    expect(body).toContain(`<span class="nowrap">${family}<sup class="noteref">`);
    expect(body).toContain(`<span class="nowrap">${ivs}<sup class="noteref">`);
    // In the heading, no tag between the ideograph and its selector.
    expect(/<h2 id="s1">(.*?)<\/h2>/.exec(body)![1]).toContain(ivs);
  });

  it('keeps a cell’s phrases in no nowrap span, which MuPDF would set over the next column; a heading with markup keeps them', () => {
    const source = '## 深入学习贯彻**党的二十大精神**的具体要求\n\n| 时间 | 地点 | 内容 | 单位 | 备注 |\n| --- | --- | --- | --- | --- |\n| 1月2日 | 市委党校报告厅 | 中国特色社会主义思想 | 组织部宣传部 | 全体党员参加 |\n';
    const body = renderArticle(article(source)).body;
    const cells = body.match(/<td>.*?<\/td>/g)!;
    expect(cells.some((cell) => cell.includes('<wbr/>'))).toBe(true);
    // Only a cell's last two characters are kept together.
    for (const cell of cells) expect(cell.replace(/<span class="nowrap"><span class="lead">[^<]<\/span>[^<]{1,2}<\/span><\/td>$/, '</td>')).not.toContain('nowrap');
    expect(/<h2 id="s1">(.*?)<\/h2>/.exec(body)![1]).toContain('<strong><span class="nowrap">');
  });

  it('breaks a heading with markup between the same phrases as the heading without it', () => {
    const plain = renderArticle(article('## 深入学习贯彻习近平新时代中国特色社会主义思想的重要意义\n')).body;
    const marked = renderArticle(article('## 深入学习贯彻**习近平新时代中国特色社会主义思想**的重要意义\n')).body;
    const breaksOf = (body: string) => /<h2 id="s1">(.*?)<\/h2>/.exec(body)![1]!.replaceAll(/<(?!wbr)[^>]*>/g, '');
    expect(breaksOf(marked)).toBe(breaksOf(plain));
    expect(breaksOf(marked)).toContain('<wbr/>');
    expect(marked).toContain('<strong>');
  });

  it('sets a space between Chinese characters in a table cell as the ideographic space, as in a paragraph', () => {
    const { body } = renderArticle(article('| 名单 |\n| --- |\n| 张三 李四 |\n'));
    expect(/<td>(.*?)<\/td>/.exec(body)![1]!.replaceAll('<wbr/>', '')).toBe('张三\u3000<span class="nowrap"><span class="lead">李</span>四</span>');
  });

  it('keeps Chinese as characters and escapes markup characters', () => {
    const { body } = renderArticle(article('“引号”与 a < b & c\n', { title: 'A&B' }));
    expect(body).toContain('<h1 id="title">A&amp;B</h1>');
    expect(body).toContain('<p>“引号”与 a &lt; b &amp; c</p>');
  });

  it('does not turn a line break between Chinese characters into a space (markdown-it-cjk-breaks)', () => {
    // (The last two characters are kept together by a span: typeset-text.ts.)
    expect(renderArticle(article('第一行\n第二行\n')).body).toContain('<p>第一行第<wbr/><span class="nowrap"><span class="lead">二</span>行</span></p>');
  });

  it('makes **bold** next to full-width punctuation bold (markdown-it-cjk-friendly)', () => {
    expect(renderArticle(article('这是**“加粗”**的文字。\n')).body).toContain('<strong>“加粗”</strong>');
  });

  it('never lets raw HTML through', () => {
    const { body } = renderArticle(article('<script>alert(1)</script>\n\n文字<img src=x onerror=alert(1)>\n'));
    expect(body).not.toMatch(/<script|<img/);
    expect(body).toContain('&lt;script&gt;');
  });

  it('gives ## headings ids and nests deeper ones under them for the table of contents', () => {
    const { body, sections } = renderArticle(article('## 一、总体要求\n\n文字。\n\n### （一）目标\n\n文字。\n\n## 二、重点任务\n'));
    expect(body).toContain('<h2 id="s1">一、总体要求</h2>');
    expect(sections).toEqual([
      { id: 's1', title: '一、总体要求', level: 2, children: [{ id: 's2', title: '（一）目标', level: 3, children: [] }] },
      { id: 's3', title: '二、重点任务', level: 2, children: [] },
    ]);
  });

  it('keeps full-address links, and turns a link to a file or #anchor into its plain words', () => {
    const { body } = renderArticle(article('见[新华网](https://www.news.cn/)、[上文](02-zhongyang.md)与[此处](#s1)。'));
    expect(body).toContain('<a href="https://www.news.cn/">新华网</a>');
    expect(body).toContain('、上文与此处。');
    expect(body).not.toContain('02-zhongyang.md');
  });

  it('renders tables', () => {
    expect(renderArticle(article('| 项目 | 数量 |\n| --- | --- |\n| 甲 | 1 |\n')).body).toMatch(/<div class="table-wrap"><table>[\s\S]*<td>甲<\/td>/);
  });
});

describe('Chinese numbers', () => {
  it('writes years digit by digit with 〇, dates and issue numbers as printed', () => {
    expect(chineseYear(2024)).toBe('二〇二四年');
    expect(chineseYear(2030)).toBe('二〇三〇年');
    expect(chineseDate('2024-02')).toBe('2024年2月');
    expect(chineseDate('2024-02-08')).toBe('2024年2月8日');
    expect(issueNumberText(2)).toBe('第2次');
  });
});

describe('renderArticle: pictures', () => {
  it('sets a paragraph that is only a picture apart (class picture: not indented), and no other', () => {
    const { body } = renderArticle(article('![图表](images/chart.png)\n\n见下图![小图](images/x.png)。\n'));
    expect(body).toContain('<p class="picture"><img src="images/01-chart.png" alt="图表"/></p>');
    expect(body).toMatch(/<p>见下图<img src="images\/01-x.png" alt="小图"\/>。<\/p>/);
  });
});
