// Input: "２０２４年", "ＡＢＣ公司" — full-width digits and letters (U+FF10–FF5A)
// from Chinese input methods; digits and Latin letters are written half-width.
import type { BlockRule } from '../rule.js';

const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g;

export const cjkFullwidthAlnum: BlockRule = {
  id: 'cjk/fullwidth-alnum',
  severity: 'warning',
  description: 'Full-width digits or Latin letters (２０２４, ＡＢＣ).',
  fix: 'replaces them with half-width ones',
  scope: 'block',
  check({ matches, report }) {
    for (const match of matches(FULLWIDTH_ALNUM)) {
      const wide = match[0];
      const narrow = [...wide].map((c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).join('');
      report(match.index, match.index + wide.length, `full-width "${wide}" — write "${narrow}"`, { text: narrow });
    }
  },
};
