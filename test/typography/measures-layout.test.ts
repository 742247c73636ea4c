// The layout measures on small literal models (no engine): lines, blank
// pages, line pitch, note-mark lines, clreq line edges, punctuation pairs, overlaps.
import { describe, expect, it } from 'vitest';
import { groupIntoLines } from './lines.js';
import { line, page, row } from './literal-model.js';
import { blankPages, cutPictures, picturesBeforeText } from './measures/blank-pages.js';
import { lineEdgeFindings } from './measures/line-edges.js';
import { bodyLinePitch } from './measures/line-pitch.js';
import { noteMarkLines } from './measures/note-marks.js';
import { overlappingGlyphs } from './measures/overlaps.js';
import { pairAdvances, summarisePairs } from './measures/punctuation-pairs.js';
import { lineText } from './model.js';

describe('groupIntoLines', () => {
  it('starts a line where the baseline moves down and x goes back', () => {
    const glyphs = [...row('第一行', { baseline: 10 }), ...row('第二行', { baseline: 25 })];
    expect(groupIntoLines(glyphs).map(lineText)).toEqual(['第一行', '第二行']);
  });

  it('keeps a line together across a font change on the same baseline', () => {
    const glyphs = [...row('正文', { font: 'A' }), ...row('“', { x: 20, font: 'B' })];
    expect(groupIntoLines(glyphs).map(lineText)).toEqual(['正文“']);
  });

  it('splits two table cells on one baseline, far apart', () => {
    const glyphs = [...row('第一支部', { x: 0 }), ...row('12', { x: 90 })];
    expect(groupIntoLines(glyphs).map(lineText)).toEqual(['第一支部', '12']);
  });

  it('splits two table cells drawn by separate calls, half an em apart or more', () => {
    const cells = [...row('12', { advances: [0.5, 0.5] }).map((g) => ({ ...g, run: 1 })), ...row('含预备', { x: 18 }).map((g) => ({ ...g, run: 2 }))];
    expect(groupIntoLines(cells).map(lineText)).toEqual(['12', '含预备']);
    const fontChange = [...row('2月', { advances: [0.5, 1] }).map((g) => ({ ...g, run: 1 })), ...row('“好', { x: 15 }).map((g) => ({ ...g, run: 2 }))];
    expect(groupIntoLines(fontChange).map(lineText)).toEqual(['2月“好']);
  });

  it('keeps a smaller raised mark on its line (Chromium: a 0.7 em ① with its box 0.52 em up), and the text after it', () => {
    const glyphs = [...row('现代化'), ...row('①', { x: 30, size: 7, baseline: 4.8, role: 'noteref' }), ...row('，各级', { x: 37 })];
    expect(groupIntoLines(glyphs).map(lineText)).toEqual(['现代化①，各级']);
    const startsWithMark = [...row('①', { size: 7, baseline: 4.8, role: 'noteref' }), ...row('，各级', { x: 7 })];
    expect(groupIntoLines(startsWithMark).map(lineText)).toEqual(['①，各级']);
    // A smaller line below, further right, is not raised: a new line.
    expect(groupIntoLines([...row('正文'), ...row('注', { x: 30, size: 7, baseline: 16 })]).map(lineText)).toEqual(['正文', '注']);
  });

  it('splits two blocks the engine tells apart, even on one baseline', () => {
    const glyphs = [...row('甲', { block: 1 }), ...row('乙', { x: 10, block: 2 })];
    expect(groupIntoLines(glyphs).map(lineText)).toEqual(['甲', '乙']);
  });
});

describe('blankPages', () => {
  it('finds the blank page before the cover and the one after it, and lists every blank page', () => {
    const pages = [page(1, []), page(2, [], 1), page(3, []), page(4, [line('目录')]), page(5, [])];
    expect(blankPages(pages)).toEqual({ coverPage: 2, pagesBeforeText: 3, aroundCover: [1, 3], all: [1, 3, 5] });
  });

  it('has nothing around a cover that is the first page, followed by text', () => {
    expect(blankPages([page(1, [], 1), page(2, [line('扉页')])])).toEqual({ coverPage: 1, pagesBeforeText: 1, aroundCover: [], all: [] });
  });

  it('counts a cover split over two pages as two pages before the text', () => {
    expect(blankPages([page(1, [], 1), page(2, [], 1), page(3, [line('扉页')])]).pagesBeforeText).toBe(2);
  });
});

