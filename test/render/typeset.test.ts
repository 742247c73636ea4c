// The typesetting the renderer adds to Chinese text, on literal input: which
// mark of a pair gives up half its width, where headings may break, what
// becomes an ideographic space, which characters end a paragraph together.
import { describe, expect, it } from 'vitest';
import { keptRuns, phraseBreaks, typesetPhrases } from '../../src/render/phrases.js';
import { compressPunctuation } from '../../src/render/punctuation.js';
import { QUOTE_BREAK, quoteBreaks, typesetText } from '../../src/render/typeset-text.js';

const half = (mark: string) => `<span class="half">${mark}</span>`;

describe('compressPunctuation (clreq §3.1.6)', () => {
  it.each([
    ['“风景这边独好”。', `“风景这边独好${half('”')}。`],
    ['他说：“好。”', `他说${half('：')}“好${half('。')}”`],
    ['“甲”“乙”', `“甲${half('”')}“乙”`],
    ['（《决定》）', `（${half('《')}决定${half('》')}）`],
    ['了。”“我', `了${half('。')}${half('”')}“我`],
    // A dash or an ellipsis fills its em: the opening mark after it gives up its blank half.
    ['他说——“好', `他说——${half('“')}好`],
    ['完成。——', `完成${half('。')}——`],
  ])('%s', (text, markup) => {
    expect(compressPunctuation(text)).toBe(markup);
  });

  it('leaves single marks, an empty pair （）, —— and …… and a closing mark after them alone', () => {
    expect(compressPunctuation('甲，乙。丙（）丁')).toBe('甲，乙。丙（）丁');
    // ” after …… has its blank on the right, against the next character: nothing to take out between the two.
    expect(compressPunctuation('等等……”他说')).toBe('等等……”他说');
    expect(compressPunctuation('a &lt; b，“c”')).toBe(`a &lt; b${half('，')}“c”`);
  });

  it('changes no character of the text, only adds spans', () => {
    const text = '了。”“我们（《决定》）说：“好！”';
    expect(compressPunctuation(text).replace(/<[^>]+>/g, '')).toBe(text);
  });
});

