// Input: "注意:", "好,我们", "(第2次)" — ASCII punctuation in Chinese text,
// where the full-width forms ：，（） belong. Numbers keep theirs: 3:2, 1,000.
import { chineseAt, chineseBefore, hanAt, isAsciiAlnum, nextOf } from '../cjk.js';
import { blockRule } from '../rule.js';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

const MARK = /[,;:?!()]/g;
// A Han ideograph, or the high surrogate of one in planes 2–3 (hanAt decides).
const HAN_CANDIDATE = /[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ud840-\ud888]/g;

function firstHan(text: string, from: number): number {
  for (let i = nextOf(text, HAN_CANDIDATE, from); i >= 0; i = nextOf(text, HAN_CANDIDATE, i + 1)) if (hanAt(text, i)) return i;
  return -1;
}

/**
 * Is there a Han character in [from, to)? Asked with `from` never going back,
 * so each search continues the last one: linear in the text however many
 * brackets it has.
 */
function hanSearch(text: string): (from: number, to: number) => boolean {
  let next: number | undefined;
  return (from, to) => {
    if (next === undefined || (next >= 0 && next < from)) next = firstHan(text, from);
    return next >= 0 && next < to;
  };
}

export const cjkHalfwidthPunctuation = blockRule('cjk/halfwidth-punctuation', 'warning', {
  description: 'Half-width , ; : ? ! ( ) in Chinese text.',
  fix: 'replaces it with the full-width form',
  check({ text, source, matches, report }) {
    // The mark at [at, at + 1) becomes its full-width form; the edit may take spaces after it up to
    // `end`, and takes the backslash of an escaped mark (\( ): a full-width mark needs none, and
    // Markdown would show it as a backslash before one.
    const fix = (at: number, end: number, mark: string) =>
      report(at, at + 1, `half-width "${mark}" in Chinese text — use "${FULL[mark]}"`, { start: isEscaped(source, at) ? at - 1 : at, end, text: FULL[mark]! });
    const open: { at: number; han: boolean }[] = [];
    const hanBetween = hanSearch(text);
    let previous = 0;
    for (const { index: i } of matches(MARK)) {
      // Chinese inside brackets (nested ones included) makes them Chinese brackets.
      if (open.length > 0 && hanBetween(previous, i)) open[open.length - 1]!.han = true;
      previous = i + 1;
      const c = text[i]!;
      if (c === '(') open.push({ at: i, han: false });
      else if (c === ')') {
        const pair = open.pop();
        if (pair && open.length > 0 && pair.han) open[open.length - 1]!.han = true;
        const chinese = pair ? pair.han || chineseBefore(text, pair.at) || chineseAt(text, i + 1) : chineseAt(text, i + 1) || chineseBefore(text, i);
        if (!chinese) continue;
        if (pair) fix(pair.at, pair.at + 1, '(');
        fix(i, i + 1, ')');
      } else {
        const prev = text.charCodeAt(i - 1);
        let next = i + 1;
        while (text[next] === ' ') next++;
        if (isAsciiAlnum(prev) && isAsciiAlnum(text.charCodeAt(i + 1))) continue; // 3:2, 1,000
        if (!chineseBefore(text, i) && !(hanAt(text, next) && !isAsciiAlnum(prev))) continue;
        // Spaces after the mark go too when Chinese follows: "注意: 这里" → "注意：这里".
        fix(i, chineseAt(text, next) ? next : i + 1, c);
      }
    }
    for (const { at } of open) if (chineseBefore(text, at) || chineseAt(text, at + 1)) fix(at, at + 1, '(');
  },
});

/** Is the character at `at` escaped: after an odd number of backslashes? */
function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (text[at - 1 - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 1;
}
