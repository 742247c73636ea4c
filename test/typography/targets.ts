// The rows of the report: each measure in words, its value for one engine,
// and — where issue 14 sets one for that engine — whether it meets its target.
// The tests (*.test.ts of the engines) assert the same targets one by one.
import type { Measurements } from './measure-all.js';
import { PAIR_LIMIT_EM } from './measure-all.js';
import { isKaiFont } from './measures/fonts.js';
import { NOTE_MARK_TOLERANCE_PX } from './measures/note-marks.js';
import type { EngineName } from './model.js';

/** A column of the report: an engine, on the EPUB or (Calibre) on the AZW3. */
export interface Column {
  title: string;
  engine: EngineName;
  kindle: boolean;
}

export const COLUMNS: readonly Column[] = [
  { title: 'Chromium', engine: 'chromium', kindle: false },
  { title: 'WebKit', engine: 'webkit', kindle: false },
  { title: 'MuPDF', engine: 'mupdf', kindle: false },
  { title: 'Calibre', engine: 'calibre', kindle: false },
  { title: 'Calibre AZW3', engine: 'calibre', kindle: true },
];

export interface Row {
  label: string;
  value: (m: Measurements) => string;
  /** Whether the value meets the target; undefined where there is none for the column. */
  pass?: (m: Measurements, column: Column) => boolean | undefined;
}

const EPUB_ENGINES = (column: Column) => !column.kindle;
const count = (n: number) => String(n);
const PITCH_RANGE = [1.5, 1.9] as const;

/** Unless the column is one the target names, there is no target. */
function only(columns: (column: Column) => boolean, test: (m: Measurements) => boolean | undefined) {
  return (m: Measurements, column: Column) => (columns(column) ? test(m) : undefined);
}

export function fontOf(m: Measurements, role: keyof Measurements['fonts']): string {
  const shares = m.fonts[role] ?? [];
  return shares.length === 0 ? '—' : shares.map((s) => s.font || '?').join(' + ');
}

export function kaiBylines(m: Measurements): boolean | undefined {
  if (m.kaiFaces.length === 0) return undefined;
  return (m.fonts.byline ?? []).every((s) => isKaiFont(s.font));
}

