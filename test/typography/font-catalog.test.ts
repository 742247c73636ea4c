// The font catalogue: what it reads from a book's @font-face rules and font
// files, and how the "CJK text in a font without CJK" measure judges each
// character by it — a font cut to the book's characters is right for those it
// has, a Latin face (Charis SIL, DejaVu) never for CJK text.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { fontOf } from '../../src/fonts/sliced-font.js';
import { tempDir } from '../helpers/book.js';
import { bookFonts, fontCatalog, fontFaceRules, hasCjkGlyphs, parseCharset, type FontEntry } from './font-catalog.js';
import { line, page } from './literal-model.js';
import { cjkInLatinFont, missingGlyphs } from './measures/fonts.js';

describe('fontFaceRules', () => {
  it('reads each rule’s family and local URLs, quoted or not, and skips comments and remote URLs', () => {
    const css = `/* @font-face { font-family: old; src: url(old.otf); } */
@font-face {
  font-family: "qikan-heading";
  src: url(fonts/qikan-heading.otf);
}
@font-face { font-family: 'qikan kai'; src: url("../fonts/kai.woff2") format("woff2"), url(https://example.com/kai.otf); }
@font-face { font-family: plain; src: url( 'a%20b.ttf' ); }
body { font-family: "qikan-body", serif; }`;
    expect(fontFaceRules(css)).toEqual([
      { family: 'qikan-heading', urls: ['fonts/qikan-heading.otf'] },
      { family: 'qikan kai', urls: ['../fonts/kai.woff2'] },
      { family: 'plain', urls: ['a%20b.ttf'] },
    ]);
  });
});

describe('hasCjkGlyphs', () => {
  // Coverage as fontconfig writes it (fc-list %{charset}), cut down.
  it('is true for ideographs, or 、。， alone, and false for a Latin face with 〖〗 and curly quotes', () => {
    expect(hasCjkGlyphs(parseCharset('20-7e 7406 8bba'))).toBe(true);
    expect(hasCjkGlyphs(parseCharset('3001-3002 300a-300b'))).toBe(true);
    expect(hasCjkGlyphs(parseCharset('20-7e a0-17f 2018-201d 2026 3016-3017'))).toBe(false);
  });
});

/** A font as the book writes it (src/fonts/sliced-font.ts): a square glyph per character, each `advance` units of 1000 wide. */
function cutFont(family: string, characters: string, advance: number): Promise<Buffer> {
  const square = new opentype.Path();
  square.moveTo(100, -100);
  square.lineTo(100, 700);
  square.lineTo(advance - 100, 700);
  square.lineTo(advance - 100, -100);
  square.close();
  const glyphs = Array.from(characters, (char) => ({ char, advance, path: square }));
  return fontOf(family, { copyright: '', unitsPerEm: 1000, ascender: 880, descender: -120, glyphs });
}

describe('bookFonts', () => {
  it('reads the fonts an unpacked book embeds: names from @font-face, coverage from the cmap, CJK from what they have', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'OEBPS', 'fonts'), { recursive: true });
    const faces = [
      ['qikan-heading', '理论', 1000],
      ['qikan-body', '“”‘’', 1000],
      ['latin-quotes', '“”‘’', 450],
    ] as const;
    for (const [family, characters, advance] of faces) await writeFile(path.join(dir, 'OEBPS', 'fonts', `${family}.otf`), await cutFont(family, characters, advance));
    await writeFile(path.join(dir, 'OEBPS', 'style.css'), faces.map(([family]) => `@font-face { font-family: "${family}-css"; src: url(fonts/${family}.otf); }`).join('\n'));
    const entries = await bookFonts(dir);
    const summary = entries.map((e) => ({ names: e.names.filter((n) => n.endsWith('-css')), ranges: e.ranges, hasCjk: e.hasCjk, origin: e.origin }));
    expect(summary.sort((a, b) => a.names[0]!.localeCompare(b.names[0]!))).toEqual([
      { names: ['latin-quotes-css'], ranges: [[0x2018, 0x2018], [0x2019, 0x2019], [0x201c, 0x201c], [0x201d, 0x201d]], hasCjk: false, origin: 'book' },
      { names: ['qikan-body-css'], ranges: [[0x2018, 0x2018], [0x2019, 0x2019], [0x201c, 0x201c], [0x201d, 0x201d]], hasCjk: true, origin: 'book' },
      { names: ['qikan-heading-css'], ranges: [[0x7406, 0x7406], [0x8bba, 0x8bba]], hasCjk: true, origin: 'book' },
    ]);
    // The font's own family name too: what MuPDF and a PDF call it.
    expect(fontCatalog(entries).find('qikan-heading Regular')?.names).toContain('qikan-heading-css');
  });
});

describe('CJK text in a font without CJK, judged per character', () => {
  const entry = (name: string, charset: string, hasCjk: boolean, origin: FontEntry['origin'] = 'system'): FontEntry => ({ names: [name], ranges: parseCharset(charset), hasCjk, origin });
  const catalog = fontCatalog([
    entry('Charis SIL', '20-7e a0-17f 2014 2018-201d 2026', false),
    entry('DejaVu Sans', '20-7e a0-17f 2014 2018-201d 2026', false),
    entry('Noto Serif CJK SC', '20-7e 2014 2018-201d 2026 3000-303f 4e00-9fff ff01-ffbe', true),
    entry('qikan-heading', '7406 8bba', true, 'book'),
    entry('qikan-body', '2018-2019 201c-201d', true, 'book'),
  ]);

  it('accepts a character drawn by an embedded font that has it, and by a CJK system font', () => {
    const pages = [page(1, [line('理论', { font: 'qikan-heading' }), line('“学习”', { font: 'Noto Serif CJK SC' }), line('“”', { font: 'qikan-body Regular' })])];
    expect(cjkInLatinFont(pages, catalog)).toEqual([]);
  });

  it('finds CJK text in Charis SIL or DejaVu, and a character drawn by an embedded font that lacks it', () => {
    const pages = [
      page(1, [line('“好', { font: 'Charis SIL' }), line('理', { font: 'DejaVu Sans' })]),
      page(2, [line('学', { font: 'qikan-heading' }), line('理', { font: 'qikan-body' })]),
    ];
    expect(cjkInLatinFont(pages, catalog)).toEqual([
      { character: '“', font: 'Charis SIL', count: 1, page: 1 },
      { character: '好', font: 'Charis SIL', count: 1, page: 1 },
      { character: '理', font: 'DejaVu Sans', count: 1, page: 1 },
      { character: '学', font: 'qikan-heading', count: 1, page: 2 },
      { character: '理', font: 'qikan-body', count: 1, page: 2 },
    ]);
    // A font without the glyph drew it: a missing glyph as well, wherever the font's coverage is known.
    expect(missingGlyphs(pages, catalog).map((f) => `${f.character} ${f.font}`)).toEqual(['好 Charis SIL', '理 DejaVu Sans', '学 qikan-heading', '理 qikan-body']);
  });

  it('says nothing of a font it does not know', () => {
    expect(cjkInLatinFont([page(1, [line('理', { font: 'Mystery Sans' })])], catalog)).toEqual([]);
  });
});
