// Input: "第一\u0007段", "\uFFFE", a lone surrogate "\uD800" — characters XML
// 1.0 §2.2 forbids, so the XHTML of the book would not parse.
import type { FileRule } from '../rule.js';

// Controls (not tab, LF, CR), the two noncharacters, and a surrogate without its partner.
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const sourceControlCharacter: FileRule = {
  id: 'source/control-character',
  severity: 'error',
  description: 'A control character, U+FFFE/U+FFFF or a lone surrogate: not allowed in XML.',
  fix: 'deletes the character',
  // The XHTML could not hold it: a disable comment cannot make the book.
  unsilenceable: true,
  scope: 'file',
  files: 'all',
  check({ matches, report }) {
    for (const match of matches(FORBIDDEN)) {
      const c = match[0].charCodeAt(0);
      const name = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
      const kind = c >= 0xd800 && c <= 0xdfff ? 'lone surrogate' : c >= 0xfffe ? 'noncharacter' : 'control character';
      report(match.index, match.index + 1, `invisible ${kind} ${name} is not allowed in XHTML — delete it`, { text: '' });
    }
  },
};
