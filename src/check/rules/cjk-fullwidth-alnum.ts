// Input: "２０２４年", "ＡＢＣ公司" — full-width digits and letters (U+FF10–FF5A)
// from Chinese input methods; digits and Latin letters are written half-width.
import type { Diagnostic } from '../../diagnostic.js';
import { nextOf } from '../cjk.js';
import { offsetIn } from '../document.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

const isFullwidthAlnum = (c: number) => (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);

const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

export const cjkFullwidthAlnum: DocRule = {
  id: 'cjk/fullwidth-alnum',
  severity: 'warning',
  description: 'Full-width digits or Latin letters (２０２４, ＡＢＣ).',
  fix: 'replaces them with half-width ones',
  check(doc) {
    const out: Diagnostic[] = [];
    for (const block of doc.blocks) {
      const text = block.text;
      for (let i = nextOf(text, FULLWIDTH_ALNUM, 0); i >= 0; i = nextOf(text, FULLWIDTH_ALNUM, i + 1)) {
        let j = i;
        while (j < text.length && isFullwidthAlnum(text.charCodeAt(j))) j++;
        const wide = text.slice(i, j);
        const narrow = [...wide].map((c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).join('');
        const start = offsetIn(block, i);
        const end = offsetIn(block, j);
        out.push(report(doc, this, start, end, `full-width "${wide}" — write "${narrow}"`, { range: [start, end], text: narrow }));
        i = j - 1;
      }
    }
    return out;
  },
};
