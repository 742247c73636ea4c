// Input: "第一段。\r\n\r\n第二段。\r\n" — Windows line endings.
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

export const sourceCrlf: DocRule = {
  id: 'source/crlf',
  severity: 'warning',
  files: 'all',
  description: 'Lines end with CR LF (Windows) instead of LF.',
  fix: 'converts every line ending of the file to LF',
  check(doc) {
    const first = doc.text.indexOf('\r\n');
    if (first < 0) return [];
    const count = doc.text.split('\r\n').length - 1;
    // One finding per file, whose fix converts the whole file (later fixes wait for the next pass).
    return [
      report(doc, this, first, first + 2, `${count} line${count === 1 ? '' : 's'} end with CR LF (Windows line endings) — save the file with LF line endings`, {
        range: [0, doc.text.length],
        text: doc.text.replaceAll('\r\n', '\n'),
      }),
    ];
  },
};
