// XML 1.0 §2.2 allows only these characters. A YAML string can smuggle any
// other one in through an escape ("理论\u0007学习"), which the Markdown lint
// cannot see in the raw source; the schema rejects it instead, so the book's
// XHTML and OPF always parse.
const XML_FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Where the first character XML forbids is in `text`, and its U+XXXX name; undefined when there is none. */
export function xmlForbiddenCharacter(text: string): { index: number; name: string } | undefined {
  const match = XML_FORBIDDEN.exec(text);
  if (!match) return undefined;
  return { index: match.index, name: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` };
}

/** For a schema issue: zod's message when a source string holds such a character. */
export function xmlForbiddenMessage(text: string): string | undefined {
  const found = xmlForbiddenCharacter(text);
  return found && `contains the invisible character ${found.name}, which XML forbids — delete it (look for a \\u or \\x escape)`;
}