export const ROWS: readonly Row[] = [
  {
    label: 'pages before the text (cover: 1)',
    value: (m) => `${m.blank.pagesBeforeText}${m.blank.aroundCover.length ? ` (blank: ${m.blank.aroundCover.join(', ')})` : ''}`,
    pass: only(EPUB_ENGINES, (m) => m.blank.pagesBeforeText === 1 && m.blank.aroundCover.length === 0),
  },
  { label: 'blank pages in the book', value: (m) => (m.blank.all.length ? m.blank.all.join(', ') : 'none') },
  {
    label: 'pictures cut at the page edge',
    value: (m) => (m.cutPictures.length ? m.cutPictures.map((c) => `p.${c.page} by ${c.overflow.toFixed(0)}`).join(', ') : 'none'),
    pass: only(EPUB_ENGINES, (m) => m.cutPictures.length === 0),
  },
  {
    label: `body line pitch ÷ font size (${PITCH_RANGE.join('–')})`,
    value: (m) => (m.pitch.ratio === undefined ? 'n/a' : m.pitch.ratio.toFixed(2)),
    pass: (m) => m.pitch.ratio !== undefined && m.pitch.ratio >= PITCH_RANGE[0] && m.pitch.ratio <= PITCH_RANGE[1],
  },
  {
    label: `line with a note mark: pitch off the body's (≤ ${NOTE_MARK_TOLERANCE_PX} px)`,
    value: (m) => (m.noteMarks.pitches.length === 0 ? 'n/a' : `${Math.max(...m.noteMarks.pitches.map((p) => p.offPx)).toFixed(2)} px; ${m.noteMarks.lines} lines`),
    pass: (m) => (m.noteMarks.pitches.length === 0 ? undefined : m.noteMarks.findings.length === 0),
  },
  {
    label: 'closing marks starting a line',
    value: (m) => count(m.lineEdges.filter((f) => f.kind === 'closing mark starts line').length),
    pass: only(EPUB_ENGINES, (m) => !m.lineEdges.some((f) => f.kind === 'closing mark starts line')),
  },
  {
    label: 'opening marks ending a line',
    value: (m) => count(m.lineEdges.filter((f) => f.kind === 'opening mark ends line').length),
    pass: only(EPUB_ENGINES, (m) => !m.lineEdges.some((f) => f.kind === 'opening mark ends line')),
  },
  { label: '—— or …… split between lines', value: (m) => count(m.lineEdges.filter((f) => f.kind === 'dash or ellipsis split').length) },
  {
    label: `widest punctuation pair (≤ ${PAIR_LIMIT_EM} em)`,
    value: (m) => (m.pairs.length === 0 ? 'n/a' : `${Math.max(...m.pairs.map((p) => p.max)).toFixed(2)} em; ${m.widePairs.length} of ${m.pairs.reduce((n, p) => n + p.count, 0)} wider`),
    pass: only((c) => !c.kindle, (m) => m.widePairs.length === 0),
  },
  {
    label: 'headings/contents badly broken',
    value: (m) => `${m.headings.filter((h) => h.findings.length > 0).length} of ${m.headings.length}`,
    pass: only((c) => !c.kindle, (m) => m.headings.every((h) => h.findings.length === 0)),
  },
  {
    // MuPDF keeps no block together across a page break (it has no break-inside, widows or orphans).
    label: 'headings split between pages',
    value: (m) => count(m.headings.filter((h) => h.pageSplit).length),
    pass: only((c) => !c.kindle && c.engine !== 'mupdf', (m) => m.headings.every((h) => !h.pageSplit)),
  },
  {
    label: 'missing glyphs (tofu)',
    value: (m) => count(m.missingGlyphs.reduce((n, f) => n + f.count, 0)),
    pass: only(EPUB_ENGINES, (m) => m.missingGlyphs.length === 0),
  },
  {
    label: 'CJK text in a font without CJK',
    value: (m) => count(m.cjkInLatinFont.reduce((n, f) => n + f.count, 0)),
    pass: only(EPUB_ENGINES, (m) => m.cjkInLatinFont.length === 0),
  },
  { label: 'lines with text past the sides', value: (m) => count(m.textPastSides.length), pass: only(EPUB_ENGINES, (m) => m.textPastSides.length === 0) },
  { label: 'overlapping glyphs', value: (m) => count(m.overlaps.length), pass: only(EPUB_ENGINES, (m) => m.overlaps.length === 0) },
  {
    label: 'rules through text',
    value: (m) => (m.rulesThroughText === undefined ? 'n/a' : `${m.rulesThroughText.length} (${m.tableRules} rules between table rows)`),
    pass: only((c) => c.engine === 'mupdf' || c.engine === 'calibre', (m) => m.rulesThroughText !== undefined && m.rulesThroughText.length === 0),
  },
  {
    label: '，。 forms (Simplified / Traditional)',
    value: (m) => (m.markForms ? `${m.markForms.simplified} / ${m.markForms.traditional}${m.markForms.other ? ` / ${m.markForms.other} other` : ''}` : 'n/a'),
    pass: only((c) => c.engine === 'mupdf', (m) => m.markForms !== undefined && m.markForms.traditional === 0 && m.markForms.other === 0 && m.markForms.simplified > 0),
  },
  { label: 'body font', value: (m) => fontOf(m, 'body') },
  { label: 'heading font', value: (m) => fontOf(m, 'heading1') },
  { label: 'byline font', value: (m) => fontOf(m, 'byline') },
  {
    label: 'byline in a Kai face (where one is there)',
    value: (m) => (m.kaiFaces.length === 0 ? 'no Kai face installed or embedded' : kaiBylines(m) ? 'yes' : `no (Kai: ${m.kaiFaces.join(', ')})`),
    pass: only(EPUB_ENGINES, kaiBylines),
  },
];
