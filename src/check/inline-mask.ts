// Inline Markdown syntax inside a block's text, found in one left-to-right
// pass and replaced by MASK characters of the same length, so that text rules
// see only prose and every index still maps to its column in the source.
// Masked: code spans, link and image targets, autolinks and bare URLs, raw
// HTML, page markers, note marks [^1], emphasis markers, escaping backslashes.
// Raw HTML, page markers, note marks, images and link targets are also
// returned for the structure rules.
import { NOTE_REF } from '../markdown/notes.js';
import { PAGE_MARKER_SOURCE } from '../markdown/page-markers.js';
import { MASK } from './cjk.js';

export interface Span {
  start: number;
  end: number;
}
export interface ImageSpan extends Span {
  /** The image target as written, e.g. images/chart.png */
  src: string;
}
/** A link target as written, e.g. https://www.gov.cn/ or 02-zhongyang.md */
export interface LinkSpan extends Span {
  href: string;
}
/** A page marker `<!-- page 5 -->`: not raw HTML, and invisible to the text rules. */
export interface PageSpan extends Span {
  page: number;
  /** Written inside a picture's description, which the book shows as plain text: the page is lost. */
  inImage?: true;
}
/** A note's mark `[^1]` in the text: the label is what ties it to its note `[^1]: …`. */
export interface NoteRefSpan extends Span {
  label: string;
  /**
   * Where the book cannot show it as a mark: inside a link's words or a
   * picture's description, or right before `[` (markdown-it reads `[^1][x]`
   * as a link whose words are ^1 when x is a reference: the note is lost).
   */
  misplaced?: 'in-link' | 'in-image' | 'before-bracket';
}
export interface MaskedText {
  text: string;
  html: Span[];
  pages: PageSpan[];
  images: ImageSpan[];
  links: LinkSpan[];
  notes: NoteRefSpan[];
}

const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>|<[^\s<>@]+@[^\s<>@]+>/y;
const PAGE_MARKER = new RegExp(PAGE_MARKER_SOURCE, 'y');
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
const BARE_URL = /\b(?:https?|ftp):\/\/[^\s<>\u3000-\u303f\uff00-\uffef\u4e00-\u9fff“”‘’]+/g;
// A link target longer than this is not looked for: keeps `](` scans linear
// (a longer http URL is still masked as a bare URL).
const MAX_TARGET = 512;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
// The characters that can start inline syntax. The scan jumps from one to the
// next with this regex (native code) instead of visiting every character:
// Chinese prose has few of them, and this halved maskInline on a 10 MB issue.
const SYNTAX_START = /[\\<[\]*_~]/g;

