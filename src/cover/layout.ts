// The cover as an SVG document: pure layout, no fonts, no pixels.
//
// Composition follows the printed covers of party study materials: a deep red
// field inside a gold double frame; the organisation at the top, the series
// title large in gold, the slogan, then the year over a light panel carrying
// 第N次 (the largest, highest-contrast thing on the page, because members tell
// issues apart by it, often from a 150 px thumbnail), the date at the foot.
import type { CoverContent } from './content.js';
import { FONT_FAMILY, type FontWeight } from './fonts.js';
import type { CoverStyle } from './style.js';

export const COVER_WIDTH = 1600;
export const COVER_HEIGHT = 2560;

const CENTRE = COVER_WIDTH / 2;
/** Widest a line of text may be: inside the inner frame with a margin. */
const TEXT_WIDTH = 1240;

export interface CoverLayout {
  svg: string;
  /** Every character drawn, per font weight: what the fonts are subset to. */
  glyphs: Map<FontWeight, string>;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/**
 * Advance width of a character in em, from Noto Serif SC's hmtx (digits
 * 0.61 at weight 900; CJK and full-width forms 1). Latin letters take an upper
 * bound so that a fitted line never overflows.
 */
export function advanceEm(ch: string): number {
  if (ch === ' ') return 0.25;
  if (/[0-9]/.test(ch)) return 0.62;
  if (/[\x21-\x7e]/.test(ch)) return 0.8;
  return 1;
}

/** Font size at which `text` (with `spacingEm` letter-spacing) fits `width`, never above `preferred`. */
export function fitFontSize(text: string, preferred: number, width: number, spacingEm = 0): number {
  const chars = [...text];
  const em = chars.reduce((sum, ch) => sum + advanceEm(ch), 0) + spacingEm * Math.max(chars.length - 1, 0);
  return em === 0 ? preferred : Math.min(preferred, Math.floor(width / em));
}

interface TextSpan {
  text: string;
  size: number;
}

interface TextLine {
  spans: TextSpan[];
  y: number;
  weight: FontWeight;
  fill: string;
  spacingEm?: number;
}

/** Writes centred <text> elements and records the characters each weight must provide. */
class TextWriter {
  readonly glyphs = new Map<FontWeight, string>();

