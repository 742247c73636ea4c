// The bundle's chunks as ASCII text. Node's module loader decodes each file
// from UTF-8 before V8 compiles it, and a file with one character beyond
// ASCII becomes a two-byte string: decoding the ~2 MB a build loads took
// ~8 ms longer than for the same files in ASCII (Node 24, hyperfine,
// 2026-12-01). esbuild already writes strings, templates and names in ASCII
// (its default `charset`); what it leaves is comments and regular-expression
// literals, which hold the Chinese punctuation of qikan's rules. Both mean
// the same with \uXXXX in place of the character, so those are rewritten —
// found with TypeScript's parser, not by pattern, so that no string, template
// or name is touched. A character after a backslash in a pattern (\。) is
// left as it is: \\u3002 would mean something else. What is left keeps the
// file in UTF-8, which is only slower.
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/g;
const HAS_NON_ASCII = /[^\x00-\x7f]/;

/**
 * Where `offset` of `file` stands: 'trivia' (white space or a comment between
 * tokens), or the kind of the token holding it.
 */
function placeOf(file, offset) {
  let node = file;
  for (;;) {
    const child = node.getChildren(file).find((each) => offset >= each.pos && offset < each.end);
    if (child === undefined) return node.kind;
    if (offset < child.getStart(file)) return 'trivia';
    node = child;
  }
}

/** `code` with every non-ASCII character of its comments and regular expressions as a \u escape. */
export function asciiSource(code) {
  if (!HAS_NON_ASCII.test(code)) return code;
  const file = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  return code.replace(NON_ASCII, (char, offset) => {
    const place = placeOf(file, offset);
    if (place === ts.SyntaxKind.RegularExpressionLiteral) {
      const backslashes = /\\*$/.exec(code.slice(Math.max(0, offset - 16), offset))[0].length;
      if (backslashes % 2 === 1) return char;
    } else if (place !== 'trivia') {
      return char;
    }
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
