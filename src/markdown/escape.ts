// Text written as Markdown that renders exactly as written: characters
// Markdown would read as inline markup are escaped (escapeInline), and what
// the first characters of a line mean to it (CommonMark §4–5) — where a line
// of text would instead begin a heading, a quote, a list item, a thematic
// break, a fence, a table row, a definition, or end a paragraph as a setext
// underline. The import escapes such text, the release notes their titles;
// a check fix that would create markup (deleting an indent, narrowing １. to
// 1.) is not made.

// CommonMark §2.4: any ASCII punctuation may be backslash-escaped; these are the ones that start inline markup.
const INLINE_SPECIAL = /[\\`*_[\]<]/g;
// An entity reference (&amp; &#123;) would be decoded; a lone & is fine. Any &
// before # or a letter or digit, or at the end, is escaped: pieces escaped
// apart are joined later (a paragraph torn at a page break, a note's lines),
// and "&#" + "0;" would form an entity across the join.
const ENTITY_LIKE = /&(?=[#A-Za-z0-9]|$)/g;

export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&');
}

// A paragraph's first line: ATX heading, block quote, bullet or ordered list
// item, thematic break, tilde fence, table pipe — each with the escape that
// keeps it text (backticks and [ < are escaped inline by the import).
const PARAGRAPH_START: ReadonlyArray<[RegExp, string]> = [
  [/^(#{1,6})(?=\s|$)/, '\\$1'],
  [/^([>|])/, '\\$1'],
  [/^([-+*])(?=\s|$)/, '\\$1'],
  [/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2'],
  [/^([-_*=])(?=(?:\s*\1){2,}\s*$)/, '\\$1'],
  [/^(~{3,})/, '\\$1'],
];

// Besides those: a backtick fence, raw HTML or a page marker, a link or note
// definition ([a]: … [^1]: …, which leave the text), a setext underline
// (=== or --- under a paragraph line makes it a heading, and is gone).
const OTHER_START = /^(?:`{3,}|<|\[(?:[^\]\\\n]|\\.)*\]:|=+[ \t]*$|-+[ \t]*$)/;

/** Escapes what would make a paragraph's first characters a block marker. */
export function escapeLineStart(markdown: string): string {
  for (const [pattern, replacement] of PARAGRAPH_START) {
    if (pattern.test(markdown)) return markdown.replace(pattern, replacement);
  }
  return markdown;
}

/**
 * Would this text, standing at the start of a line (after its containers'
 * markers), be anything but the text of a paragraph? Conservative: some of
 * these only take effect on a paragraph's first line.
 */
export function startsBlockSyntax(line: string): boolean {
  return PARAGRAPH_START.some(([pattern]) => pattern.test(line)) || OTHER_START.test(line);
}
