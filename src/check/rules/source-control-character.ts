// Input: "第一\u0007段", "\uFFFE", a lone surrogate "\uD800" — characters XML
// 1.0 §2.2 forbids, so the XHTML of the book would not parse.
import { filePatternRule } from '../rule.js';
import { codePointName, reportInvisible } from './invisible-character.js';

// Controls (not tab, LF, CR), the two noncharacters, and a surrogate without its partner.
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const sourceControlCharacter = filePatternRule('source/control-character', 'error', FORBIDDEN, {
  description: 'A control character, U+FFFE/U+FFFF or a lone surrogate: not allowed in XML.',
  fix: 'deletes the character',
  // The XHTML could not hold it: a disable comment cannot make the book.
  unsilenceable: true,
  files: 'all',
  check(context) {
    reportInvisible(context, (code) => {
      const kind = code >= 0xd800 && code <= 0xdfff ? 'lone surrogate' : code >= 0xfffe ? 'noncharacter' : 'control character';
      return `invisible ${kind} ${codePointName(code)} is not allowed in XHTML`;
    });
  },
});
