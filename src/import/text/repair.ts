// Repairs that are certain, applied to text copied out of a PDF or a Word
// file: paragraphs torn at page breaks, spaces that the extraction put
// between Chinese characters and digits (2024 年), stray spaces in titles.
// Anything uncertain (a Latin word inside Chinese text, a short line without
// punctuation) is left as it is for the check report to show.
import type { SourceBlock } from '../model.js';

// Chinese characters and full-width punctuation: no space belongs between them.
const WIDE = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’…—·]';
const SPACE_BETWEEN_WIDE = new RegExp(`(?<=${WIDE})\\s+(?=${WIDE}|\\d)|(?<=\\d)\\s+(?=${WIDE})`, 'gu');
const HAN_SPACE_DIGIT = /(?<=\p{Script=Han})[ \t\u00a0\u3000]+(?=\d)|(?<=\d)[ \t\u00a0\u3000]+(?=\p{Script=Han})/gu;
// 新华社北京2月4日电 …: the space after the dateline is the agency's own, keep it.
const DATELINE = /^[^\s，。：；]{2,24}电[ \u3000]/u;

/** A title or contents line: spaces between Chinese characters, digits and full-width punctuation go. */
export function cleanTitle(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(SPACE_BETWEEN_WIDE, '');
}

/** `2024 年` → `2024年`, `1 月 11 日` → `1月11日`; other spaces (Latin words, the dateline) stay. */
export function removeDigitSpaces(text: string): string {
  const dateline = DATELINE.exec(text)?.[0] ?? '';
  return dateline + text.slice(dateline.length).replace(HAN_SPACE_DIGIT, '');
}

// Sentence-final marks and closing brackets/quotes: the paragraph really ended here.
const CLOSING = /[。！？：；…”’」』）》】)!?.;:]$/u;
// A comma or enumeration comma never ends a paragraph.
const OPEN_ENDING = /[，、,]$/u;
const INNER_PUNCTUATION = /[，。；：！？、]/u;
// 一、 （一） 1. number a subheading; their 、 is not sentence punctuation.
const ENUMERATOR = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])\s*/u;
// Longer than a subheading: a line this long without final punctuation was cut off.
const SUBHEADING_MAX = 40;

/** Whether a paragraph was cut by a page break (its text goes on in the next one). */
export function endsTorn(text: string): boolean {
  const trimmed = text.trimEnd();
  if (trimmed === '') return false;
  if (OPEN_ENDING.test(trimmed)) return true;
  if (CLOSING.test(trimmed)) return false;
  // A short line without any punctuation is a subheading (一、总体要求), not a torn paragraph.
  return INNER_PUNCTUATION.test(trimmed.replace(ENUMERATOR, '')) || [...trimmed].length > SUBHEADING_MAX;
}

function joinable(block: SourceBlock | undefined): block is SourceBlock {
  return block !== undefined && block.kind === 'paragraph' && block.headingLevel === undefined && block.text.trim() !== '';
}

/**
 * What goes between two pieces of text that a line's end or a page break
 * cut apart: a space between Latin letters or digits (Windows / 11, iPhone /
 * 15: the words were separate, and the line broke at their space), except
 * between two digits (one number); nothing anywhere else, as in Chinese.
 */
export function glue(left: string, right: string): string {
  const before = /[A-Za-z0-9]$/.exec(left)?.[0];
  const after = /^[A-Za-z0-9]/.exec(right)?.[0];
  if (before === undefined || after === undefined) return '';
  return /\d/.test(before) && /\d/.test(after) ? '' : ' ';
}

/** Where a join put two pieces together: the page break that cut them. */
export interface JoinPoint {
  /** Index of the joined block in the result. */
  block: number;
  /** Offset in its markdown where the continuation begins. */
  offset: number;
}

// A page's folio printed on a line of its own: 5, - 5 -, — 6 —, 第7页.
const FOLIO = /^(?:[-—–]\s*)?\d{1,3}(?:\s*[-—–])?$|^第\s*\d{1,3}\s*页$/u;

/** Is the block only a printed page number (page furniture, not text)? */
function isFolio(block: SourceBlock): boolean {
  return block.kind === 'paragraph' && block.headingLevel === undefined && FOLIO.test(block.text.trim());
}

/**
 * Joins each paragraph torn at a page break with the paragraph that
 * continues it. A folio or a running head between the two halves (…新一 /
 * 5 / 轮党和…) is the page's furniture: it is left out of the join, not glued
 * into the sentence (新一5轮), and stays a paragraph of its own after it, for
 * a person (and the check's cjk/toc-remnant) to see.
 */
export function joinPageBreaks(blocks: readonly SourceBlock[], runningHeads: readonly string[] = []): { blocks: SourceBlock[]; joins: number; points: JoinPoint[] } {
  const out: SourceBlock[] = [];
  const points: JoinPoint[] = [];
  const heads = new Set(runningHeads.map((head) => head.replace(/\s+/g, '')).filter((head) => head !== ''));
  // A folio, or a running head (the series title a page carries at its top), is page furniture.
  const isFurniture = (block: SourceBlock | undefined): boolean => block !== undefined && (isFolio(block) || (block.kind === 'paragraph' && heads.has(block.text.replace(/\s+/g, ''))));
  // Folios held back from a join, set after the joined paragraph.
  let folios: SourceBlock[] = [];
  for (const [i, block] of blocks.entries()) {
    const previous = out[out.length - 1];
    if (isFurniture(block) && joinable(previous) && endsTorn(previous.text) && joinable(blocks[i + 1]) && !isFurniture(blocks[i + 1])) {
      folios.push(block);
      continue;
    }
    // A folio is never glued to the text before it (at an article's end, or before another folio).
    if (joinable(previous) && joinable(block) && !isFurniture(block) && endsTorn(previous.text)) {
      const markdown = previous.markdown + glue(previous.markdown, block.markdown);
      out[out.length - 1] = {
        ...previous,
        text: previous.text + glue(previous.text, block.text) + block.text,
        markdown: markdown + block.markdown,
      };
      points.push({ block: out.length - 1, offset: markdown.length });
    } else {
      out.push(...folios, block);
      folios = [];
    }
  }
  out.push(...folios);
  return { blocks: out, joins: points.length, points };
}

/** Removes the digit spaces in a paragraph's text and Markdown alike. */
export function repairBlock(block: SourceBlock): SourceBlock {
  if (block.kind !== 'paragraph') return block;
  return { ...block, text: removeDigitSpaces(block.text), markdown: removeDigitSpaces(block.markdown) };
}
