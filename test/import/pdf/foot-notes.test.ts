// Notes at the foot of a PDF page, on literal pages of runs (PDF points, y
// upwards): the small raised ① stays on its line of text, the small lines at
// the foot that begin with a circled number are the notes, one block each.
import { describe, expect, it } from 'vitest';
import { footNotes, noteGoesOn } from '../../../src/import/pdf/foot-notes.js';
import type { FurnishedPage } from '../../../src/import/pdf/furniture.js';
import { bodyBlocks, bodyGeometry } from '../../../src/import/pdf/layout.js';
import { pageLines } from '../../../src/import/pdf/lines.js';
import type { PdfPage, TextRun } from '../../../src/import/pdf/read-pdf.js';

const run = (text: string, x: number, y: number, size = 10.5): TextRun => ({ text, x, y, width: [...text].length * size, size, bold: false, horizontal: true });
const pageOf = (...runs: TextRun[]): PdfPage => ({ index: 1, width: 420, height: 595, runs });

describe('pageLines with note marks', () => {
  it('keeps a small mark raised above the line on it, and the line on its text’s baseline', () => {
    // Chromium prints a 0.6 em mark 0.4 of the line's size up (4.24 pt at 10.5 pt).
    const lines = pageLines(pageOf(run('现代化', 45, 500), run('①', 76.5, 504.24, 6.3), run('。理论学习', 82.8, 500), run('任务', 45, 481.1)));
    expect(lines.map((line) => [line.text, line.y, line.size])).toEqual([
      ['现代化①。理论学习', 500, 10.5],
      ['任务', 481.1, 10.5],
    ]);
  });

  it('does not take a small line below, or a line a line pitch above, for a mark', () => {
    const lines = pageLines(pageOf(run('正文', 45, 500), run('注', 45, 494, 6.3), run('上一行', 45, 518.9)));
    expect(lines.map((line) => line.text)).toEqual(['上一行', '正文', '注']);
  });
});

