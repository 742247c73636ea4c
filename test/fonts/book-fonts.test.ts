// The fonts a book carries: each holds the characters it must set, the
// compression font really halves the marks, and the same text always gives
// the same bytes (the EPUB is byte-reproducible).
import opentype from 'opentype.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookFonts, type EmbeddedFont } from '../../src/epub/book-fonts.js';
import { checksum } from '../../src/fonts/sfnt.js';
import { toolAvailable } from '../helpers/tools.js';

const TEXT = {
  headings: '习近平：在二〇二四年春节团拜会上的讲话目录',
  bylines: '唐登杰 韩长赋讲话 金湘军主持',
  body: '他说：“好。”𠮷',
};

let fonts: EmbeddedFont[];
const parsed = (font: EmbeddedFont) => opentype.parse(font.data.buffer.slice(font.data.byteOffset, font.data.byteOffset + font.data.byteLength));
const byFamily = (family: string) => parsed(fonts.find((f) => f.family === family)!);

beforeAll(async () => {
  fonts = await bookFonts(TEXT);
}, 60_000);

describe('bookFonts', () => {
  it('cuts the heading, Kai, body-mark and compression fonts, each an OpenType file named for its family', () => {
    expect(fonts.map((f) => [f.family, f.fileName])).toEqual([
      ['qikan-heading', 'fonts/qikan-heading.otf'],
      ['qikan-kai', 'fonts/qikan-kai.otf'],
      ['qikan-body', 'fonts/qikan-body.otf'],
      ['qikan-half', 'fonts/qikan-half.otf'],
    ]);
    for (const font of fonts) expect(font.data.subarray(0, 4).toString('latin1')).toBe('OTTO');
  });

  it('gives every heading and byline character a glyph', () => {
    for (const [family, text] of [['qikan-heading', TEXT.headings], ['qikan-kai', TEXT.bylines.replace(/ /g, '')]] as const) {
      const font = byFamily(family);
      for (const char of text) expect(font.charToGlyph(char).index, `${family} ${char}`).toBeGreaterThan(0);
    }
  });

  it('holds the wide marks, one em wide as in the Chinese face (a Latin “ is about a third of that)', () => {
    const body = byFamily('qikan-body');
    for (const char of '“”‘’—…') expect(body.charToGlyph(char).index, char).toBeGreaterThan(0);
    expect(body.charToGlyph('“').advanceWidth).toBe(body.unitsPerEm);
  });

  it.runIf(toolAvailable('noto-cjk'))('holds a character beyond the BMP (𠮷, Ext. B), cut from the machine’s CJK font', () => {
    expect(byFamily('qikan-body').charToGlyph('𠮷').index).toBeGreaterThan(0);
  });

  it('draws the em dash a full em wide, its ink from edge to edge, so —— is one unbroken rule two characters long', () => {
    // The web cut of Noto Serif SC draws it 0.89 em wide with its ink 0.04–0.85 em in: a gap in the middle of ——.
    const body = byFamily('qikan-body');
    const dash = body.charToGlyph('—');
    const box = dash.getBoundingBox();
    expect(dash.advanceWidth).toBe(body.unitsPerEm);
    expect(box.x1).toBeLessThanOrEqual(1);
    expect(box.x2).toBeGreaterThanOrEqual(body.unitsPerEm - 1);
    // Still a dash: a thin rule at the height of the Chinese characters' middle, not stretched upright.
    expect(box.y2 - box.y1).toBeLessThan(body.unitsPerEm / 10);
  });

  it('halves the compressible marks: half an em of advance, the outline inside that half', () => {
    const half = byFamily('qikan-half');
    for (const char of '，。”）《“（') {
      const glyph = half.charToGlyph(char);
      const box = glyph.getBoundingBox();
      expect(glyph.advanceWidth, char).toBe(half.unitsPerEm / 2);
      expect(box.x1, char).toBeGreaterThanOrEqual(0);
      expect(box.x2, char).toBeLessThanOrEqual(half.unitsPerEm / 2);
    }
  });

  it('writes the same bytes every time, with valid OpenType checksums', async () => {
    const again = await bookFonts(TEXT);
    for (const [i, font] of fonts.entries()) {
      expect(again[i]!.data.equals(font.data), font.family).toBe(true);
      expect(checksum(font.data, 0, font.data.length), font.family).toBe(0xb1b0afba);
    }
  }, 60_000);
});
