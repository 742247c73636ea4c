// Input: "1. 习近平在二〇二四年春节团拜会上的讲话·····\t1" (a line of the
// printed 目录, with dot leaders and a page number), or a paragraph "12"
// (a page number). The e-book makes its own contents; these are debris.
import { chineseBefore, isAsciiDigit } from '../cjk.js';
import { blockRule } from '../rule.js';

const LEADERS = new Set([...'·.…．•・_-—⋯']);
const LONE_NUMBER = /^[\s\-—–]*(?:\d{1,4}|第\s*\d{1,4}\s*页)[\s\-—–]*$/;

export const cjkTocRemnant = blockRule('cjk/toc-remnant', 'error', {
  description: 'A line of a printed table of contents (dot leaders and a page number) or a lone page number.',
  kinds: ['paragraph', 'heading'],
  check({ text, block, lines, reportLine }) {
    const all = lines();
    for (const [from, to] of all) {
      const line = text.slice(from, to);
      const lone = block.kind === 'paragraph' && all.length === 1 && LONE_NUMBER.test(line);
      if (!lone && !endsWithPageNumber(line)) continue;
      // The whole source line, from its first character (a list marker included).
      reportLine(
        from,
        lone ? `lone page number "${line.trim()}" — delete it` : 'line of a printed table of contents (leaders and page number) — delete it; the e-book makes its own contents',
      );
    }
  },
});

/** "…标题·····\t1", "…标题 .......... 12", "…标题\t12". */
function endsWithPageNumber(line: string): boolean {
  let i = line.length;
  while (i > 0 && /\s/.test(line[i - 1]!)) i--;
  const digitsEnd = i;
  while (i > 0 && isAsciiDigit(line.charCodeAt(i - 1))) i--;
  if (i === digitsEnd || digitsEnd - i > 4) return false;
  let tab = false;
  while (i > 0 && /\s/.test(line[i - 1]!)) if (line[--i] === '\t') tab = true;
  let leaders = 0;
  while (i > 0 && LEADERS.has(line[i - 1]!)) {
    i--;
    leaders++;
  }
  return i > 0 && (leaders >= 3 || (tab && chineseBefore(line, i)));
}
