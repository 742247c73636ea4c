// What the rules about invisible characters share (source/control-character,
// source/zero-width, source/bidi-control): each finds its own characters and
// says what they do; every one is reported alone, named by its code point,
// and the fix deletes it.
import type { FileContext } from '../rule.js';

/** A code point as messages name it: U+200B. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Reports each UTF-16 unit `pattern` finds (a global, one-unit pattern) with
 * what `describe` says of it, " — delete it", and deletes it when fixed;
 * `describe` returns undefined for one that is meant (a joiner in an emoji).
 */
export function reportInvisible({ text, matches, report }: FileContext, pattern: RegExp, describe: (code: number, index: number) => string | undefined): void {
  for (const { index } of matches(pattern)) {
    const code = text.charCodeAt(index);
    const said = describe(code, index);
    if (said !== undefined) report(index, index + 1, `${said} — delete it`, { text: '' });
  }
}