describe('phraseBreaks and typesetPhrases: headings break between phrases', () => {
  it('breaks where BudouX and ICU agree, never inside a name, a number with its unit or a term', () => {
    expect(typesetPhrases('习近平：在二〇二四年春节团拜会上的讲话').replace(/<\/?span[^>]*>/g, '')).toBe(`习近平：<wbr/>在二〇二四年<wbr/>春节团拜会<wbr/>上的讲话`);
  });

  it('keeps each phrase but its first letter in a nowrap span, so that MuPDF breaks only before a phrase', () => {
    const kept = (first: string, rest: string) => `${first}<span class="nowrap">${rest}</span>`;
    expect(typesetPhrases('习近平：在二〇二四年春节团拜会上的讲话')).toBe(
      [kept('习', '近平：'), kept('在', '二〇二四年'), kept('春', '节团拜会'), kept('上', '的讲话')].join('<wbr/>'),
    );
    // Leading marks stay outside with the letter: MuPDF decides a break by the last character outside a span.
    expect(typesetPhrases('深入学习“两个确立”的决定性意义').split('<wbr/>')).toContain(kept('“两', '个'));
    // A heading of one phrase gets no span.
    expect(typesetPhrases('全国教育')).toBe('全国教育');
  });

  it('lets a phrase too long to keep whole break between its words, never inside a name or a term, nor after one character or before the last two', () => {
    const plain = (title: string, size?: number) => typesetPhrases(title, size).replace(/<\/?span[^>]*>/g, '');
    // 全省学习贯彻习近平新时代 is one phrase: Chromium broke it where it overflowed (习近 | 平), MuPDF anywhere.
    expect(plain('全省学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议召开', 1.4)).toBe(
      '全省<wbr/>学习<wbr/>贯彻<wbr/>习近平<wbr/>新时代<wbr/>中国<wbr/>特色<wbr/>社会主义<wbr/>思想<wbr/>主题教育<wbr/>总结<wbr/>会议召开',
    );
    // Each word but its first letter is kept for MuPDF.
    expect(typesetPhrases('全省学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议召开', 1.4)).toContain('<wbr/>习<span class="nowrap">近平</span><wbr/>新<span class="nowrap">时代</span><wbr/>');
    // A phrase that may stay whole stays so: 中心组学习资料 at the body's size, not at the title's 1.7.
    expect(plain('理论学习中心组学习资料')).toBe('理论<wbr/>学习<wbr/>中心组学习资料');
    expect(plain('理论学习中心组学习资料', 1.7)).toBe('理论<wbr/>学习<wbr/>中心组<wbr/>学习资料');
  });

  it('keeps no run in a phrase with a space (a place to break, and one that may become U+3000)', () => {
    expect(keptRuns([...'张 三丰同志学习'], [4])).toEqual([[5, 8]]);
    expect(keptRuns([...'张三丰同志学习'], [3])).toEqual([[1, 3], [4, 7]]);
  });

  it('keeps no run in a phrase led by a digit or Latin letter when the next one is too: MuPDF would find no break between them', () => {
    const chars = [...'2019年、2020年、2021年全市工作'];
    // Phrases 2019年、| 2020年、| 2021年 | 全市工作: only 2021年, before an ideograph, keeps its run.
    expect(keptRuns(chars, [6, 12, 17])).toEqual([[13, 17], [18, 21]]);
    expect(keptRuns([...'全市2019年工作'], [2, 7])).toEqual([[1, 2], [3, 7], [8, 9]]);
  });

  it('keeps 党的二十大 whole (BudouX alone breaks 贯彻党 / 的二十大)', () => {
    const phrases = typesetPhrases('关于深入学习贯彻党的二十大精神的几点具体要求').split('<wbr/>');
    expect(phrases.length).toBeGreaterThan(3);
    expect(phrases.some((phrase) => phrase.includes('党的二十大'))).toBe(true);
  });

  it('never leaves one or two characters alone at the end', () => {
    const title = '全国教育工作会议精神';
    const breaks = phraseBreaks(title);
    expect(title.length - breaks[breaks.length - 1]!).toBeGreaterThan(2);
    expect(typesetPhrases('理论学习中心组学习资料').replace(/<\/?span[^>]*>/g, '')).toBe('理论<wbr/>学习<wbr/>中心组学习资料');
  });

  it('never breaks where a mark would begin or end a line, inside a run of marks, or next to white space', () => {
    const texts = ['全部参加。（括号）中国特色社会主义', '学习贯彻《中国共产党章程》和卡尔·马克思的著作', '他说：“要学习。”“好。”大家表示赞同', '学习 (试行) 办法, 共10条; 另附说明'];
    for (const text of texts) {
      const chars = [...text];
      for (const at of phraseBreaks(text)) {
        const pair = `${chars[at - 1]}|${chars[at]}`;
        expect(pair).not.toMatch(/\|[，。、；：！？）」』”’》〉】〕·～),.:;!?%]|[（「『“‘《〈【〔(]\||[，。”“]\|[，。”“]|\s\||\|\s/u);
      }
    }
    // The opening bracket of （括号） stays with 括号 (a segmenter alone would break after it).
    expect(typesetPhrases('全部参加。（括号）中国特色社会主义')).not.toContain('（<wbr/>');
  });

  // Found by a review: 表意⿰氵青文字 could break between 氵 and 青, splitting the one character the sequence describes.
  it('never breaks inside an ideographic description sequence, nested ones and three-part ones included', () => {
    for (const text of ['关于表意⿰氵青文字的写法说明', '向⿱艹⿰氵青同志学习的决定', '学习⿲木木木字的由来和用法']) {
      const chars = [...text];
      const start = chars.findIndex((c) => /[\u2ff0-\u2fff]/u.test(c));
      const end = start + (text.includes('⿲') ? 4 : text.includes('⿱艹') ? 5 : 3);
      const inside = phraseBreaks(text).filter((at) => at > start && at < end);
      expect(inside).toEqual([]);
      expect(typesetPhrases(text).replace(/<[^>]+>/g, '')).toBe(text);
    }
  });

  it('escapes markup characters and changes no character', () => {
    const title = 'A&B：《<决定>》的“说明”';
    expect(typesetPhrases(title).replace(/<wbr\/>|<\/?span[^>]*>/g, '')).toBe('A&amp;B：《&lt;决定&gt;》的“说明”');
  });
});