  line({ spans, y, weight, fill, spacingEm = 0 }: TextLine): string {
    const drawn = spans.filter((span) => span.text.length > 0);
    if (drawn.length === 0) return '';
    this.glyphs.set(weight, (this.glyphs.get(weight) ?? '') + drawn.map((span) => span.text).join(''));
    const size = drawn[0]!.size;
    const spacing = spacingEm * size;
    // resvg adds letter-spacing after the last character too; shifting by half
    // of it puts the visible ink, not the ink plus trailing space, on the centre.
    const x = round(CENTRE + spacing / 2);
    const body = drawn
      .map((span) => (span.size === size ? escapeXml(span.text) : `<tspan font-size="${span.size}">${escapeXml(span.text)}</tspan>`))
      .join('');
    const spacingAttribute = spacing > 0 ? ` letter-spacing="${round(spacing)}"` : '';
    return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}"${spacingAttribute}>${body}</text>`;
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Vertical plan of the upper half, which flows with the number of lines; the lower half is fixed. */
const ORGANISATION_TOP = 300;
const ORGANISATION_PITCH = 125;
const BAND_BOTTOM = 1240;
const SLOGAN_BASELINE = 1380;
const YEAR_BASELINE = 1610;
const DATE_BASELINE = 2330;

/** The cover as SVG plus the glyphs it needs. Same inputs, same string. */
export function layoutCover(content: CoverContent, style: CoverStyle): CoverLayout {
  const text = new TextWriter();
  const parts: string[] = [frame(style)];

  // Organisation: the first line (中国共产党) a little larger than the body (…委员会).
  const organisation = content.organisation.slice(0, 4);
  organisation.forEach((line, i) => {
    const size = fitFontSize(line, i === 0 ? 92 : 76, TEXT_WIDTH, 0.2);
    parts.push(text.line({ spans: [{ text: line, size }], y: ORGANISATION_TOP + i * ORGANISATION_PITCH, weight: 700, fill: style.accent, spacingEm: 0.2 }));
  });
  const ruleY = ORGANISATION_TOP + Math.max(organisation.length - 1, 0) * ORGANISATION_PITCH + 115;
  parts.push(ornamentRule(ruleY, style.accent));

  parts.push(titleBand(content.titleLines.slice(0, 4), ruleY + 90, style, text));

  // Slogan: groups separated by an ideographic space, the rhythm of the print.
  const slogan = content.slogan.trim().split(/\s+/).join('\u3000');
  const sloganSize = fitFontSize(slogan, 58, TEXT_WIDTH - 360, 0.12);
  parts.push(text.line({ spans: [{ text: slogan, size: sloganSize }], y: SLOGAN_BASELINE, weight: 500, fill: style.text_colour, spacingEm: 0.12 }));
  if (slogan.length > 0) parts.push(sloganDashes(textWidth(slogan, sloganSize, 0.12), SLOGAN_BASELINE - sloganSize * 0.36, style.accent));

  const yearSize = fitFontSize(content.yearText, 100, TEXT_WIDTH, 0.15);
  parts.push(text.line({ spans: [{ text: content.yearText, size: yearSize }], y: YEAR_BASELINE, weight: 700, fill: style.text_colour, spacingEm: 0.15 }));
  parts.push(issuePanel(content.issueText, style, text));

  const dateSize = fitFontSize(content.dateText, 76, TEXT_WIDTH, 0.1);
  parts.push(text.line({ spans: [{ text: content.dateText, size: dateSize }], y: DATE_BASELINE, weight: 700, fill: style.text_colour, spacingEm: 0.1 }));

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_WIDTH}" height="${COVER_HEIGHT}" viewBox="0 0 ${COVER_WIDTH} ${COVER_HEIGHT}">`,
    `<g font-family="${FONT_FAMILY}" text-anchor="middle">`,
    ...parts.filter((part) => part.length > 0),
    '</g>',
    '</svg>',
  ].join('\n');
  return { svg, glyphs: text.glyphs };
}

function textWidth(text: string, size: number, spacingEm: number): number {
  const chars = [...text];
  return size * (chars.reduce((sum, ch) => sum + advanceEm(ch), 0) + spacingEm * Math.max(chars.length - 1, 0));
}

/**
 * The series title, large, on a darker band between fine gold rules. One size
 * for all lines (the smallest that fits both the width and the band), so the
 * block reads as one.
 */
function titleBand(lines: string[], top: number, style: CoverStyle, text: TextWriter): string {
  const height = BAND_BOTTOM - top;
  const spacingEm = 0.06;
  const lineHeight = 1.3;
  // The block is n lines of 1 em with (lineHeight - 1) em between them, plus 0.5 em of padding.
  const bySpace = Math.floor(height / (lines.length * lineHeight - (lineHeight - 1) + 0.5));
  const size = Math.min(172, bySpace, ...lines.map((line) => fitFontSize(line, 172, TEXT_WIDTH, spacingEm)));
  const blockHeight = size * (lines.length * lineHeight - (lineHeight - 1));
  // CJK ink sits from about 0.88 em above the baseline to 0.12 em below it.
  const firstBaseline = top + (height - blockHeight) / 2 + size * 0.88;
  const left = 84 + 24;
  const width = COVER_WIDTH - 2 * left;
  return [
    `<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="${shade(style.background, 0.82)}"/>`,
    `<rect x="${left}" y="${top + 10}" width="${width}" height="3" fill="${style.accent}"/>`,
    `<rect x="${left}" y="${BAND_BOTTOM - 13}" width="${width}" height="3" fill="${style.accent}"/>`,
    ...lines.map((line, i) =>
      text.line({ spans: [{ text: line, size }], y: round(firstBaseline + i * size * lineHeight), weight: 900, fill: style.title_colour, spacingEm }),
    ),
  ].join('\n');
}

