// The trace parser on a literal trace, shaped as `mutool draw -F trace` 1.21
// writes it (MuPDF's EPUB layout and Calibre's PDF read the same way).
import { describe, expect, it } from 'vitest';
import { parseTrace, readableIdeograph, tracePages } from './engines/trace.js';
import { lineText } from './model.js';

const TRACE = `<?xml version="1.0"?>
<document name="book.epub">
<page mediabox="0 0 360 480">
<fill_image alpha="1" colorspace="DeviceRGB" transform="320 0 0 414 20 24" width="1600" height="2560"/>
</page>
<page mediabox="0 0 360 480">
<fill_path winding="nonzero" colorspace="DeviceRGB" color="1 1 1" transform="1 0 0 1 0 0">
    <moveto x="0" y="0"/>
</fill_path>
<fill_text colorspace="DeviceRGB" color="0 0 .043137256" ri="1" transform="1 0 0 1 20 24">
    <span font="Noto Serif CJK TC Regular" wmode="0" bidi="0" trm="16 0 0 -16">
        <g unicode="学" glyph="15363" x="32" y="20" adv="1"/>
        <g unicode=" " glyph="1" x="48" y="20" adv=".25"/>
    </span>
    <span font="Charis SIL Regular" wmode="0" bidi="0" trm="16 0 0 -16">
        <g unicode="&#x201c;" glyph="quotedblleft" x="52" y="20" adv=".453125"/>
        <g unicode="&lt;" glyph=".notdef" x="59.25" y="20" adv=".5"/>
        <g unicode="&#xfffd;" glyph="17" x="67.25" y="20" adv=".5"/>
    </span>
</fill_text>
<clip_text transform="1 0 0 1 20 24">
    <span font="Hidden" wmode="0" bidi="0" trm="16 0 0 -16">
        <g unicode="隐" glyph="5" x="0" y="50" adv="1"/>
    </span>
</clip_text>
<fill_text colorspace="DeviceRGB" color="0 0 0" transform=".75 0 0 .75 15 18">
    <span font="AAAAAA+NotoSerifCJKsc-Regular~12" wmode="0" bidi="0" trm="16 0 0 -16">
        <g unicode="⽂" glyph="20" x="0" y="100" adv="1"/>
    </span>
</fill_text>
</page>
<page mediabox="0 0 360 480">
</page>
</document>`;

describe('parseTrace', () => {
  const pages = parseTrace(TRACE);

  it('reads one page per <page>, with its size, images and non-white drawings', () => {
    expect(pages.map((p) => [p.width, p.height, p.glyphs.length, p.images.length, p.drawings])).toEqual([
      [360, 480, 0, 1, 0],
      [360, 480, 5, 0, 0],
      [360, 480, 0, 0, 0],
    ]);
    expect(pages[0]!.images[0]).toEqual({ x: 20, y: 24, width: 320, height: 414 });
  });

  it('places each glyph by its transform, with its font, size, role and em box', () => {
    expect(pages[1]!.glyphs[0]).toEqual({ text: '学', x: 52, top: 44 - 0.88 * 16, width: 16, baseline: 44, font: 'Noto Serif CJK TC Regular', size: 16, role: 'body', run: 1 });
    expect(pages[1]!.glyphs[1]).toMatchObject({ text: '“', x: 72, width: 7.25, font: 'Charis SIL Regular' });
  });

  it('marks a .notdef glyph and one of unknown meaning (U+FFFD) as missing, and leaves white space and clipping text out', () => {
    expect(pages[1]!.glyphs.map((g) => [g.text, g.missing ?? false])).toEqual([
      ['学', false],
      ['“', false],
      ['<', true],
      ['\ufffd', true],
      ['文', false],
    ]);
  });

  it('scales a PDF page’s glyphs by the page transform (Calibre: CSS px to points)', () => {
    expect(pages[1]!.glyphs[4]).toMatchObject({ x: 15, baseline: 93, size: 12, width: 12, role: 'other' });
  });

  it('groups the glyphs of a page into lines', () => {
    expect(tracePages(pages)[1]!.lines.map(lineText)).toEqual(['学“<\ufffd', '文']);
  });
});