describe('bodyLinePitch', () => {
  it('is the median baseline distance of consecutive body lines ÷ font size', () => {
    const pages = [
      page(1, [line('甲', { baseline: 10 }), line('乙', { baseline: 26 }), line('丙', { baseline: 42 }), line('丁', { baseline: 60 })]),
      page(2, [line('标题', { baseline: 10, role: 'heading1' }), line('戊', { baseline: 40 }), line('己', { baseline: 56 })]),
    ];
    // Pairs 16, 16, 18 (page 1) and 16 (page 2; the heading is not body): median 16 ÷ 10.
    expect(bodyLinePitch(pages)).toEqual({ ratio: 1.6, pairs: 4 });
  });

  it('is undefined without two body lines in a row', () => {
    expect(bodyLinePitch([page(1, [line('一行')])])).toEqual({ ratio: undefined, pairs: 0 });
  });
});

describe('noteMarkLines', () => {
  const mark = (x: number, baseline: number) => row('①', { x, size: 7, baseline: baseline - 5, role: 'noteref' });
  const marked = (text: string, baseline: number) => ({ glyphs: [...row(text, { baseline }), ...mark(10 * text.length, baseline)] });

  it('measures the pitch to and from each line with a mark against the unmarked body lines of its size', () => {
    const pages = [page(1, [line('甲', { baseline: 10 }), line('乙', { baseline: 26 }), marked('丙', 42), line('丁', { baseline: 58 }), line('注', { baseline: 80, size: 8 })])];
    const found = noteMarkLines(pages);
    expect({ lines: found.lines, pitches: found.pitches.map((p) => [p.line, p.pitch, p.body]), findings: found.findings }).toEqual({
      lines: 1,
      pitches: [
        ['丙①', 16, 16],
        ['丙①', 16, 16],
      ],
      findings: [],
    });
  });

  it('reports a line a mark moves by more than a CSS pixel (the font size ÷ 16), and none moved by one', () => {
    // Size 10: a pixel is 0.625. Moved down 0.75: 1.2 px off the pitch above and below.
    const pushed = noteMarkLines([page(1, [line('甲', { baseline: 10 }), line('乙', { baseline: 26 }), marked('丙', 42.75), line('丁', { baseline: 58 }), line('戊', { baseline: 74 })])]);
    expect(pushed.findings.map((f) => [f.pitch, f.body, f.offPx])).toEqual([
      [16.75, 16, 1.2],
      [15.25, 16, 1.2],
    ]);
    const onePixel = noteMarkLines([page(1, [line('甲', { baseline: 10 }), line('乙', { baseline: 26 }), marked('丙', 41.375), line('丁', { baseline: 57.375 })])]);
    expect(onePixel.pitches.map((p) => p.offPx)).toEqual([1, 0]);
    expect(onePixel.findings).toEqual([]);
  });

  it('has nothing to measure in a book without marks', () => {
    expect(noteMarkLines([page(1, [line('甲', { baseline: 10 }), line('乙', { baseline: 26 })])])).toEqual({ lines: 0, pitches: [], findings: [] });
  });
});

describe('lineEdgeFindings', () => {
  it('finds a closing mark at a line start and an opening mark at a line end', () => {
    const pages = [page(3, [line('全面落实“', { baseline: 10 }), line('。四下基层”', { baseline: 25 }), line('，正常', { baseline: 40 })])];
    expect(lineEdgeFindings(pages)).toEqual([
      { page: 3, kind: 'opening mark ends line', mark: '“', line: '全面落实“' },
      { page: 3, kind: 'closing mark starts line', mark: '。', line: '。四下基层”' },
      { page: 3, kind: 'closing mark starts line', mark: '，', line: '，正常' },
    ]);
  });

  it('finds an ellipsis cut in two, and lets a whole one end a line', () => {
    const cut = [page(1, [line('我们要…', { baseline: 10 }), line('…”话', { baseline: 25 })])];
    expect(lineEdgeFindings(cut)).toEqual([{ page: 1, kind: 'dash or ellipsis split', mark: '…', line: '我们要…⏎…”话' }]);
    const whole = [page(1, [line('我们要……', { baseline: 10 }), line('话还没说完', { baseline: 25 })])];
    expect(lineEdgeFindings(whole)).toEqual([]);
  });
});