describe('typesetText', () => {
  it('sets the dateline’s and a slogan’s ASCII space as an ideographic space, and no other', () => {
    expect(typesetText('新华社北京2月4日电 学习贯彻', { lastLine: false })).toBe('新华社北京2月4日电\u3000学习贯彻');
    expect(typesetText('共 126 万亿元, a b', { lastLine: false })).toBe('共 126 万亿元, a b');
  });

  it('keeps a paragraph’s last two characters and their closing marks together', () => {
    expect(typesetText('祝大家身体健康、龙年吉祥！', { lastLine: true })).toBe('祝大家身体健康、龙年<wbr/><span class="nowrap"><span class="lead">吉</span>祥！</span>');
    expect(typesetText('谢谢！', { lastLine: true })).toBe('谢谢！');
    expect(typesetText('以上。', { lastLine: false })).toBe('以上。');
  });

  it('keeps a quotation of one character that ends a paragraph with the ideograph before it: no last line of “率”。 alone', () => {
    expect(typesetText('要坚持效与“率”。', { lastLine: true })).toBe('要坚持效<wbr/><span class="nowrap"><span class="lead">与</span>“率<span class="half">”</span>。</span>');
    expect(typesetText('他强调了‘稳’', { lastLine: true })).toBe('他强调<wbr/><span class="nowrap"><span class="lead">了</span>‘稳’</span>');
    // A quotation of two: its two characters, as before.
    expect(typesetText('他说是“效率”。', { lastLine: true })).toBe('他说是“<span class="nowrap"><span class="lead">效</span>率<span class="half">”</span>。</span>');
  });

  it('says that a line may break before the kept characters where it may break anyway: after an ideograph or a closing mark', () => {
    // Calibre took the no-wrap of the span for the place before it too: 明 | 显成效。
    expect(typesetText('取得明显成效。', { lastLine: true })).toBe('取得明显<wbr/><span class="nowrap"><span class="lead">成</span>效。</span>');
    expect(typesetText('会议强调，领会。', { lastLine: true })).toBe('会议强调，<wbr/><span class="nowrap"><span class="lead">领</span>会。</span>');
    // Never after an opening mark, nor in a cell, which breaks between phrases only (the phrase 交流发言 whole).
    expect(typesetText('他说“快乐”', { lastLine: true })).toBe('他说“<span class="nowrap"><span class="lead">快</span>乐”</span>');
    expect(typesetText('作了交流发言', { lastLine: true, phrasesOnly: true })).toBe('作了交流<span class="nowrap"><span class="lead">发</span>言</span>');
    expect(typesetText('见A&amp;B改进', { lastLine: true })).toBe('见A&amp;B<span class="nowrap"><span class="lead">改</span>进</span>');
  });
});

