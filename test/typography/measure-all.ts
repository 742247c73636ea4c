// Every measure of one rendering, as plain data: what the report prints and
// the target tests assert.
import type { FontCatalog } from './font-catalog.js';
import type { MarkForms } from './engines/mark-forms.js';
import { blankPages, cutPictures, picturesBeforeText, type BlankPages, type CutPicture, type PagePicture } from './measures/blank-pages.js';
import { cjkInLatinFont, fontsOfRole, isKaiFont, missingGlyphs, type FontShare, type GlyphFinding } from './measures/fonts.js';
import { headingBreaks, type ExpectedHeading, type HeadingBreaks } from './measures/headings.js';
import { lineEdgeFindings, type LineEdgeFinding } from './measures/line-edges.js';
import { bodyLinePitch, type LinePitch } from './measures/line-pitch.js';
import { noteMarkLines, type NoteMarkLines } from './measures/note-marks.js';
import { overlappingGlyphs, type OverlapFinding } from './measures/overlaps.js';
import { pairAdvances, summarisePairs, type PairAdvance, type PairSummary } from './measures/punctuation-pairs.js';
import { rulesThroughText, tableRules, type RuleFinding } from './measures/rules.js';
import { textPastSides, type SideFinding } from './measures/text-sides.js';
import type { EngineName, Rendering, Role } from './model.js';

/** The target for a pair of marks. */
export const PAIR_LIMIT_EM = 1.5;
// What the measure cannot take out: justification spreads a line's space
// unevenly, and Calibre puts more of it beside a span boundary (span.half):
// measured on 2024-02 page 19, 0.667 pt in the line's median gap against
// 0.74 pt next to the compressed mark, so a 1.5 em pair reads up to ~1.56 em.
// An uncompressed pair reads 2.0 em: the allowance cannot hide one.
const MEASURE_ALLOWANCE_EM = 0.08;

export const FONT_ROLES: readonly Role[] = ['body', 'heading1', 'heading2', 'byline', 'contents', 'cell'];

export interface Measurements {
  engine: EngineName;
  book: string;
  pages: number;
  blank: BlankPages;
  /** The pictures on the pages before the text: how the engine sized the cover. */
  coverPictures: PagePicture[];
  /** Pictures that reach past their page (a cover cut off at the bottom). */
  cutPictures: CutPicture[];
  /** Characters past the sides of the text area (cut off at the page edge, or in the margin). */
  textPastSides: SideFinding[];
  pitch: LinePitch;
  /** The lines with a note mark, against the body's line pitch. */
  noteMarks: NoteMarkLines;
  lineEdges: LineEdgeFinding[];
  pairs: PairSummary[];
  /** Every pair set wider than 1.5 em. */
  widePairs: PairAdvance[];
  headings: HeadingBreaks[];
  fonts: Partial<Record<Role, FontShare[]>>;
  cjkInLatinFont: GlyphFinding[];
  missingGlyphs: GlyphFinding[];
  overlaps: OverlapFinding[];
  /** Rules (table borders) drawn through characters; undefined where the engine does not report its drawings. */
  rulesThroughText: RuleFinding[] | undefined;
  /** How many rules the engine drew across tables between their rows (0 where it does not report its drawings). */
  tableRules: number;
  /** Kai faces the engine could use (installed or embedded); [] when it has none. */
  kaiFaces: string[];
  markForms?: MarkForms;
  notes: string[];
}

export function measure(rendering: Rendering & { markForms?: MarkForms }, book: string, headings: readonly ExpectedHeading[], fonts: FontCatalog): Measurements {
  const pages = rendering.pages;
  const advances = pairAdvances(pages);
  const measured: Measurements = {
    engine: rendering.engine,
    book,
    pages: pages.length,
    blank: blankPages(pages),
    coverPictures: picturesBeforeText(pages),
    cutPictures: cutPictures(pages, rendering.pageWidth, rendering.pageHeight),
    textPastSides: textPastSides(pages, rendering.pageWidth),
    pitch: bodyLinePitch(pages),
    noteMarks: noteMarkLines(pages),
    lineEdges: lineEdgeFindings(pages),
    pairs: summarisePairs(advances),
    widePairs: advances.filter((a) => a.advance > PAIR_LIMIT_EM + MEASURE_ALLOWANCE_EM),
    headings: headingBreaks(pages, headings),
    fonts: Object.fromEntries(FONT_ROLES.map((role) => [role, fontsOfRole(pages, role)])),
    cjkInLatinFont: cjkInLatinFont(pages, fonts),
    missingGlyphs: missingGlyphs(pages, fonts),
    overlaps: overlappingGlyphs(pages),
    rulesThroughText: rulesThroughText(pages),
    tableRules: tableRules(pages),
    kaiFaces: kaiFaces(rendering.engine, fonts),
    notes: rendering.notes,
  };
  if (rendering.markForms !== undefined) measured.markForms = rendering.markForms;
  return measured;
}

/** MuPDF sees only its own fonts and the book's; the others also the system's. */
function kaiFaces(engine: EngineName, fonts: FontCatalog): string[] {
  const usable = fonts.entries.filter((e) => engine !== 'mupdf' || e.origin !== 'system');
  return [...new Set(usable.flatMap((e) => e.names.filter(isKaiFont)))];
}
