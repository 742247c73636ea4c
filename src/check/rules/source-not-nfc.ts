// Input: "e\u0301" (é as two code points), "\uF967" (a CJK compatibility
// ideograph, 不): looks the same, but search, sorting and fonts treat it apart.
import type { Diagnostic } from '../../diagnostic.js';
import { lineText } from '../document.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

const MARK = /\p{M}/u;

export const sourceNotNfc: DocRule = {
  id: 'source/not-nfc',
  severity: 'warning',
  files: 'all',
  description: 'Text not in Unicode normalization form C (NFC).',
  fix: 'normalizes the line to NFC',
  check(doc) {
    if (doc.text.normalize('NFC') === doc.text) return [];
    const out: Diagnostic[] = [];
    for (let l = 0; l < doc.lineStarts.length; l++) {
      const line = lineText(doc, l);
      const normal = line.normalize('NFC');
      if (normal === line) continue;
      let at = 0;
      while (line[at] === normal[at]) at++;
      // Back up to the base character of a decomposed sequence.
      while (at > 0 && MARK.test(line[at] ?? '')) at--;
      let end = line.length;
      let normalEnd = normal.length;
      while (end > at && normalEnd > at && line[end - 1] === normal[normalEnd - 1]) {
        end--;
        normalEnd--;
      }
      const start = doc.lineStarts[l]!;
      const wrong = line.slice(at, end);
      const right = normal.slice(at, normalEnd);
      out.push(
        report(doc, this, start + at, start + end, `"${wrong}" is not in Unicode NFC form — write it as "${right}" (same look, different code points)`, {
          range: [start + at, start + end],
          text: right,
        }),
      );
    }
    return out;
  },
};
