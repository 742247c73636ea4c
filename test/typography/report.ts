// The typography report as Markdown: per book, a table of measure × engine
// (✓ meets the target, ✗ misses it, no mark: no target for that engine), then
// what lies behind each number — the lines, pairs, headings and glyphs found.
import { characters } from './clreq.js';
import type { Measurements } from './measure-all.js';
import { headingProblems } from './measures/headings.js';
import { COLUMNS, ROWS, type Column } from './targets.js';

export interface ReportEntry {
  book: string;
  column: Column;
  measurements?: Measurements;
  /** Why the engine did not measure this book (not installed, failed). */
  error?: string;
}

const LIST_LIMIT = 25;

export function reportMarkdown(entries: readonly ReportEntry[], header: string): string {
  const books = [...new Set(entries.map((e) => e.book))];
  return [header, ...books.flatMap((book) => bookSection(book, entries.filter((e) => e.book === book)))].join('\n');
}

/** The table alone, for the console. */
export function bookTable(entries: readonly ReportEntry[]): string {
  const cell = (entry: ReportEntry | undefined, row: (typeof ROWS)[number]) => {
    if (entry?.measurements === undefined) return entry?.error ? 'not run' : '';
    const pass = row.pass?.(entry.measurements, entry.column);
    return `${row.value(entry.measurements).replace(/\|/g, '\\|')}${pass === undefined ? '' : pass ? ' ✓' : ' ✗'}`;
  };
  const find = (column: Column) => entries.find((e) => e.column === column);
  return [
    `| measure | ${COLUMNS.map((c) => c.title).join(' | ')} |`,
    `| --- | ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...ROWS.map((row) => `| ${row.label} | ${COLUMNS.map((c) => cell(find(c), row)).join(' | ')} |`),
  ].join('\n');
}

function bookSection(book: string, entries: readonly ReportEntry[]): string[] {
  const notRun = entries.filter((e) => e.error !== undefined).map((e) => `- ${e.column.title}: ${e.error}`);
  return [
    `## ${book}`,
    '',
    bookTable(entries),
    '',
    ...(notRun.length ? ['Not measured:', '', ...notRun, ''] : []),
    ...entries.flatMap((e) => (e.measurements ? details(e.column, e.measurements) : [])),
  ];
}

function details(column: Column, m: Measurements): string[] {
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`- ${title}:`, ...items.slice(0, LIST_LIMIT).map((item) => `  - ${item}`));
    if (items.length > LIST_LIMIT) lines.push(`  - … ${items.length - LIST_LIMIT} more`);
  };
  section('pictures on the pages before the text (width × height at x, y)', m.coverPictures.map((p) => `page ${p.page}: ${boxText(p.box)}`));
  section('pictures cut at the page edge', m.cutPictures.map((c) => `page ${c.page}: ${boxText(c.box)}, reaches ${c.overflow.toFixed(1)} past the page`));
  section('text past the sides of the text area', m.textPastSides.map((f) => `page ${f.page}: “${f.text}” of “${f.line}”`));
  section('line edges against clreq', m.lineEdges.map((f) => `page ${f.page}: ${f.kind} ${f.mark} — “${f.line}”`));
  section(
    'punctuation pairs (em: narrowest–widest, count)',
    m.pairs.map((p) => `${p.pair} ${p.min.toFixed(2)}–${p.max.toFixed(2)} ×${p.count}`),
  );
  section(
    'headings and contents entries with findings',
    m.headings.filter((h) => headingProblems(h).length > 0).map((h) => `${h.role} “${h.text}” set as ${h.lines.map((l) => `“${l}”`).join(' / ') || 'nothing'}: ${headingProblems(h).join('; ')}`),
  );
  section('missing glyphs', m.missingGlyphs.map((f) => `${f.character} ${codePoint(f.character)} in ${f.font || '?'} ×${f.count} (first on page ${f.page})`));
  section('CJK text in a font without CJK', m.cjkInLatinFont.map((f) => `${f.character} ${codePoint(f.character)} in ${f.font} ×${f.count} (first on page ${f.page})`));
  section('overlapping glyphs', m.overlaps.map((o) => `page ${o.page}: ${o.first} over ${o.second}`));
  section('rules through text', (m.rulesThroughText ?? []).map((r) => `page ${r.page}: ${r.direction} rule through “${r.text}”`));
  section(
    'fonts by role (ideographs)',
    Object.entries(m.fonts)
      .filter(([, shares]) => shares.length > 0)
      .map(([role, shares]) => `${role}: ${shares.map((s) => `${s.font || '?'} ×${s.glyphs}`).join(', ')}`),
  );
  if (m.markForms) {
    section('，。 forms sampled (ink centre in the em box, x / y)', m.markForms.samples.slice(0, 4).map((s) => `page ${s.page} ${s.mark}: ${s.form} (${s.centre.x.toFixed(2)} / ${s.centre.y.toFixed(2)})`));
  }
  section('notes', m.notes);
  return lines.length ? [`### ${m.book} — ${column.title}`, '', ...lines, ''] : [];
}

function boxText(box: { x: number; y: number; width: number; height: number }): string {
  const n = (value: number) => String(Math.round(value * 10) / 10);
  return `${n(box.width)} × ${n(box.height)} at ${n(box.x)}, ${n(box.y)}`;
}

function codePoint(character: string): string {
  return characters(character).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
