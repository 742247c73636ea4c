// The text measures on small literal models (no engine): heading breaks
// against BudouX's phrases, fonts, glyph forms, and the role tags.
import { describe, expect, it } from 'vitest';
import { line, page } from './literal-model.js';
import { cjkInLatinFont, fontsOfRole, isKaiFont, missingGlyphs, type FontCoverage } from './measures/fonts.js';
import { inkCentre, markForm, type GreyImage } from './measures/glyph-forms.js';
import { assignLines, breakFindings, headingBreaks } from './measures/headings.js';
import { roleOfTag, roleStylesheet } from './roles.js';

describe('heading breaks', () => {
  it('cuts the heading lines back into the headings, in order', () => {
    const lines = ['目录', '习近平在二〇二四年春节团拜会上的讲', '话', '全国教育工作会议精神'];
    expect(assignLines(lines, ['目录', '习近平在二〇二四年春节团拜会上的讲话', '全国教育工作会议精神'])).toEqual([
      ['目录'],
      ['习近平在二〇二四年春节团拜会上的讲', '话'],
      ['全国教育工作会议精神'],
    ]);
  });

  it('skips a line that spells no heading', () => {
    expect(assignLines(['目录', '多出来的', '精神'], ['目录', '精神'])).toEqual([['目录'], ['精神']]);
  });

  // BudouX (zh-hans) reads 全国教育工作会议精神 as 全|国|教育|工作|会议|精神.
  it('finds a last line of one character, cut out of a phrase', () => {
    expect(breakFindings('全国教育工作会议精神', ['全国教育工作会议精', '神'])).toEqual(['last line holds 1 character: 神', 'breaks inside 「精神」 (精 / 神)']);
  });

  it('finds a last line of two characters even at a phrase boundary', () => {
    expect(breakFindings('全国教育工作会议精神', ['全国教育工作会议', '精神'])).toEqual(['last line holds 2 characters: 精神']);
  });

  it('accepts a break between phrases that leaves more than two characters', () => {
    expect(breakFindings('全国教育工作会议精神', ['全国教育工作', '会议精神'])).toEqual([]);
    expect(breakFindings('全国教育工作会议精神', ['全国教育工作会议精神'])).toEqual([]);
  });

  it('accepts a break between ICU’s words inside a long phrase, but never inside a name or term either segmenter cuts', () => {
    // BudouX reads 习近|平新|时代; ICU has 习近平 | 新时代.
    expect(breakFindings('学习贯彻习近平新时代中国特色社会主义思想', ['学习贯彻习近平', '新时代中国特色社会主义思想'])).toEqual([]);
    const inside = breakFindings('学习贯彻习近平新时代中国特色社会主义思想', ['学习贯彻习近', '平新时代中国特色社会主义思想']);
    expect(inside).toHaveLength(1);
    expect(inside[0]).toMatch(/^breaks inside /u);
    expect(breakFindings('全国团拜会上的讲话', ['全国团', '拜会上的讲话'])).toHaveLength(1);
  });

  it('reports a heading the engine did not set as it is written', () => {
    const pages = [page(1, [line('全国教育', { role: 'heading1' })])];
    expect(headingBreaks(pages, [{ role: 'heading1', text: '全国教育工作会议精神' }])).toEqual([
      { role: 'heading1', text: '全国教育工作会议精神', lines: ['全国教育'], pages: [1], findings: ['not found as set text (1 lines matched)'] },
    ]);
  });

  it('finds a heading split between two pages', () => {
    const pages = [page(4, [line('全国教育工作', { role: 'heading2' })]), page(5, [line('会议精神', { role: 'heading2' })])];
    expect(headingBreaks(pages, [{ role: 'heading2', text: '全国教育工作会议精神' }])).toEqual([
      { role: 'heading2', text: '全国教育工作会议精神', lines: ['全国教育工作', '会议精神'], pages: [4, 5], findings: [], pageSplit: 'split between pages 4 and 5' },
    ]);
  });
});

