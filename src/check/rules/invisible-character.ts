// What the rules about invisible characters share (source/control-character,
// source/zero-width, source/bidi-control): each finds its own characters and
// says what they do; every one is reported alone, named by its code point,
// and the fix deletes it.
import type { FileMatchContext } from '../rule.js';

/** A code point as messages name it: U+200B. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Reports the UTF-16 unit a rule's pattern (a one-unit pattern) found, with
 * what `describe` says of it and " — delete it", and deletes it when fixed;
 * `describe` returns undefined for one that is meant (a joiner in an emoji).
 */
export function reportInvisible({ text, start, end, report }: FileMatchContext, describe: (code: number, index: number) => string | undefined): void {
  const code = text.charCodeAt(start);
  const said = describe(code, start);
  if (said !== undefined) report(start, end, `${said} — delete it`, { text: '' });
}