describe('pairAdvances', () => {
  it('measures from the first mark to the glyph after the pair, in em', () => {
    const pages = [page(1, [line('学”“四', { advances: [1, 0.5, 1, 1] }), line('好”，', { baseline: 25 })])];
    expect(pairAdvances(pages)).toEqual([
      { page: 1, pair: '”“', advance: 1.5 },
      // At the end of a line, to the right edge of the second mark.
      { page: 1, pair: '”，', advance: 2 },
    ]);
  });

  it('takes out the space justification adds after every character', () => {
    // Ideographs 1.1 em apart: 0.1 em of stretch after each character.
    const pages = [page(1, [line('学习”“四下', { advances: [1.1, 1.1, 0.6, 1.1, 1.1, 1.1] })])];
    expect(pairAdvances(pages)[0]!.advance).toBeCloseTo(1.5, 10);
  });

  it('does not count …… or —— as a pair, nor ……” (no blank half between the two)', () => {
    expect(pairAdvances([page(1, [line('说……”')])]).map((a) => a.pair)).toEqual([]);
    expect(pairAdvances([page(1, [line('说——“好。”')])]).map((a) => a.pair)).toEqual(['—“', '。”']);
  });

  it('summarises each kind of pair with its narrowest and widest setting', () => {
    const advances = [
      { page: 1, pair: '”，', advance: 1.5 },
      { page: 2, pair: '”，', advance: 2 },
      { page: 2, pair: '）（', advance: 1 },
    ];
    expect(summarisePairs(advances)).toEqual([
      { pair: '”，', count: 2, min: 1.5, max: 2 },
      { pair: '）（', count: 1, min: 1, max: 1 },
    ]);
  });
});

describe('overlappingGlyphs', () => {
  it('finds two cells set over each other and not neighbours that touch', () => {
    const over = [page(1, [line('第一支部'), line('人数', { x: 25 })])];
    // 第一支部 at 0–40, 人数 at 25–45: 支/人, 人/部 and 部/数 share half a box each.
    expect(overlappingGlyphs(over)).toEqual([
      { page: 1, first: '支', second: '人' },
      { page: 1, first: '人', second: '部' },
      { page: 1, first: '部', second: '数' },
    ]);
    expect(overlappingGlyphs([page(1, [line('第一支部'), line('人数', { x: 40 })])])).toEqual([]);
  });
});

describe('cutPictures', () => {
  it('finds a cover that reaches past the page’s bottom edge, and passes one inside it', () => {
    const cut = { number: 1, lines: [], images: [{ x: 20, y: 24, width: 320, height: 480 }], drawings: 0 };
    const fits = { number: 2, lines: [], images: [{ x: 20, y: 24, width: 320, height: 414 }], drawings: 0 };
    expect(cutPictures([cut, fits], 360, 480)).toEqual([{ page: 1, box: { x: 20, y: 24, width: 320, height: 480 }, overflow: 24 }]);
  });
});

describe('picturesBeforeText', () => {
  it('gives the boxes of a cover split over two pages, and nothing of the pictures after the text starts', () => {
    const top = { number: 1, lines: [], images: [{ x: 20, y: 24, width: 320, height: 432 }], drawings: 0 };
    const piece = { number: 2, lines: [], images: [{ x: 20, y: 24, width: 320, height: 80 }], drawings: 0 };
    const text = { number: 3, lines: [line('扉页')], images: [{ x: 20, y: 60, width: 100, height: 50 }], drawings: 0 };
    expect(picturesBeforeText([top, piece, text])).toEqual([
      { page: 1, box: { x: 20, y: 24, width: 320, height: 432 } },
      { page: 2, box: { x: 20, y: 24, width: 320, height: 80 } },
    ]);
  });
});