describe('footNotes', () => {
  const lines = (...runs: TextRun[]) => pageLines(pageOf(...runs));

  it('takes the small lines at the foot that begin with a circled number, one note each, a long one over two lines', () => {
    const page = lines(run('切实做到以调查研究', 45, 500), run('①见《高举中国特色社会主义伟大旗帜》，人民出', 45, 100, 8), run('版社2022年版，第22页。', 45, 88, 8), run('②中心组即理论学习中心组。', 45, 76, 8));
    const { lines: text, notes } = footNotes(page, 10.5, 3);
    expect(text.map((line) => line.text)).toEqual(['切实做到以调查研究']);
    expect(notes).toEqual([
      { kind: 'paragraph', text: '①见《高举中国特色社会主义伟大旗帜》，人民出版社2022年版，第22页。', markdown: '①见《高举中国特色社会主义伟大旗帜》，人民出版社2022年版，第22页。', laidOut: true, page: 3 },
      { kind: 'paragraph', text: '②中心组即理论学习中心组。', markdown: '②中心组即理论学习中心组。', laidOut: true, page: 3 },
    ]);
  });

  it('leaves a page alone whose small lines at the foot begin with no circled number, or whose circled lines are in the body size', () => {
    const caption = lines(run('正文', 45, 500), run('图为学习现场', 45, 100, 8));
    expect(footNotes(caption, 10.5, 1)).toEqual({ lines: caption, notes: [], asides: [] });
    const list = lines(run('主要任务：', 45, 500), run('①加强学习；', 45, 481.1));
    expect(footNotes(list, 10.5, 1)).toEqual({ lines: list, notes: [], asides: [] });
  });

  it('takes notes marked [1] or 注： out of the text as asides, one a note, a caption above them staying text', () => {
    const page = lines(run('正文', 45, 500), run('图为学习现场', 45, 124, 8), run('[1] 见《人民日报》', 45, 112, 8), run('2024年5月7日。', 45, 100, 8), run('注：本文有删节。', 45, 88, 8));
    const { lines: text, notes, asides } = footNotes(page, 10.5, 3);
    expect([text.map((line) => line.text), notes, asides.map((aside) => [aside.text, aside.page])]).toEqual([
      ['正文', '图为学习现场'],
      [],
      [
        ['[1] 见《人民日报》2024年5月7日。', 3],
        ['注：本文有删节。', 3],
      ],
    ]);
    // A page all in small type is text, whatever its lines begin with — its first one too.
    const allSmall = lines(run('[1] 附表', 45, 500, 8), run('北京 上海', 45, 488, 8));
    expect(footNotes(allSmall, 10.5, 3).asides).toEqual([]);
    const appendix = lines(run('附件：参考文献', 45, 500, 8), run('[1] 《论党的建设》。', 45, 488, 8), run('[2] 《求是》2023年第6期。', 45, 476, 8));
    expect(footNotes(appendix, 10.5, 3)).toEqual({ lines: appendix, notes: [], asides: [] });
  });

  it('keeps a small line above the first note as text (a source line), and takes the notes under it', () => {
    const page = lines(run('正文', 45, 500), run('（来源：人民网）', 45, 112, 8), run('①注文。', 45, 100, 8));
    const { lines: text, notes } = footNotes(page, 10.5, 1);
    expect([text.map((line) => line.text), notes.map((note) => note.text)]).toEqual([['正文', '（来源：人民网）'], ['①注文。']]);
  });

  it('takes the small lines between the text and the first note as the rest of the note before, when that one goes on', () => {
    const page = lines(run('正文', 45, 500), run('版社2022年版，第22页。', 45, 112, 8), run('①注文。', 45, 100, 8));
    const { lines: text, notes, continued } = footNotes(page, 10.5, 2, true);
    expect([text.map((line) => line.text), notes.map((note) => note.text), continued]).toEqual([['正文'], ['①注文。'], '版社2022年版，第22页。']);
    // Without a note that goes on, the same line is text.
    expect(footNotes(page, 10.5, 2, false).lines.map((line) => line.text)).toEqual(['正文', '版社2022年版，第22页。']);
  });

  it('takes the small lines at the foot of a page without a note of its own as the rest of the note before, when that one goes on', () => {
    const page = lines(run('正文', 45, 500), run('版社2022年版，', 45, 112, 8), run('第22页。', 45, 100, 8));
    const { lines: text, notes, asides, continued } = footNotes(page, 10.5, 2, true);
    expect([text.map((line) => line.text), notes, asides, continued]).toEqual([['正文'], [], [], '版社2022年版，第22页。']);
    expect(footNotes(page, 10.5, 2, false)).toEqual({ lines: page, notes: [], asides: [] });
    // A source line of the page's own (a reference note often ends without punctuation: …国家统计局) stays text.
    const source = lines(run('正文', 45, 500), run('（来源：《人民日报》2024年5月6日第1版，有删节）', 45, 100, 8));
    expect(footNotes(source, 10.5, 2, true)).toEqual({ lines: source, notes: [], asides: [] });
  });

  it('keeps small lines as text on a page without a note of its own when they are centred (a caption), or on a page set all in small type, even after a note that goes on', () => {
    const captionOnly = lines(run('正文', 45, 500), run('图为学习现场', 186, 112, 8), run('（新华社记者摄）', 178, 100, 8));
    expect(footNotes(captionOnly, 10.5, 2, true)).toEqual({ lines: captionOnly, notes: [], asides: [] });
    const allSmall = lines(run('附表：各地数据', 45, 500, 8), run('北京 上海 广州', 45, 488, 8), run('②注文。', 45, 100, 8));
    expect(footNotes(allSmall, 10.5, 2, true).continued).toBeUndefined();
  });
});

describe('noteGoesOn', () => {
  it('says a note goes on when its text stops without closing punctuation or the last word of a reference', () => {
    expect(noteGoesOn('①见《高举中国特色社会主义伟大旗帜》，人民出')).toBe(true);
    expect(noteGoesOn('①习近平：《在庆祝中国共产党成立100周年大会上的')).toBe(true);
    expect(noteGoesOn('①中心组即理论学习中心组。')).toBe(false);
    expect(noteGoesOn('①《求是》2023年第6期，第4页')).toBe(false);
    expect(noteGoesOn('①见《论党的建设》')).toBe(false);
    expect(noteGoesOn('①《习近平谈治国理政》第4卷，外文出版社2022年版')).toBe(false);
    expect(noteGoesOn('①《求是》2023年第6期')).toBe(false);
    expect(noteGoesOn('①《人民日报》2021年7月2日')).toBe(false);
  });
});

