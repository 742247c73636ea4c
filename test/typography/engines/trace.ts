// MuPDF's trace device (`mutool draw -F trace`) → the harness's model. The
// trace lists every drawing call of every page, one element a line: text as
// <fill_text color transform> / <span font trm> / <g unicode glyph x y adv>,
// pictures as <fill_image>, rules and boxes as <fill_path>/<stroke_path>
// (each path's box is kept: a table's borders are thin ones).
// It reads the same for an EPUB laid out by MuPDF and for a PDF made by
// Calibre, so both engines share this parser. Coordinates: y grows down.
//
// Chromium's PDF (Calibre's) draws some glyphs as outlines — a synthetic bold,
// when a bold face is asked of a font that has none — and lays an invisible
// copy of their text over them (alpha 0, black) so that the text can still be
// selected: the outlines carry the role colour, the copy the characters. The
// copy is read as the glyphs, with the role of the outline drawn under it.
import { groupIntoLines } from '../lines.js';
import type { Box, Glyph, Page, Role } from '../model.js';
import { roleOfTag } from '../roles.js';

/** The ideographic em box: 0.88 em above the baseline, 0.12 em below (OpenType's default for CJK fonts). */
const EM_ASCENT = 0.88;

export interface TraceOptions {
  /** Whether a glyph id (or name) is the font's .notdef; default: glyph 0 or `.notdef`. */
  isNotdef?: (font: string, glyph: string) => boolean;
}

type Matrix = [number, number, number, number, number, number];

export interface TracePage {
  width: number;
  height: number;
  glyphs: Glyph[];
  /** Images, where the page draws them (the unit square through the image's transform). */
  images: Box[];
  /** Shadings and non-white paths. */
  drawings: number;
  /**
   * Where each non-white path is drawn (the box of its points), but for those
   * in a role colour: the outlines of glyphs (a synthetic bold), not drawings.
   */
  paths: Box[];
  /** Glyphs drawn as outlines under an invisible copy of their text, by role. */
  outlined: Partial<Record<Role, number>>;
}

/** A path in a role colour: where it is drawn, and the role tag. */
interface TaggedPath {
  box: Box;
  tag: number;
}

/** Every page of a trace, its glyphs in drawing order (white space left out). */
export function parseTrace(trace: string, options: TraceOptions = {}): TracePage[] {
  const isNotdef = options.isNotdef ?? ((_font: string, glyph: string) => glyph === '0' || glyph === '.notdef');
  const pages: TracePage[] = [];
  let page: TracePage | undefined;
  let drawn = false;
  /** The text being read is the invisible copy of glyphs drawn as outlines. */
  let copy = false;
  /** The page's paths in a role colour read so far: outlines of glyphs, each filed at its closing tag. */
  let tagged: TaggedPath[] = [];
  /** The path being read: its transform, its points so far, and its role tag (0: a drawing). */
  let path: { ctm: Matrix; points: [number, number][]; tag: number } | undefined;
  let run = 0;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let blue = 0;
  let font = '';
  let trm: Matrix = [1, 0, 0, 1, 0, 0];
  for (const line of trace.split('\n')) {
    if (path !== undefined && /^\s*<\/(fill|stroke)_path>/.test(line)) {
      const box = boundingBox(path.points.map(([x, y]) => apply(path!.ctm, x, y)));
      if (path.tag > 0) tagged.push({ box, tag: path.tag });
      else page!.paths.push(box);
      path = undefined;
      continue;
    }
    const tag = /^\s*<([a-z_]+)/.exec(line)?.[1];
    if (tag === undefined) continue;
    const attributes = attributesOf(line);
    if (tag === 'page') {
      const [, , width = 0, height = 0] = (attributes.mediabox ?? '').split(' ').map(Number);
      pages.push((page = { width, height, glyphs: [], images: [], drawings: 0, paths: [], outlined: {} }));
      tagged = [];
    }
    else if (page === undefined) continue;
    else if (path !== undefined && PATH_STEPS.has(tag)) path.points.push(...pathPoints(attributes));
    else if (tag === 'fill_text' || tag === 'stroke_text') {
      drawn = true;
      copy = attributes.alpha !== undefined && Number(attributes.alpha) === 0;
      run++;
      ctm = matrix(attributes.transform);
      blue = tagOfColour(attributes.colorspace, attributes.color);
    } else if (tag === 'clip_text' || tag === 'clip_stroke_text' || tag === 'ignore_text') drawn = false;
    else if (tag === 'span') {
      font = attributes.font ?? '';
      trm = matrix(attributes.trm);
    } else if (tag === 'g' && drawn) {
      const glyph = glyphOf(attributes, ctm, trm, font, blue, isNotdef);
      if (glyph === undefined) continue;
      if (!copy) page.glyphs.push({ ...glyph, run });
      else {
        // Invisible text that no outline shows is not seen by a reader.
        const outline = outlineUnder(glyph, tagged);
        if (outline === undefined) continue;
        const role = roleOfTag(outline.tag);
        page.glyphs.push({ ...glyph, role, run });
        page.outlined[role] = (page.outlined[role] ?? 0) + 1;
      }
    } else if (tag === 'fill_image' || tag === 'fill_image_mask') page.images.push(imageBox(matrix(attributes.transform)));
    else if (tag === 'fill_shade' || ((tag === 'fill_path' || tag === 'stroke_path') && !isWhite(attributes.color))) {
      page.drawings++;
      if (tag !== 'fill_shade') path = { ctm: matrix(attributes.transform), points: [], tag: tag === 'fill_path' ? tagOfColour(attributes.colorspace, attributes.color) : 0 };
    }
  }
  return pages;
}

