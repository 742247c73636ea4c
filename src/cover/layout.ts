// The cover as an SVG document: pure layout, no fonts, no pixels.
//
// Composition follows the printed covers of party study materials: a deep red
// field inside a gold double frame; the organisation at the top, the series
// title large in gold on a darker band, the slogan, the year, then 第N次 large
// and white on a second band (members tell issues apart by it, often from a
// 150 px thumbnail, so it gets the most contrast), the date at the foot.
import { escapeXml } from '../render/xml.js';
import type { CoverContent } from './content.js';
import { FONT_FAMILY, type FontWeight } from './fonts.js';
import { MAX_LINES, type CoverStyle } from '../issue/cover-style.js';
import { advanceEm, fitFontSize } from './text-fit.js';

export { advanceEm, fitFontSize } from './text-fit.js';

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

interface TextLine {
  text: string;
  size: number;
  y: number;
  weight: FontWeight;
  fill: string;
  spacingEm?: number;
}

/** Writes centred <text> elements and records the characters each weight must provide. */
class TextWriter {
  readonly glyphs = new Map<FontWeight, string>();

  line({ text, size, y, weight, fill, spacingEm = 0 }: TextLine): string {
    if (text.length === 0) return '';
    this.glyphs.set(weight, (this.glyphs.get(weight) ?? '') + text);
    const spacing = spacingEm * size;
    // resvg adds letter-spacing after the last character too; shifting by half
    // of it puts the visible ink, not the ink plus trailing space, on the centre.
    const x = round(CENTRE + spacing / 2);
    const spacingAttribute = spacing > 0 ? ` letter-spacing="${round(spacing)}"` : '';
    return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}"${spacingAttribute}>${escapeXml(text)}</text>`;
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

const TITLE_SIZE = 172;
const TITLE_SPACING_EM = 0.06;
const ORGANISATION_SPACING_EM = 0.2;

/** The size (px) an organisation line is set at: the first (中国共产党) a little larger than the body (…委员会). */
export function organisationLineSize(line: string, index: number): number {
  return fitFontSize(line, index === 0 ? 92 : 76, TEXT_WIDTH, ORGANISATION_SPACING_EM);
}

/** The largest size (px) a title line can be set at across the cover's width (the band may set it smaller still). */
export function titleLineSize(line: string): number {
  return fitFontSize(line, TITLE_SIZE, TEXT_WIDTH, TITLE_SPACING_EM);
}

/** The cover as SVG plus the glyphs it needs. Same inputs, same string. */
export function layoutCover(content: CoverContent, style: CoverStyle): CoverLayout {
  const text = new TextWriter();
  const parts: string[] = [frame(style)];

  const organisation = content.organisation.slice(0, MAX_LINES);
  organisation.forEach((line, i) => {
    const size = organisationLineSize(line, i);
    parts.push(text.line({ text: line, size, y: ORGANISATION_TOP + i * ORGANISATION_PITCH, weight: 700, fill: style.accent, spacingEm: ORGANISATION_SPACING_EM }));
  });
  const ruleY = ORGANISATION_TOP + Math.max(organisation.length - 1, 0) * ORGANISATION_PITCH + 115;
  parts.push(ornamentRule(ruleY, style.accent));

  // Without a slogan the title may use the slogan's place too.
  const titleBottom = content.slogan.trim().length > 0 ? BAND_BOTTOM : SLOGAN_BASELINE;
  parts.push(titleBand(content.titleLines.slice(0, MAX_LINES), ruleY + 90, titleBottom, style, text));

  // Slogan: groups separated by an ideographic space, the rhythm of the print.
  const slogan = content.slogan.trim().split(/\s+/).join('\u3000');
  const sloganSize = fitFontSize(slogan, 58, TEXT_WIDTH - 360, 0.12);
  parts.push(text.line({ text: slogan, size: sloganSize, y: SLOGAN_BASELINE, weight: 500, fill: style.text_colour, spacingEm: 0.12 }));
  if (slogan.length > 0) parts.push(sloganDashes(textWidth(slogan, sloganSize, 0.12), SLOGAN_BASELINE - sloganSize * 0.36, style.accent));

  const yearSize = fitFontSize(content.yearText, 100, TEXT_WIDTH, 0.15);
  parts.push(text.line({ text: content.yearText, size: yearSize, y: YEAR_BASELINE, weight: 700, fill: style.text_colour, spacingEm: 0.15 }));
  parts.push(issueBand(content.issueText, style, text));

  const dateSize = fitFontSize(content.dateText, 76, TEXT_WIDTH, 0.1);
  parts.push(text.line({ text: content.dateText, size: dateSize, y: DATE_BASELINE, weight: 700, fill: style.text_colour, spacingEm: 0.1 }));

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_WIDTH}" height="${COVER_HEIGHT}" viewBox="0 0 ${COVER_WIDTH} ${COVER_HEIGHT}">`,
    `<g font-family="${FONT_FAMILY}" text-anchor="middle">`,
    ...parts.filter((part) => part.length > 0),
    '</g>',
    '</svg>',
  ].join('\n');
  return { svg, glyphs: text.glyphs };
}