// Chromium's PDF (Calibre) with a synthetic bold heading: the glyphs drawn as
// one outline path in the heading's role colour (#000005), then an invisible
// black copy of their text; last, invisible text over nothing.
const OUTLINED = `<page mediabox="0 0 270 360">
<fill_path winding="nonzero" colorspace="DeviceRGB" color="0 0 .0196" transform=".75 0 0 .75 15 18">
    <moveto x="25" y="41"/>
    <lineto x="68" y="41"/>
    <curveto x1="68" y1="41" x2="69" y2="60" x3="68" y3="61"/>
    <lineto x="25" y="61"/>
    <closepath/>
</fill_path>
<fill_text colorspace="DeviceRGB" color="0 0 0" alpha="0" transform=".75 0 0 .75 15 18">
    <span font="AAAAAA+qikan-headingRegular~114" wmode="0" bidi="0" trm="22 0 0 -22">
        <g unicode="学" glyph="21" x="24" y="59" adv="1"/>
        <g unicode="习" glyph="9" x="46" y="59" adv="1"/>
    </span>
</fill_text>
<fill_text colorspace="DeviceRGB" color="0 0 0" alpha="0" transform=".75 0 0 .75 15 18">
    <span font="AAAAAA+qikan-headingRegular~114" wmode="0" bidi="0" trm="22 0 0 -22">
        <g unicode="隐" glyph="5" x="24" y="300" adv="1"/>
    </span>
</fill_text>
</page>`;

describe('parseTrace on glyphs drawn as outlines', () => {
  const [outlined] = parseTrace(OUTLINED);

  it('reads the invisible copy of their text as the glyphs, in the role of the outline under them', () => {
    expect(outlined!.glyphs.map((g) => [g.text, g.role, g.font, g.x, g.baseline])).toEqual([
      ['学', 'heading1', 'AAAAAA+qikan-headingRegular~114', 33, 62.25],
      ['习', 'heading1', 'AAAAAA+qikan-headingRegular~114', 49.5, 62.25],
    ]);
    expect(outlined!.outlined).toEqual({ heading1: 2 });
  });

  it('leaves out invisible text that no outline shows', () => {
    expect(outlined!.glyphs.map((g) => g.text)).not.toContain('隐');
  });
});

describe('readableIdeograph', () => {
  it('gives back the ideograph of a Kangxi radical or compatibility ideograph, and keeps punctuation', () => {
    expect(readableIdeograph('⽂件，“好”…\uf900')).toBe('文件，“好”…豈');
  });
});

// A table as MuPDF 1.21 drew qikan's old grid: each border side is a filled
// rectangle one unit thick; a white page background and a filled box are not
// rules, and a path in a role colour is a glyph's outline (一 in a synthetic bold).
/** A filled rectangle as `mutool draw -F trace` writes it: one path step a line, in the page's transform. */
function filledBox(color: string, x: number, y: number, width: number, height: number): string {
  const corners = [[x, y], [x + width, y], [x + width, y + height], [x, y + height]];
  return [
    `<fill_path winding="nonzero" colorspace="DeviceRGB" color="${color}" transform="1 0 0 1 32 48">`,
    ...corners.map(([cx, cy], i) => `    <${i === 0 ? 'moveto' : 'lineto'} x="${cx}" y="${cy}"/>`),
    '    <closepath/>',
    '</fill_path>',
  ].join('\n');
}

const BORDERS = [
  '<page mediabox="0 0 360 480">',
  filledBox('1 1 1', -32, -48, 360, 480),
  filledBox('0 0 0', 8, 50.2, 280, 1),
  filledBox('.533 .533 .533', 108.4, 51.2, 1, 23.4),
  filledBox('0 0 .043137256', 0, 80, 40, 1),
  filledBox('0 0 0', 0, 100, 40, 40),
  '</page>',
].join('\n');

describe('parseTrace on rules', () => {
  it('keeps where each non-white path is drawn, but for glyph outlines, and takes the thin ones as rules', () => {
    const [traced] = parseTrace(BORDERS);
    const rounded = traced!.paths.map((box) => Object.fromEntries(Object.entries(box).map(([key, value]) => [key, Math.round(value * 100) / 100])));
    expect(rounded).toEqual([
      { x: 40, y: 98.2, width: 280, height: 1 },
      { x: 140.4, y: 99.2, width: 1, height: 23.4 },
      { x: 32, y: 148, width: 40, height: 40 },
    ]);
    expect(tracePages([traced!])[0]!.rules).toEqual(traced!.paths.slice(0, 2));
  });
});
