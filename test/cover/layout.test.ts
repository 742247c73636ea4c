import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { CoverContent } from '../../src/cover/content.js';
import { advanceEm, coverSvg, fitFontSize, layoutCover } from '../../src/cover/layout.js';
import { CoverStyleSchema } from '../../src/issue/cover-style.js';
import { COVER_2024_02, STYLE_2024_02 } from './fixtures.js';

interface SvgText {
  text: string;
  x: number;
  size: number;
  weight: number;
  fill: string;
  spacing: number;
}

/** The <text> elements of a cover, read back with an XML parser (so entities are decoded). */
function texts(svg: string): SvgText[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: false, isArray: (name) => name === 'text' });
  const doc = parser.parse(svg) as { svg: { g: { text: Record<string, string>[] } } };
  return doc.svg.g.text.map((t) => ({
    text: String(t['#text']),
    x: Number(t.x),
    size: Number(t['font-size']),
    weight: Number(t['font-weight']),
    fill: t.fill!,
    spacing: Number(t['letter-spacing'] ?? 0),
  }));
}

const inkWidth = (t: SvgText) => [...t.text].reduce((sum, ch) => sum + advanceEm(ch) * t.size, 0) + t.spacing * ([...t.text].length - 1);

describe('fitFontSize', () => {
  it('keeps the preferred size when the line fits', () => {
    expect(fitFontSize('学习资料汇编', 172, 1240, 0.06)).toBe(172);
  });
  it('shrinks a long line to the width', () => {
    const size = fitFontSize('理论学习中心组学习资料汇编', 172, 1240, 0.06);
    expect(size).toBeLessThan(172);
    expect(size * (13 + 0.06 * 12)).toBeLessThanOrEqual(1240);
  });
});

describe('layoutCover', () => {
  const { svg, glyphs } = layoutCover(COVER_2024_02, STYLE_2024_02);
  const lines = texts(svg);

  it('draws every line of the content, in reading order', () => {
    expect(lines.map((t) => t.text)).toEqual([
      '中国共产党',
      '运城开放大学总支委员会',
      '理论学习中心组',
      '学习资料汇编',
      '人人皆学\u3000处处能学\u3000时时可学',
      '二〇二四年',
      '第2次',
      '2024年2月',
    ]);
  });

  it('sets the issue number larger than anything else, in the issue colour, at weight 900', () => {
    const issue = lines.find((t) => t.text === '第2次')!;
    expect(issue.size).toBe(Math.max(...lines.map((t) => t.size)));
    expect(issue).toMatchObject({ weight: 900, fill: STYLE_2024_02.issue_colour });
  });

  it('keeps every line inside the inner frame (84 px) and centred', () => {
    for (const t of lines) {
      const left = t.x - t.spacing / 2 - inkWidth(t) / 2;
      expect(left, t.text).toBeGreaterThanOrEqual(84 + 40);
      expect(left + inkWidth(t), t.text).toBeLessThanOrEqual(1600 - 84 - 40);
    }
  });

  it('asks for exactly the characters it draws, per weight', () => {
    const drawn = new Map<number, Set<string>>();
    for (const t of lines) drawn.set(t.weight, new Set([...(drawn.get(t.weight) ?? []), ...t.text]));
    expect(new Map([...glyphs].map(([weight, text]) => [weight, new Set(text)]))).toEqual(drawn);
  });

  it('uses the style colours', () => {
    const style = CoverStyleSchema.parse({ background: '#1f3b6e', band: '#16294d', accent: '#d9c27a', title_colour: '#eeeeee' });
    const restyled = coverSvg(COVER_2024_02, style);
    expect(restyled).toContain('<rect width="1600" height="2560" fill="#1f3b6e"/>');
    expect(restyled).toContain('fill="#16294d"');
    expect(restyled).not.toContain(STYLE_2024_02.background);
    expect(texts(restyled).find((t) => t.text === '学习资料汇编')?.fill).toBe('#eeeeee');
  });

  it('stays well-formed XML whatever the text says', () => {
    const hostile: CoverContent = {
      organisation: ['A & B <委员会>', `"引号" 'apos'`],
      titleLines: ['</text><script>alert(1)</script>'],
      slogan: ']]> <!-- -->',
      yearText: '二〇二四年&',
      issueText: '第<2>次',
      dateText: '\u0007 2024年2月',
    };
    const hostileSvg = coverSvg(hostile, STYLE_2024_02);
    expect(XMLValidator.validate(hostileSvg)).toBe(true);
    expect(texts(hostileSvg).map((t) => t.text)).toEqual([
      'A & B <委员会>',
      `"引号" 'apos'`,
      '</text><script>alert(1)</script>',
      ']]>\u3000<!--\u3000-->',
      '二〇二四年&',
      '第<2>次',
      ' 2024年2月',
    ]);
  });

  it('leaves out what is empty and cuts lines that do not fit', () => {
    const sparse = texts(coverSvg({ ...COVER_2024_02, slogan: '', organisation: ['一', '二', '三', '四'] }, STYLE_2024_02));
    expect(sparse.map((t) => t.text)).not.toContain('');
    expect(sparse.map((t) => t.text).slice(0, 4)).toEqual(['一', '二', '三', '理论学习中心组']);
  });
});