/** `#rrggbb` darkened towards black by `factor` (1 = unchanged). */
export function shade(hex: string, factor: number): string {
  const channel = (i: number) => Math.round(parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) * factor);
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

/** Short gold rules either side of the slogan. */
function sloganDashes(sloganWidth: number, y: number, colour: string): string {
  const gap = 48;
  const length = 130;
  const left = CENTRE - sloganWidth / 2 - gap - length;
  const right = CENTRE + sloganWidth / 2 + gap;
  return [left, right].map((x) => `<rect x="${round(x)}" y="${round(y - 1.5)}" width="${length}" height="3" fill="${colour}"/>`).join('\n');
}

export function coverSvg(content: CoverContent, style: CoverStyle): string {
  return layoutCover(content, style).svg;
}

const PANEL = { x: 260, y: 1700, width: 1080, height: 420 };

/** 第N次 on a light panel; the digits half as large again as the characters around them. */
function issuePanel(issueText: string, style: CoverStyle, text: TextWriter): string {
  const { x, y, width, height } = PANEL;
  const spans = (size: number): TextSpan[] =>
    (issueText.match(/[0-9]+|[^0-9]+/g) ?? []).map((part) => ({ text: part, size: /[0-9]/.test(part) ? Math.round(size * 1.5) : size }));
  // Fit by the widest case: measure with the digits at their enlarged size.
  const measured = spans(100).reduce((sum, span) => sum + ([...span.text].reduce((w, ch) => w + advanceEm(ch), 0) * span.size) / 100, 0);
  const size = Math.min(230, Math.floor((width - 120) / Math.max(measured, 1)));
  const hasDigits = /[0-9]/.test(issueText);
  // Centre the cap height of the tallest glyphs (digits 0.73 em, CJK ~0.8 em) on the panel.
  const inkHeight = hasDigits ? size * 1.5 * 0.73 : size * 0.8;
  const baseline = round(y + height / 2 + inkHeight / 2);
  return [
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="18" fill="${style.issue_background}"/>`,
    `<rect x="${x + 16}" y="${y + 16}" width="${width - 32}" height="${height - 32}" rx="10" fill="none" stroke="${style.issue_colour}" stroke-width="4"/>`,
    text.line({ spans: spans(size), y: baseline, weight: 900, fill: style.issue_colour }),
  ].join('\n');
}

/** Field and gold double frame, with small squares at the inner corners. */
function frame(style: CoverStyle): string {
  const outer = 56;
  const inner = 84;
  const corners = [
    [inner, inner],
    [COVER_WIDTH - inner, inner],
    [inner, COVER_HEIGHT - inner],
    [COVER_WIDTH - inner, COVER_HEIGHT - inner],
  ] as const;
  return [
    `<rect width="${COVER_WIDTH}" height="${COVER_HEIGHT}" fill="${style.background}"/>`,
    `<rect x="${outer}" y="${outer}" width="${COVER_WIDTH - 2 * outer}" height="${COVER_HEIGHT - 2 * outer}" fill="none" stroke="${style.accent}" stroke-width="10"/>`,
    `<rect x="${inner}" y="${inner}" width="${COVER_WIDTH - 2 * inner}" height="${COVER_HEIGHT - 2 * inner}" fill="none" stroke="${style.accent}" stroke-width="3"/>`,
    ...corners.map(([cx, cy]) => `<rect x="${cx - 14}" y="${cy - 14}" width="28" height="28" fill="${style.accent}"/>`),
  ].join('\n');
}

/** A gold rule with a diamond at its centre, dividing organisation from title. */
function ornamentRule(y: number, colour: string): string {
  return [
    `<rect x="${CENTRE - 520}" y="${y - 2}" width="440" height="4" fill="${colour}"/>`,
    `<rect x="${CENTRE + 80}" y="${y - 2}" width="440" height="4" fill="${colour}"/>`,
    `<path d="M ${CENTRE} ${y - 34} L ${CENTRE + 34} ${y} L ${CENTRE} ${y + 34} L ${CENTRE - 34} ${y} Z" fill="${colour}"/>`,
  ].join('\n');
}
