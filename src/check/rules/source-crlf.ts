// Input: "第一段。\r\n\r\n第二段。\r\n" — Windows line endings.
import { fileRule } from '../rule.js';

export const sourceCrlf = fileRule('source/crlf', 'warning', {
  description: 'Lines end with CR LF (Windows) instead of LF.',
  fix: 'converts every line ending of the file to LF',
  files: 'all',
  check({ text, report }) {
    const first = text.indexOf('\r\n');
    if (first < 0) return;
    const count = text.split('\r\n').length - 1;
    // One finding per file, whose fix converts the whole file (later fixes wait for the next pass).
    report(first, first + 2, `${count} line${count === 1 ? '' : 's'} end with CR LF (Windows line endings) — save the file with LF line endings`, {
      start: 0,
      end: text.length,
      text: text.replaceAll('\r\n', '\n'),
    });
  },
});