describe('bodyBlocks with a note that goes on', () => {
  const page = (index: number, ...runs: TextRun[]): FurnishedPage => ({ index, printed: index, lines: pageLines({ index, width: 420, height: 595, runs }) });
  // Three lines of body text (the size most characters are set in), from `y` down.
  const body = (y: number) => [0, 1, 2].map((i) => run('学习贯彻党的创新理论坚持读原著学原文悟原理把学习成果转化为推动工作的实际成效', 45, y - 19 * i));

  it('joins the rest at the next foot and reports it; on a page where an article begins, the foot is that article’s own', () => {
    const first = page(1, run('关于学习的体会', 45, 540, 16), ...body(500), run('①见《高举中国特色社会主义伟大旗帜》，人民出', 45, 100, 8));
    const next = page(2, ...body(540), run('版社2022年版，第22页。', 45, 112, 8), run('②注文。', 45, 100, 8));
    const reports: string[] = [];
    const blocks = bodyBlocks([first, next], bodyGeometry([first, next])!, (finding) => reports.push(finding.ruleId));
    expect(blocks.filter((b) => /^[①②]/.test(b.text)).map((b) => b.text)).toEqual(['①见《高举中国特色社会主义伟大旗帜》，人民出版社2022年版，第22页。', '②注文。']);
    expect(reports).toEqual(['import/note-over-pages']);

    const newArticle = page(2, run('另一篇文章的标题', 45, 540, 16), ...body(500), run('作者简介：张三，中共中央党校教授', 45, 112, 8), run('②注文。', 45, 100, 8));
    const kept: string[] = [];
    const blocks2 = bodyBlocks([first, newArticle], bodyGeometry([first, newArticle])!, (finding) => kept.push(finding.ruleId));
    expect(blocks2.map((b) => b.text)).toContain('作者简介：张三，中共中央党校教授');
    expect(blocks2.filter((b) => /^①/.test(b.text)).map((b) => b.text)).toEqual(['①见《高举中国特色社会主义伟大旗帜》，人民出']);
    expect(kept).toEqual([]);
  });
});

// Found by a review: a centred bold sub-heading too long for one line became a paragraph (its first,
// full line) and a heading (the centred rest).
describe('bodyBlocks with a sub-heading over two lines', () => {
  const page = (index: number, ...runs: TextRun[]): FurnishedPage => ({ index, printed: index, lines: pageLines({ index, width: 420, height: 595, runs }) });
  const bold = (text: string, x: number, y: number): TextRun => ({ ...run(text, x, y), bold: true });
  const line = '学习贯彻党的创新理论坚持读原著学原文悟原理把学习成果转化为推动工作的实际成效';

  it('is one heading; a full bold paragraph line followed by text stays a paragraph', () => {
    const body = [0, 1, 2].map((i) => run(line, 45, 540 - 19 * i));
    const title = [...'一、坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届二中全会精神'];
    const [first, rest] = [title.slice(0, 38).join(''), title.slice(38).join('')];
    // The rest centred under the full first line (38 characters of 10.5 pt from x = 45).
    const centred = 45 + (38 - [...rest].length) * 10.5 / 2;
    const heading = page(1, ...body, bold(first, 45, 470), bold(rest, centred, 451), run(line, 45, 410));
    const blocks = bodyBlocks([heading], bodyGeometry([heading])!);
    expect(blocks.filter((b) => b.headingLevel !== undefined).map((b) => b.text)).toEqual([title.join('')]);

    const boldText = page(1, ...body, bold(first, 45, 470), run(line, 45, 451));
    expect(bodyBlocks([boldText], bodyGeometry([boldText])!).filter((b) => b.headingLevel !== undefined)).toEqual([]);
  });
});