/** 3 px (or pt): thicker than any border qikan draws, thinner than any letter or picture. */
const RULE_THICKNESS = 3;

const PATH_STEPS = new Set(['moveto', 'lineto', 'curveto', 'closepath']);

/** The points of a path step (control points too: a box around them holds the curve). */
function pathPoints(attributes: Record<string, string>): [number, number][] {
  return ['', '1', '2', '3']
    .filter((n) => attributes[`x${n}`] !== undefined && attributes[`y${n}`] !== undefined)
    .map((n) => [Number(attributes[`x${n}`]), Number(attributes[`y${n}`])]);
}

/**
 * The last path in a role colour that meets the glyph's em box: the outline it
 * is the invisible copy of (drawn just before it). The em box, not its
 * centre: the ink of 一 or 。 alone does not reach the middle of the em.
 */
function outlineUnder(glyph: Glyph, tagged: readonly TaggedPath[]): TaggedPath | undefined {
  const [left, right, top, bottom] = [glyph.x, glyph.x + glyph.width, glyph.top, glyph.top + glyph.size];
  return tagged.findLast(({ box }) => box.x <= right && box.x + box.width >= left && box.y <= bottom && box.y + box.height >= top);
}

/** Trace pages → model pages, glyphs grouped into lines. */
export function tracePages(pages: readonly TracePage[]): Page[] {
  return pages.map((p, i) => ({ number: i + 1, lines: groupIntoLines(p.glyphs), images: p.images, drawings: p.drawings, rules: p.paths.filter(isRule) }));
}

/** A rule or a border side: a drawing at most RULE_THICKNESS thick and four times as long. */
function isRule(box: Box): boolean {
  const thickness = Math.min(box.width, box.height);
  return thickness <= RULE_THICKNESS && Math.max(box.width, box.height) >= 4 * Math.max(thickness, 1);
}

/** An image fills the unit square of its transform: the box of the square's four corners. */
function imageBox(m: Matrix): Box {
  return boundingBox([apply(m, 0, 0), apply(m, 1, 0), apply(m, 0, 1), apply(m, 1, 1)]);
}

function boundingBox(points: readonly [number, number][]): Box {
  if (points.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

function glyphOf(attributes: Record<string, string>, ctm: Matrix, trm: Matrix, font: string, blue: number, isNotdef: TraceOptions['isNotdef'] & {}): Glyph | undefined {
  const text = readableIdeograph(attributes.unicode ?? '');
  if (text === '' || /^\s+$/u.test(text)) return undefined;
  const [x, y] = apply(ctm, Number(attributes.x), Number(attributes.y));
  const size = Math.sqrt(Math.abs(determinant(trm) * determinant(ctm)));
  const width = Number(attributes.adv ?? 0) * Math.abs(trm[0] * ctm[0]);
  const glyph: Glyph = { text, x, top: y - EM_ASCENT * size, width, baseline: y, font, size, role: roleOfTag(blue) };
  // U+FFFD: the PDF does not know what the glyph stands for, as for Chromium's .notdef.
  if (isNotdef(font, attributes.glyph ?? '') || text === '\ufffd') glyph.missing = true;
  return glyph;
}

/**
 * Chromium's PDF names some ideographs by a code point that shares their
 * glyph — 文 as the Kangxi radical ⽂ (U+2F42), or a compatibility ideograph;
 * Unicode's compatibility mapping (NFKC) of those blocks gives the ideograph back.
 * Other characters are kept as they are (NFKC would turn ，into ,).
 */
export function readableIdeograph(text: string): string {
  return text.replace(/[\u2f00-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu, (c) => c.normalize('NFKC'));
}

/** The blue channel of a near-black RGB text colour: the role tag (roles.ts); 0 otherwise. */
function tagOfColour(colorspace: string | undefined, color: string | undefined): number {
  if (colorspace !== 'DeviceRGB' || color === undefined) return 0;
  const [r, g, b] = color.split(' ').map(Number);
  if (r === undefined || g === undefined || b === undefined || r > 0.002 || g > 0.002) return 0;
  return Math.round(b * 255);
}

function isWhite(color: string | undefined): boolean {
  return color !== undefined && color.split(' ').every((c) => Number(c) === 1);
}

function matrix(value: string | undefined): Matrix {
  const numbers = (value ?? '1 0 0 1').split(' ').map(Number);
  return [numbers[0] ?? 1, numbers[1] ?? 0, numbers[2] ?? 0, numbers[3] ?? 1, numbers[4] ?? 0, numbers[5] ?? 0];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function determinant(m: Matrix): number {
  return m[0] * m[3] - m[1] * m[2];
}

function attributesOf(line: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of line.matchAll(/([a-z_]+)="([^"]*)"/g)) attributes[match[1]!] = decodeEntities(match[2]!);
  return attributes;
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos);/gi, (_, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[entity.toLowerCase()]!;
  });
}
