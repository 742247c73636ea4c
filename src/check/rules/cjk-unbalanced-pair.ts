// Input: "坚决反对“台独分裂行径。", "《决定》》", "（党组" — a quotation mark or
// bracket without its partner in the same paragraph. (A quotation running
// over several paragraphs, each opened with “ and closed only at the end, is
// reported too: mark it with a disable comment.)
import type { Diagnostic } from '../../diagnostic.js';
import { charTable, isAsciiLetter } from '../cjk.js';
import { offsetIn } from '../document.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

const CLOSE_OF: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '【': '】' };
const OPEN_OF: Record<string, string> = Object.fromEntries(Object.entries(CLOSE_OF).map(([o, c]) => [c, o]));
const PAIR = charTable([...Object.keys(CLOSE_OF), ...Object.keys(OPEN_OF)]);

export const cjkUnbalancedPair: DocRule = {
  id: 'cjk/unbalanced-pair',
  severity: 'warning',
  description: 'A quotation mark or bracket (“” ‘’ 《》 〈〉 （） 【】) without its partner in the same paragraph.',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const block of doc.blocks) {
      const text = block.text;
      const stack: number[] = [];
      const openCount = new Map<string, number>();
      const unclosed = (at: number) => {
        const mark = text[at]!;
        const offset = offsetIn(block, at);
        out.push(report(doc, this, offset, offset + 1, `${mark} is not closed in this paragraph — add the closing ${CLOSE_OF[mark]} or delete the ${mark}`));
      };
      for (let i = 0; i < text.length; i++) {
        if (!PAIR[text.charCodeAt(i)]) continue;
        const c = text[i]!;
        // ’ between Latin letters is an apostrophe: it’s.
        if ((c === '’' || c === '‘') && isAsciiLetter(text.charCodeAt(i - 1)) && isAsciiLetter(text.charCodeAt(i + 1))) continue;
        if (c in CLOSE_OF) {
          stack.push(i);
          openCount.set(c, (openCount.get(c) ?? 0) + 1);
        } else if (c in OPEN_OF) {
          const opener = OPEN_OF[c]!;
          if ((openCount.get(opener) ?? 0) === 0) {
            const offset = offsetIn(block, i);
            out.push(report(doc, this, offset, offset + 1, `${c} has no opening ${opener} in this paragraph — add the ${opener} or delete the ${c}`));
            continue;
          }
          // Everything opened after the partner is left unclosed.
          for (let top = stack.pop()!; text[top] !== opener; top = stack.pop()!) {
            openCount.set(text[top]!, openCount.get(text[top]!)! - 1);
            unclosed(top);
          }
          openCount.set(opener, openCount.get(opener)! - 1);
        }
      }
      for (const at of stack) unclosed(at);
    }
    return out;
  },
};
