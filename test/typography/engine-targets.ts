// The targets of issue 14, as tests, for one engine on the real 2024-02 book
// and the test issue. Each engine's test file (chromium.test.ts …) renders
// the two books once and asks for the targets that issue sets for it. A test
// that fails lists what it found (the pages, lines, pairs, glyphs).
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/book.js';
import { BOOKS, buildBook, type BookSource, type BuiltBook } from './book.js';
import type { EngineRun } from './engines/geometry.js';
import { catalogFor, type FontCatalog } from './font-catalog.js';
import { measure, type Measurements } from './measure-all.js';
import type { EngineName, Rendering } from './model.js';
import { kaiBylines } from './targets.js';

export interface EngineTargets {
  /** Every adjacent full-width pair ≤ 1.5 em (Chromium, WebKit, Calibre, MuPDF). */
  pairs: boolean;
  /** No heading or contents entry broken inside a phrase or with ≤ 2 characters on its last line (every engine). */
  headings: boolean;
  /** No heading split between pages (all but MuPDF, which keeps no block together across pages). */
  headingsOnOnePage: boolean;
  /** Simplified forms of ，。 (MuPDF). */
  simplifiedForms: boolean;
  /** No table border drawn through text (MuPDF, Calibre: the engines whose drawings the harness reads). */
  rules: boolean;
}

export type Render = (book: BuiltBook, fonts: FontCatalog, run: EngineRun) => Promise<Rendering>;

/** Renders both books in the engine and measures them: book name → measurements. */
export async function measureBooks(engine: EngineName, render: Render): Promise<Map<string, Measurements>> {
  const out = await mkdtemp(path.join(os.tmpdir(), `qikan-typography-${engine}-`));
  const results = new Map<string, Measurements>();
  for (const source of BOOKS) {
    const book = await buildBook(ROOT, source, path.join(out, 'books'), false);
    const fonts = await catalogFor(engine === 'mupdf' ? 'mupdf' : 'system', book.dir);
    const rendering = await render(book, fonts, { root: ROOT, workDir: out, label: source.id });
    results.set(source.name, measure(rendering, source.name, book.headings, fonts));
  }
  return results;
}

/** A character no installed font has (Tangut, U+17000): the harness must see it drawn as a missing glyph. */
export const NO_FONT_HAS = '\u{17000}';

/** The test issue with NO_FONT_HAS in its first article, in a temporary folder. */
export async function probeIssue(): Promise<BookSource> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qikan-typography-probe-'));
  await cp(path.join(ROOT, 'test', 'typography', 'fixture-issues'), dir, { recursive: true });
  const article = path.join(dir, '2099-01', '01-paiban.md');
  await writeFile(article, (await readFile(article, 'utf8')).replace('遇到问题及时报告。', `遇到问题及时报告${NO_FONT_HAS}。`));
  return { name: 'probe', issue: () => path.join(dir, '2099-01'), id: '2099-01' };
}

