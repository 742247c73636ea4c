// Input: "e\u0301" (é as two code points), "\uF967" (a CJK compatibility
// ideograph, 不): looks the same, but search, sorting and fonts treat it apart.
import { fileRule } from '../rule.js';

const MARK = /\p{M}/u;

export const sourceNotNfc = fileRule('source/not-nfc', 'warning', {
  description: 'Text not in Unicode normalization form C (NFC).',
  fix: 'normalizes the line to NFC',
  files: 'all',
  check({ text, lines, report }) {
    if (text.normalize('NFC') === text) return;
    for (const { start, text: line } of lines()) {
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
      const right = normal.slice(at, normalEnd);
      report(start + at, start + end, `"${line.slice(at, end)}" is not in Unicode NFC form — write it as "${right}" (same look, different code points)`, { text: right });
    }
  },
});