const FONTS: FontCoverage = {
  kind: (font) => (/CJK/.test(font) ? 'cjk' : /Charis/.test(font) ? 'no-cjk' : 'unknown'),
  covers: (font, character) => (/CJK/.test(font) ? character !== '\u{2A6D6}' : undefined),
};

describe('fonts', () => {
  const pages = [
    page(1, [line('学习“两个确立”', { font: 'Noto Serif CJK SC' }), line('标题', { role: 'heading1', font: 'Noto Sans CJK SC' })]),
    page(2, [line('“好”', { font: 'Charis SIL' }), line('\u{2A6D6}字', { font: 'Noto Serif CJK SC' })]),
  ];

  it('names the fonts of a role’s ideographs, most used first', () => {
    expect(fontsOfRole(pages, 'body')).toEqual([{ font: 'Noto Serif CJK SC', glyphs: 8 }, { font: 'Charis SIL', glyphs: 1 }]);
    expect(fontsOfRole(pages, 'heading1')).toEqual([{ font: 'Noto Sans CJK SC', glyphs: 2 }]);
  });

  it('finds CJK text in a font without CJK glyphs, or in one without a glyph for it', () => {
    expect(cjkInLatinFont(pages, FONTS)).toEqual([
      { character: '“', font: 'Charis SIL', count: 1, page: 2 },
      { character: '好', font: 'Charis SIL', count: 1, page: 2 },
      { character: '”', font: 'Charis SIL', count: 1, page: 2 },
      { character: '\u{2A6D6}', font: 'Noto Serif CJK SC', count: 1, page: 2 },
    ]);
  });

  it('finds a character its font has no glyph for, and one the engine drew as .notdef', () => {
    const notdef = page(3, [{ glyphs: [{ ...line('𠮷').glyphs[0]!, missing: true }] }]);
    expect(missingGlyphs([...pages, notdef], FONTS)).toEqual([
      { character: '\u{2A6D6}', font: 'Noto Serif CJK SC', count: 1, page: 2 },
      { character: '𠮷', font: 'Noto Serif CJK SC', count: 1, page: 3 },
    ]);
  });

  it('knows a Kai face by its name', () => {
    expect(['Kaiti SC', 'STKaiti', 'LXGW WenKai', 'AR PL UKai CN', 'Noto Serif CJK SC'].map(isKaiFont)).toEqual([true, true, true, true, false]);
  });
});

describe('glyph forms of ，and 。', () => {
  // A 10 × 10 em box with a 2 × 2 blot of ink.
  function blot(left: number, top: number): GreyImage {
    const pixels = new Uint8Array(100).fill(255);
    for (const [x, y] of [[left, top], [left + 1, top], [left, top + 1], [left + 1, top + 1]]) pixels[y! * 10 + x!] = 0;
    return { width: 10, height: 10, pixels };
  }
  const box = { left: 0, top: 0, width: 10, height: 10 };

  it('finds the ink at the bottom left: Simplified', () => {
    expect(inkCentre(blot(1, 7), box)).toEqual({ x: 0.2, y: 0.8 });
    expect(markForm({ x: 0.2, y: 0.8 })).toBe('simplified');
  });

  it('finds the ink in the middle: Traditional', () => {
    expect(inkCentre(blot(4, 4), box)).toEqual({ x: 0.5, y: 0.5 });
    expect(markForm({ x: 0.5, y: 0.5 })).toBe('traditional');
  });

  it('has no centre for a box without ink', () => {
    expect(inkCentre({ width: 10, height: 10, pixels: new Uint8Array(100).fill(255) }, box)).toBeUndefined();
  });
});

describe('role tags', () => {
  it('colours each role near-black, the most important rule last', () => {
    const css = roleStylesheet().split('\n');
    expect(css[0]).toBe('p, p *, blockquote, blockquote * { color: #00000b !important; }');
    expect(css.at(-1)).toBe('section.titlepage, section.titlepage *, section.backpage, section.backpage * { color: #000001 !important; }');
  });

  it('reads a colour back as its role; black is untagged', () => {
    expect([roleOfTag(2), roleOfTag(11), roleOfTag(0)]).toEqual(['byline', 'body', 'other']);
  });
});
