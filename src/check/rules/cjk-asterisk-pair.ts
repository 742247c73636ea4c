// Input: "带*的项目为必填项，未带*的项目可不填", "计算2*3*4的结果" — asterisks meant as
// written, which Markdown pairs into emphasis: both vanish from the book and
// the words between them get emphasis dots. Emphasis that runs over a clause
// (，。；) or stands between two digits is rarely meant; written \* an
// asterisk is printed as it is.
import type { Token } from 'markdown-it';
import { markdownParser } from '../../markdown/parser.js';
import { blockRule } from '../rule.js';

const CLAUSE = /[，。；：！？]/;

export const cjkAsteriskPair = blockRule('cjk/asterisk-pair', 'warning', {
  description: 'Two single asterisks that Markdown pairs into emphasis over a clause or between digits (带*的……未带*的, 2*3*4): both vanish from the book.',
  kinds: ['paragraph', 'heading', 'cell'],
  check({ source, reportLine }) {
    if (!source.includes('*')) return;
    const tokens = markdownParser().parseInline(source, {})[0]?.children ?? [];
    for (const [i, token] of tokens.entries()) {
      if (token.type !== 'em_open' || token.markup !== '*') continue;
      const close = tokens.findIndex((other, k) => k > i && other.type === 'em_close' && other.level === token.level);
      if (close < 0) continue;
      const inner = textOf(tokens.slice(i + 1, close));
      const between = /\d$/.test(textOf(tokens.slice(0, i))) && /^\d/.test(textOf(tokens.slice(close + 1)));
      if (!CLAUSE.test(inner) && !between) continue;
      const at = Math.max(0, source.indexOf(`*${[...inner].slice(0, 2).join('')}`));
      const shown = [...inner].length > 8 ? `${[...inner].slice(0, 8).join('')}…` : inner;
      reportLine(at, `the * before "${shown}" and the * after it make emphasis: both vanish from the book and the words between get emphasis dots — if the asterisks are meant as written, write \\*`);
    }
  },
});

/** The text the reader sees in these inline tokens. */
function textOf(tokens: readonly Token[]): string {
  return tokens.map((token) => (token.type === 'text' || token.type === 'code_inline' ? token.content : '')).join('');
}
