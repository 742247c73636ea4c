// Input: "第一\u0007段", "\uFFFE", a lone surrogate "\uD800" — characters XML
// 1.0 §2.2 forbids, so the XHTML of the book would not parse.
import type { Diagnostic } from '../../diagnostic.js';
import { nextOf } from '../cjk.js';
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';

// What might be forbidden: controls (not tab, LF, CR), the two noncharacters, any surrogate.
const SUSPECT = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]/g;

export const sourceControlCharacter: DocRule = {
  id: 'source/control-character',
  severity: 'error',
  files: 'all',
  description: 'A control character, U+FFFE/U+FFFF or a lone surrogate: not allowed in XML.',
  fix: 'deletes the character',
  check(doc) {
    const out: Diagnostic[] = [];
    const text = doc.text;
    for (let i = nextOf(text, SUSPECT, 0); i >= 0; i = nextOf(text, SUSPECT, i + 1)) {
      const c = text.charCodeAt(i);
      let bad = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
      if (c >= 0xd800 && c <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
        else bad = true;
      } else if (c >= 0xdc00 && c <= 0xdfff) bad = true;
      if (!bad) continue;
      const name = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
      const kind = c >= 0xd800 && c <= 0xdfff ? 'lone surrogate' : c >= 0xfffe ? 'noncharacter' : 'control character';
      const what = `${kind} ${name}`;
      out.push(report(doc, this, i, i + 1, `invisible ${what} is not allowed in XHTML — delete it`, { range: [i, i + 1], text: '' }));
    }
    return out;
  },
};
