// Input: "坚决反对“台独分裂行径。", "《决定》》", "（党组" — a quotation mark or
// bracket without its partner in the same paragraph. (A quotation running
// over several paragraphs, each opened with “ and closed only at the end, is
// reported too: mark it with a disable comment.)
import { isAsciiLetter } from '../cjk.js';
import { blockRule } from '../rule.js';

const OPENERS = [...'“‘《〈（【'];
const CLOSERS = [...'”’》〉）】'];
// By code unit: k + 1 for the k-th opener, -(k + 1) for the k-th closer, 0 for the rest.
const KIND = new Int8Array(0x10000);
OPENERS.forEach((c, k) => (KIND[c.charCodeAt(0)] = k + 1));
CLOSERS.forEach((c, k) => (KIND[c.charCodeAt(0)] = -(k + 1)));
const PAIR = /[“”‘’《》〈〉（）【】]/g;

export const cjkUnbalancedPair = blockRule('cjk/unbalanced-pair', 'warning', {
  description: 'A quotation mark or bracket (“” ‘’ 《》 〈〉 （） 【】) without its partner in the same paragraph.',
  check({ text, matches, report }) {
    const stack: number[] = [];
    const openCount = OPENERS.map(() => 0);
    const pairOf = (at: number) => KIND[text.charCodeAt(at)]! - 1;
    const unclosed = (at: number) => {
      const k = pairOf(at);
      report(at, at + 1, `${OPENERS[k]} is not closed in this paragraph — add the closing ${CLOSERS[k]} or delete the ${OPENERS[k]}`);
    };
    for (const { index: i } of matches(PAIR)) {
      const code = text.charCodeAt(i);
      // ’ between Latin letters is an apostrophe: it’s.
      if ((code === 0x2019 || code === 0x2018) && isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i + 1))) continue;
      const kind = KIND[code]!;
      if (kind > 0) {
        stack.push(i);
        openCount[kind - 1]!++;
        continue;
      }
      const k = -kind - 1;
      if (openCount[k] === 0) {
        report(i, i + 1, `${CLOSERS[k]} has no opening ${OPENERS[k]} in this paragraph — add the ${OPENERS[k]} or delete the ${CLOSERS[k]}`);
        continue;
      }
      // Everything opened after the partner is left unclosed.
      for (let top = stack.pop()!; pairOf(top) !== k; top = stack.pop()!) {
        openCount[pairOf(top)]!--;
        unclosed(top);
      }
      openCount[k]!--;
    }
    for (const at of stack) unclosed(at);
  },
});