describe('quoteBreaks: a place for MuPDF to break beside a quotation mark', () => {
  const Z = '|';
  const marked = (text: string) => quoteBreaks(text).replaceAll(QUOTE_BREAK, Z);

  it('is a zero-width space in a span the stylesheet hides from every engine but MuPDF', () => {
    expect(QUOTE_BREAK).toBe('<span class="quote-break">\u200b</span>');
  });

  it('goes into a run that quotation marks hold together when it is longer than eight characters: before “ after an ideograph, a letter, a digit or a closing mark, after ” before an ideograph, a letter, a digit or an opening mark', () => {
    // 持“效”与“率”并 is one run of nine in MuPDF.
    expect(marked('坚持“效”与“率”并重')).toBe('坚持|“效”|与|“率”|并重');
    expect(marked('第2“稳”“进”“破”的')).toBe('第2|“稳”|“进”|“破”|的');
    expect(marked('“稳”《决》“进”“破”')).toBe('“稳”|《决》|“进”|“破”');
  });

  it('leaves a shorter run alone: MuPDF breaks beside it, and each place splits the text where Chromium measures it', () => {
    expect(marked('坚持“效”与')).toBe('坚持“效”与');
    expect(marked('是“两个确立”，也是‘两个维护’')).toBe('是“两个确立”，也是‘两个维护’');
    expect(marked('落实“四下基层”制度')).toBe('落实“四下基层”制度');
  });

  it('finds the run across the text around it: bold before it, the kept last characters or a note mark after it', () => {
    const kept = '<span class="nowrap"><span class="lead">并</span>重。</span>';
    // 持“效”与“率” is seven characters, but MuPDF cannot break before 并 either: the run is ten.
    expect(quoteBreaks('要坚持“效”与“率”', { before: '', after: kept, atStart: true }).replaceAll(QUOTE_BREAK, Z)).toBe('要坚持|“效”|与|“率”|');
    expect(marked('要坚持“效”与“率”')).toBe('要坚持“效”与“率”');
    // A place at the start only where no text node before has it at its end.
    expect(quoteBreaks('“稳”“进”“破”的', { before: '统筹', after: '', atStart: true }).replaceAll(QUOTE_BREAK, Z)).toBe('|“稳”|“进”|“破”|的');
    expect(quoteBreaks('“稳”“进”“破”的', { before: '统筹', after: '', atStart: false }).replaceAll(QUOTE_BREAK, Z)).toBe('“稳”|“进”|“破”|的');
    // A text with no quotation mark of its own, after bold that ends a run with one: 的 | after **“稳”“进”“破”**.
    expect(quoteBreaks('的关系', { before: '“稳<span class="half">”</span>“进<span class="half">”</span>“破”', after: '', atStart: true }).replaceAll(QUOTE_BREAK, Z)).toBe('|的关系');
    // The kept characters of a paragraph's end, typeset with it.
    expect(typesetText('分清轻重缓急，要坚持“效”与“率”并重。', { lastLine: true }).replaceAll(QUOTE_BREAK, Z)).toBe(`分清轻重缓急，要坚持|“效”|与|“率”|<wbr/>${kept}`);
  });

  it('takes U+3000 and a no-break space for no place to break, as MuPDF does, and keeps a per cent sign with its number', () => {
    expect(marked('口号是“稳”\u3000“进”\u3000“破”等')).toBe('口号是|“稳”|\u3000|“进”|\u3000|“破”|等');
    expect(marked('增长“5%”与“6%”与“7%”之比')).toBe('增长|“5%”|与|“6%”|与|“7%”|之比');
  });

  it('goes once between ” and “, past the span that halves the first (punctuation.ts)', () => {
    expect(marked('“稳<span class="half">”</span>“进<span class="half">”</span>“破”的')).toBe('“稳<span class="half">”</span>|“进<span class="half">”</span>|“破”|的');
    expect(marked('说<span class="half">：</span>“稳”“进”“破”')).toBe('说<span class="half">：</span>|“稳”|“进”|“破”');
  });

  it('never goes after an opening mark, before a closing one, at either end, beside a dash, or beside an apostrophe', () => {
    expect(marked('（“稳”“进”“破”）')).toBe('（“稳”|“进”|“破”）');
    expect(marked('他说：“稳”“进”“破”。')).toBe('他说：|“稳”|“进”|“破”。');
    expect(marked('——“稳”“进”“破”……')).toBe('——“稳”|“进”|“破”……');
    // ’ between letters or digits is an apostrophe; ‘ ’ get no place beside a letter or digit.
    expect(marked('it’s“稳”“进”“破”')).toBe('it’s|“稳”|“进”|“破”');
    expect(marked('a‘稳’‘进’‘破’的')).toBe('a‘稳’|‘进’|‘破’|的');
    expect(marked('China’s economy, rock ‘n’ roll, the ’90s')).toBe('China’s economy, rock ‘n’ roll, the ’90s');
    expect(marked('没有引号的文字')).toBe('没有引号的文字');
  });
});