/** The targets as tests, for each book; `available` false skips them (tools.ts decides). */
export function describeTargets(title: string, engine: EngineName, render: Render, targets: EngineTargets, available: boolean): void {
  describe.skipIf(!available)(`${title}: the harness itself`, () => {
    it(`sees a character no font has (U+17000) as a missing glyph, and only that one`, async () => {
      const out = await mkdtemp(path.join(os.tmpdir(), `qikan-typography-${engine}-probe-`));
      const book = await buildBook(ROOT, await probeIssue(), path.join(out, 'books'), false);
      const fonts = await catalogFor(engine === 'mupdf' ? 'mupdf' : 'system', book.dir);
      const rendering = await render(book, fonts, { root: ROOT, workDir: out, label: 'probe' });
      const missing = measure(rendering, 'probe', book.headings, fonts).missingGlyphs;
      // Calibre's PDF cannot say which character it drew as .notdef: U+FFFD.
      expect(missing.map((f) => [f.character === '\ufffd' ? NO_FONT_HAS : f.character, f.count])).toEqual([[NO_FONT_HAS, 1]]);
    }, 600_000);
  });

  describe.skipIf(!available)(`${title}: issue 14's typography targets`, () => {
    let results: Map<string, Measurements>;
    beforeAll(async () => {
      results = await measureBooks(engine, render);
    }, 600_000);
    const of = (book: string) => results.get(book)!;

    describe.each(BOOKS.map((b) => [b.name, b] as const))('%s', (book, source) => {
      it('shows the cover on one page, with no blank page before or after it and nothing cut off', () => {
        const m = of(book);
        const coverCut = m.cutPictures.filter((c) => c.page === m.blank.coverPage);
        expect({ pagesBeforeText: m.blank.pagesBeforeText, blankAroundCover: m.blank.aroundCover, coverCut }).toEqual({ pagesBeforeText: 1, blankAroundCover: [], coverCut: [] });
      });

      it('fits every picture on its page', () => {
        expect(of(book).cutPictures).toEqual([]);
      });

      it('sets no text past the sides of the text area (nothing cut off at the page edge)', () => {
        expect(of(book).textPastSides.map((f) => `page ${f.page}: “${f.text}” of “${f.line}”`)).toEqual([]);
      });

      it('sets body lines 1.5 to 1.9 times the font size apart', () => {
        const { ratio } = of(book).pitch;
        expect(ratio).toBeGreaterThanOrEqual(1.5);
        expect(ratio).toBeLessThanOrEqual(1.9);
      });

      it("sets a line holding a note mark at the body's line pitch (within 1 px)", () => {
        const { lines, pitches, findings } = of(book).noteMarks;
        // The test issue has marks: finding none would mean the measure saw nothing.
        if (source.noteMarks) expect({ lines: lines > 0, pitches: pitches.length > 0 }).toEqual({ lines: true, pitches: true });
        expect(findings.map((f) => `page ${f.page}: ${f.pitch.toFixed(2)} against ${f.body.toFixed(2)} (${f.offPx.toFixed(2)} px) at “${f.line}”`)).toEqual([]);
      });

      it('starts no line with a closing mark and ends none with an opening mark (clreq)', () => {
        const found = of(book).lineEdges.filter((f) => f.kind !== 'dash or ellipsis split');
        expect(found.map((f) => `page ${f.page}: ${f.kind} ${f.mark} in “${f.line}”`)).toEqual([]);
      });

      it.runIf(targets.pairs)('sets every adjacent pair of full-width marks in at most 1.5 em', () => {
        expect(of(book).widePairs.map((p) => `page ${p.page}: ${p.pair} ${p.advance.toFixed(2)} em`)).toEqual([]);
      });

      it.runIf(targets.headings)('breaks no heading or contents entry inside a phrase, and leaves more than two characters on its last line', () => {
        const found = of(book).headings.filter((h) => h.findings.length > 0);
        expect(found.map((h) => `${h.role} ${h.lines.join(' / ')}: ${h.findings.join('; ')}`)).toEqual([]);
      });

      it.runIf(targets.headingsOnOnePage)('splits no heading between pages', () => {
        const found = of(book).headings.filter((h) => h.pageSplit);
        expect(found.map((h) => `${h.role} ${h.lines.join(' / ')}: ${h.pageSplit}`)).toEqual([]);
      });

      it('draws every character with a real glyph (no missing-glyph box, 𠮷 included)', () => {
        expect(of(book).missingGlyphs.map((f) => `${f.character} in ${f.font || '?'} ×${f.count}`)).toEqual([]);
      });

      it('draws no CJK text in a font without CJK glyphs', () => {
        expect(of(book).cjkInLatinFont.map((f) => `${f.character} in ${f.font} ×${f.count} (page ${f.page})`)).toEqual([]);
      });

      it('sets no glyph over another (table cells included)', () => {
        expect(of(book).overlaps.map((o) => `page ${o.page}: ${o.first} over ${o.second}`)).toEqual([]);
      });

      it.runIf(targets.rules)('draws no table border through text', () => {
        const m = of(book);
        const rules = m.rulesThroughText!;
        // The test issue has a table: no rule between its rows would mean the measure read no border.
        if (source.table) expect(m.tableRules).toBeGreaterThan(0);
        expect(rules.map((r) => `page ${r.page}: ${r.direction} rule through “${r.text}”`)).toEqual([]);
      });

      it.runIf(targets.simplifiedForms)('draws ，and 。 in their Simplified forms (bottom left of the em box)', () => {
        const forms = of(book).markForms!;
        expect({ simplified: forms.simplified > 0, traditional: forms.traditional, other: forms.other }).toEqual({ simplified: true, traditional: 0, other: 0 });
      });

      it('sets bylines in a Kai face wherever one is installed or embedded', (context) => {
        const m = of(book);
        const inKai = kaiBylines(m);
        if (inKai === undefined) context.skip('no Kai face installed or embedded for this engine');
        expect({ bylineFonts: m.fonts.byline, inKai }).toMatchObject({ inKai: true });
      });
    });
  });
}