export function maskInline(source: string): MaskedText {
  const mask = new Uint8Array(source.length);
  const html: Span[] = [];
  const pages: PageSpan[] = [];
  const images: ImageSpan[] = [];
  const links: LinkSpan[] = [];
  const notes: NoteRefSpan[] = [];
  const set = (start: number, end: number) => mask.fill(1, start, end);
  maskCodeSpans(source, mask);
  const openers: number[] = [];
  let commentClosed = true;
  const lastParen = source.lastIndexOf(')');
  let note: [whole: string, label: string] | undefined;
  SYNTAX_START.lastIndex = 0;
  for (let found = SYNTAX_START.exec(source); found; found = SYNTAX_START.exec(source)) {
    let i = found.index;
    if (mask[i]) continue;
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length && ASCII_PUNCT.test(source[i + 1]!)) {
      mask[i] = 1;
      i++; // the escaped character is literal text
    } else if (c === '<') {
      AUTOLINK.lastIndex = i;
      TAG.lastIndex = i;
      PAGE_MARKER.lastIndex = i;
      let end = -1;
      const marker = PAGE_MARKER.exec(source);
      if (marker) {
        end = PAGE_MARKER.lastIndex;
        pages.push({ start: i, end, page: Number(marker[1]) });
      } else if (AUTOLINK.test(source)) end = AUTOLINK.lastIndex;
      else if (source.startsWith('<!--', i) && commentClosed) {
        const close = source.indexOf('-->', i + 4);
        if (close < 0) commentClosed = false;
        else end = close + 3;
        if (end > 0) html.push({ start: i, end });
      } else if (TAG.test(source)) {
        end = TAG.lastIndex;
        html.push({ start: i, end });
      }
      if (end > 0) {
        set(i, end);
        i = end - 1;
      }
    } else if (c === '[' && source[i + 1] === '^' && (note = noteRefAt(source, i))) {
      notes.push({ start: i, end: i + note[0].length, label: note[1], ...(source[i + note[0].length] === '[' && source[i + note[0].length + 1] !== '^' ? { misplaced: 'before-bracket' as const } : {}) });
      set(i, i + note[0].length);
      i += note[0].length - 1;
    } else if (c === '[') openers.push(i);
    else if (c === ']' && openers.length > 0) {
      const open = openers.pop()!;
      const isImage = open > 0 && source[open - 1] === '!' && !mask[open - 1];
      const next = source[i + 1];
      const end = next === '(' && i < lastParen ? closeParen(source, i + 1) : next === '[' ? closeBracket(source, i + 1) : -1;
      if (end < 0) continue;
      for (const inside of notes) if (inside.start > open && inside.start < i) inside.misplaced = isImage ? 'in-image' : 'in-link';
      if (isImage) for (const inside of pages) if (inside.start > open && inside.start < i) inside.inImage = true;
      set(isImage ? open - 1 : open, open + 1);
      set(i, end);
      if (next === '(') {
        const target = imageTarget(source, i + 2, end - 1);
        if (isImage) images.push(target);
        else links.push({ start: target.start, end: target.end, href: target.src });
      }
      i = end - 1;
    } else if (c === '*' || c === '_' || c === '~') mask[i] = 1;
    SYNTAX_START.lastIndex = i + 1;
  }
  if (source.includes('://')) {
    for (const match of source.matchAll(BARE_URL)) {
      if (!mask[match.index]) set(match.index, match.index + match[0].length);
    }
  }
  if (!mask.includes(1)) return { text: source, html, pages, images, links, notes };
  // Newlines stay (they delimit lines); masked runs become MASK runs of equal length.
  let text = '';
  const hidden = (k: number) => mask[k] === 1 && source[k] !== '\n';
  for (let i = 0; i < source.length; ) {
    let j = i + 1;
    const masked = hidden(i);
    while (j < source.length && hidden(j) === masked) j++;
    text += masked ? MASK.repeat(j - i) : source.slice(i, j);
    i = j;
  }
  return { text, html, pages, images, links, notes };
}

/** `[^label]` at i, unless a `(` makes it a link's text (markdown-it tries links first). */
function noteRefAt(source: string, i: number): [whole: string, label: string] | undefined {
  NOTE_REF.lastIndex = i;
  const match = NOTE_REF.exec(source);
  if (!match || source[i + match[0].length] === '(') return undefined;
  return [match[0], match[1]!];
}

/** Backtick runs pair with the next run of the same length (CommonMark §6.1). */
function maskCodeSpans(source: string, mask: Uint8Array): void {
  if (!source.includes('`')) return;
  const runs: [number, number][] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '`') continue;
    let j = i;
    while (j < source.length && source[j] === '`') j++;
    runs.push([i, j - i]);
    i = j - 1;
  }
  const nextOfLength = new Map<number, number>();
  for (let r = 0; r < runs.length; r++) {
    const [start, length] = runs[r]!;
    let k = Math.max(nextOfLength.get(length) ?? 0, r + 1);
    while (k < runs.length && runs[k]![1] !== length) k++;
    nextOfLength.set(length, k);
    if (k >= runs.length) continue;
    const [closeStart] = runs[k]!;
    mask.fill(1, start, closeStart + length);
    r = k;
  }
}

function closeParen(source: string, open: number): number {
  let depth = 0;
  const limit = Math.min(source.length, open + MAX_TARGET);
  for (let i = open; i < limit; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
    else if (c === '\n' && source[i + 1] === '\n') return -1;
  }
  return -1;
}

function closeBracket(source: string, open: number): number {
  const limit = Math.min(source.length, open + MAX_TARGET);
  for (let i = open + 1; i < limit; i++) {
    if (source[i] === ']') return i + 1;
    if (source[i] === '\n') return -1;
  }
  return -1;
}

function imageTarget(source: string, start: number, end: number): ImageSpan {
  let i = start;
  while (i < end && /\s/.test(source[i]!)) i++;
  if (source[i] === '<') {
    const close = source.indexOf('>', i);
    const stop = close < 0 || close > end ? end : close;
    return { start: i + 1, end: stop, src: source.slice(i + 1, stop) };
  }
  let j = i;
  while (j < end && !/\s/.test(source[j]!)) j++;
  return { start: i, end: j, src: source.slice(i, j) };
}
