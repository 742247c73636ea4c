// Input: a file saved by Windows Notepad, starting with the bytes EF BB BF.
// The loader drops the mark, so the check stage learns of it from the edge
// (command.ts reads the raw bytes) through CheckDoc.hasBom.
import { fileRule } from '../rule.js';

export const sourceBom = fileRule('source/bom', 'warning', {
  description: 'The file starts with a byte-order mark (BOM), which some Markdown and YAML tools read as text.',
  fix: 'writes the file without the byte-order mark',
  files: 'all',
  check({ doc, report }) {
    // An empty edit: --fix writes files without a BOM unless this diagnostic is ignored.
    if (doc.hasBom) report(0, 0, 'file starts with a byte-order mark (BOM) — save it as UTF-8 without BOM', { text: '' });
  },
});
