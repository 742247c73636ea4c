// Input (printed text pasted page by page):
//   …改革开放不断深化，新一
//
//   轮党和国家机构改革基本完成。…
// A paragraph of running prose ends without closing punctuation and the next
// paragraph continues the sentence. Headings, titles, bylines and slogans
// have no sentence punctuation, so they are never taken for prose; section
// heads standing alone (一、总体要求), verse, contact lines (联系人：…) and a
// signature over its date are not prose either (line-shapes.ts).
import { CLOSERS, INNER, TERMINAL, hanAt, hanBefore, isAsciiAlnum, isAsciiLetter } from '../cjk.js';
import { isContactLine, isDateLine, isSectionHead, isVersePair } from '../line-shapes.js';
import { offsetIn, type CheckDoc, type TextBlock } from '../document.js';
import { fileRule } from '../rule.js';

const PROSE_MARK = /[，。；！？、]/;
// Not — or …: a subtitle line may start with ——.
const CONTINUATION = new Set([...'，。、；：！？）》〉」』】”’']);
const OPENERS = new Set([...'“‘（《〈「『【']);
const DATELINE = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日/;

// A file rule: a cut is seen only in two paragraphs that follow each other.
export const cjkPageBreakSplit = fileRule('cjk/page-break-split', 'error', {
  description: 'A paragraph ends mid-sentence and the next one continues it: the text was cut at a page break.',
  fix: 'joins the two paragraphs',
  fixReshapes: 'joins-paragraphs',
  check({ doc, offsetIn, report }) {
    // Page markers by where they start: a join looks past those that open the next paragraph.
    const markerAt = new Map(doc.pages.map((page) => [page.start, page]));
    for (let i = 0; i + 1 < doc.flow.length; i++) {
      const a = doc.flow[i]!.kind === 'paragraph' ? doc.flow[i]!.block : undefined;
      const b = doc.flow[i + 1]!.kind === 'paragraph' ? doc.flow[i + 1]!.block : undefined;
      if (!a || !b) continue;
      const last = lastVisible(a.text);
      const first = firstVisible(b.text);
      if (last < 0 || first < 0 || !isCut(a.text, last, b.text, first) || notProse(a.text, b.text)) continue;
      // A picture's description ends as it likes, and the text after it is no part of it.
      if (isPictureOnly(doc, a) || isPictureOnly(doc, b)) continue;
      // White space at the first paragraph's end (a no-break space) would stand mid-sentence: it goes.
      let aEnd = a.text.length - 1;
      while (aEnd > last && /\s/.test(a.text[aEnd]!)) aEnd--;
      const end = offsetIn(a, aEnd) + 1;
      // Indentation of the next paragraph goes too, after a page marker that starts it (not its markup: **, [ …).
      let lead = 0;
      for (;;) {
        while (/\s/.test(b.text[lead] ?? '')) lead++;
        const marker = markerAt.get(offsetIn(b, lead));
        if (marker === undefined) break;
        lead += marker.end - marker.start;
      }
      const start = offsetIn(b, lead);
      // Two Latin words may need a space between them, or not: no certain fix.
      const latinJoin = isAsciiLetter(a.text.charCodeAt(last)) && isAsciiLetter(b.text.charCodeAt(first));
      const tail = visible(a.text.slice(Math.max(0, last - 2), last + 1));
      const head = visible(b.text.slice(first, first + 3));
      const message = `paragraph seems cut at a page break: "…${tail}" + "${head}…" — join them`;
      // A page marker between the two pieces stays, inline where the page begins.
      const pages = doc.pages.filter((p) => p.start >= end && p.end <= start);
      const markers = pages.map((p) => doc.text.slice(p.start, p.end));
      // Only blank lines (and a block quote's >) may go with the join: a link
      // definition or a disable comment between the pieces is left to a person.
      let between = doc.text.slice(end, start);
      for (const marker of markers) between = between.replace(marker, '');
      const certain = !latinJoin && /^[\s>]*$/.test(between);
      report(offsetIn(a, last), offsetIn(b, first) + 1, message, certain ? { start: end, end: start, text: markers.join('') } : undefined);
    }
  },
});

// A paragraph that is one picture: ![description](file "title") or
// ![description][label], linked or not ([![…](file)](address)); brackets in
// the description and parentheses in the title one level deep.
const ALT = String.raw`\[(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\])*\]`;
const TARGET = String.raw`(?:\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)|\[[^\]]*\])`;
const IMAGE = `!${ALT}${TARGET}?`;
const PICTURE = new RegExp(`^(?:${IMAGE}|\\[${IMAGE}\\]${TARGET})$`, 's');

function isPictureOnly(doc: CheckDoc, block: TextBlock): boolean {
  return PICTURE.test(doc.text.slice(offsetIn(block, 0), offsetIn(block, block.text.length - 1) + 1).trim());
}

function isCut(a: string, last: number, b: string, first: number): boolean {
  const end = a[last]!;
  const next = b[first]!;
  if (TERMINAL.has(end)) return false;
  // "…的问题" + "。" or "，" : the next paragraph starts inside the sentence.
  if (CONTINUATION.has(next)) return true;
  if (INNER.has(end)) return hasHan(a, last) && startsText(b, first);
  if (!PROSE_MARK.test(a)) return false;
  let k = last;
  while (k > 0 && CLOSERS.has(a[k]!)) k--;
  if (TERMINAL.has(a[k]!) || CLOSERS.has(a[k]!)) return false;
  if (!hanBefore(a, k + 1) && !isAsciiAlnum(a.charCodeAt(k))) return false;
  // A title line followed by its dateline ("2月8日，…") is not a cut sentence.
  return startsText(b, first) && !DATELINE.test(b.slice(first));
}

/** Lines of a compilation that end without a full stop and are no cut sentence. */
function notProse(a: string, b: string): boolean {
  const first = visible(a).trim();
  const second = visible(b).trim();
  return isSectionHead(first) || isContactLine(first) || isContactLine(second) || isDateLine(first) || isDateLine(second) || isVersePair(first, second);
}

function startsText(b: string, first: number): boolean {
  return hanAt(b, first) || isAsciiAlnum(b.charCodeAt(first)) || OPENERS.has(b[first]!);
}

function hasHan(text: string, before: number): boolean {
  for (let i = 0; i < before; i++) if (hanAt(text, i)) return true;
  return false;
}

function lastVisible(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && /[\0\s]/.test(text[i]!)) i--;
  return i;
}

function firstVisible(text: string): number {
  let i = 0;
  while (i < text.length && /[\0\s]/.test(text[i]!)) i++;
  return i < text.length ? i : -1;
}

function visible(text: string): string {
  return text.replace(/[\0\n]/g, '');
}
