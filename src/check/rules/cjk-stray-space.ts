// Input: title "…思想主题 教育总结会议…" — a space between two Chinese
// characters, left where the printed line broke. Not reported: separators of
// a byline or a slogan line (唐登杰 韩长赋讲话 金湘军主持; 人人皆学 处处能学),
// and the space after a dateline (新华社北京2月4日电 学习…).
import { SENTENCE_MARKS, charTable, hanAt, hanBefore } from '../cjk.js';
import type { TextBlock } from '../document.js';
import { excerpt, fileRule, type BlockContext } from '../rule.js';

const SPACES = /[ \u3000]+/g;

const DATELINE = /^[^\s，。；：！？、]{2,24}[电讯]$/;
/** 新华社北京2月4日电 …, 本报讯 …, （记者 张三）: the text before the space at i. */
const isDateline = (line: string, i: number) => (i <= 25 && DATELINE.test(line.slice(0, i))) || line.startsWith('记者', i - 2);

interface Candidate {
  block: BlockContext;
  start: number;
  end: number;
  /** Two characters either side, joined: fixable when it occurs elsewhere. */
  joined?: string;
}

// A file rule: whether a fix is certain depends on the words elsewhere in the file.
export const cjkStraySpace = fileRule('cjk/stray-space', 'warning', {
  description: 'A space between two Chinese characters that is not a byline, slogan or dateline separator.',
  fix: 'deletes the space when the same words appear joined elsewhere in the file',
  check({ blocks, doc }) {
    const found: Candidate[] = [];
    for (const block of blocks()) {
      if (block.block.field === 'byline' || (!block.text.includes(' ') && !block.text.includes('\u3000'))) continue;
      for (const [from, to] of block.lines()) {
        const line = block.text.slice(from, to);
        if (!line.includes(' ') && !line.includes('\u3000')) continue;
        let parallel: boolean | undefined;
        for (const match of line.matchAll(SPACES)) {
          const i = match.index;
          const j = i + match[0].length;
          if (i === 0 || !hanBefore(line, i) || !hanAt(line, j) || isDateline(line, i)) continue;
          parallel ??= isParallel(line);
          if (!parallel) found.push({ block, start: from + i, end: from + j, joined: joinedForm(line, i, j) });
        }
      }
    }
    if (found.length === 0) return;
    const joinedElsewhere = occurring(new Set(found.flatMap((c) => (c.joined ? [c.joined] : []))), doc.blocks);
    for (const { block, start, end, joined } of found) {
      const fix = joined !== undefined && joinedElsewhere.has(joined);
      const how = fix ? 'delete it' : 'delete it, unless it separates names or items';
      block.report(start, end, `stray space between Chinese characters in "${excerpt(block.text, start, end)}" — ${how}`, fix ? { text: '' } : undefined);
    }
  },
});

/** A line of short items separated by spaces and without sentence punctuation: a byline or slogan. */
function isParallel(line: string): boolean {
  for (const c of line) if (SENTENCE_MARKS.has(c)) return false;
  const items = line.trim().split(/[ \u3000]+/);
  if (items.some((item) => item.length > 10)) return false;
  return items.length >= 3 || (items.length === 2 && Math.abs(items[0]!.length - items[1]!.length) <= 1);
}

function joinedForm(line: string, i: number, j: number): string | undefined {
  const joined = line.slice(i - 2, i) + line.slice(j, j + 2);
  return joined.length === 4 && [...joined].length === 4 && [0, 1, 2, 3].every((k) => hanAt(joined, k)) ? joined : undefined;
}

/** Which of the 4-character strings occur in the blocks' text: one pass over the file. */
function occurring(wanted: Set<string>, blocks: readonly TextBlock[]): Set<string> {
  const seen = new Set<string>();
  if (wanted.size === 0) return seen;
  const firsts = charTable([...wanted].map((w) => w[0]!));
  for (const { text } of blocks) {
    for (let p = 0; p + 4 <= text.length; p++) {
      if (!firsts[text.charCodeAt(p)] || !wanted.has(text.slice(p, p + 4))) continue;
      seen.add(text.slice(p, p + 4));
    }
  }
  return seen;
}