export function coverSvg(content: CoverContent, style: CoverStyle): string {
  return layoutCover(content, style).svg;
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
function titleBand(lines: string[], regionTop: number, regionBottom: number, style: CoverStyle, text: TextWriter): string {
  if (lines.length === 0) return '';
  const region = regionBottom - regionTop;
  const spacingEm = TITLE_SPACING_EM;
  const lineHeight = 1.3;
  const paddingEm = 1.2; // top and bottom together: keeps the ink clear of the gold rules
  const blockEm = lines.length * lineHeight - (lineHeight - 1);
  const bySpace = Math.floor(region / (blockEm + paddingEm));
  const size = Math.min(TITLE_SIZE, bySpace, ...lines.map(titleLineSize));
  // The band hugs its lines and sits in the middle of the space it may use,
  // so one long line is not lost on a band sized for two.
  const height = Math.round(size * (blockEm + paddingEm));
  const top = Math.round(regionTop + (region - height) / 2);
  // CJK ink sits from about 0.88 em above the baseline to 0.12 em below it.
  const firstBaseline = top + (paddingEm / 2) * size + size * 0.88;
  return [
    band(top, height, style),
    ...lines.map((line, i) =>
      text.line({ text: line, size, y: round(firstBaseline + i * size * lineHeight), weight: 900, fill: style.title_colour, spacingEm }),
    ),
  ].join('\n');
}

/** Short gold rules either side of the slogan. */
function sloganDashes(sloganWidth: number, y: number, colour: string): string {
  const gap = 48;
  const length = 130;
  const left = CENTRE - sloganWidth / 2 - gap - length;
  const right = CENTRE + sloganWidth / 2 + gap;
  return [left, right].map((x) => `<rect x="${round(x)}" y="${round(y - 1.5)}" width="${length}" height="3" fill="${colour}"/>`).join('\n');
}

const ISSUE_BAND = { top: 1700, height: 400 };
const ISSUE_SPACING_EM = 0.05;

/**
 * 第N次, the largest text on the cover, in the brightest colour, on a band
 * like the title's. Tried and rejected because OCR (our stand-in for "can a
 * machine, and a tired eye, read it") then lost the number: a light panel
 * behind it or a closed frame around it (tesseract 5 dropped the whole region),
 * and digits set larger than the characters (the 2 was read as 之 or <).
 */
function issueBand(issueText: string, style: CoverStyle, text: TextWriter): string {
  const { top, height } = ISSUE_BAND;
  const size = fitFontSize(issueText, 260, TEXT_WIDTH - 200, ISSUE_SPACING_EM);
  // CJK ink spans about 0.88 em above the baseline to 0.12 em below: centre that on the band.
  const baseline = round(top + height / 2 + size * 0.38);
  return [
    band(top, height, style),
    text.line({ text: issueText, size, y: baseline, weight: 900, fill: style.issue_colour, spacingEm: ISSUE_SPACING_EM }),
  ].join('\n');
}

/** A band of `style.band` across the inner frame, between fine gold rules. */
function band(top: number, height: number, style: CoverStyle): string {
  const left = 84 + 24;
  const width = COVER_WIDTH - 2 * left;
  return [
    `<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="${style.band}"/>`,
    `<rect x="${left}" y="${top + 10}" width="${width}" height="3" fill="${style.accent}"/>`,
    `<rect x="${left}" y="${top + height - 13}" width="${width}" height="3" fill="${style.accent}"/>`,
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
