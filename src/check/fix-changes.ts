// What a fix changed, judged and said in a reader's words, for the --fix
// guard (fix-guard.ts): the structure, the YAML's values and the text of two
// readings (fix-reading.ts), and the reshapes a rule makes on purpose — a
// join, prose that was code, a definition printed as text. Pure.
import { sameItems, textKinds, type Reading } from './fix-reading.js';
import { keepsLines, textsExplained, type Edit } from './fix-text.js';
import type { FixReshape } from './rule.js';

/** Why the change from `before` to `after` is more than the fix says, or undefined when it is not. */
export function changeOutsideFix(before: Reading, after: Reading, edit: Edit, reshape: FixReshape | undefined): string | undefined {
  if (before.split !== after.split) return 'the fix would move the end of the front matter';
  if (before.values !== undefined) {
    if (after.values === undefined) return 'the YAML would no longer read';
    const path = valueChange(before.values, after.values, [edit]);
    if (path !== undefined) return `the fix would change more of ${path} than the characters it names`;
  }
  if (reshape && !sameItems(before.shape, after.shape)) {
    if (reshaped(before, after, reshape)) return undefined;
    // The structure changed as the rule means, but not the text as it means (a join that pairs asterisks in the text).
    const blank = (reading: Reading): Reading => ({ ...reading, texts: reading.texts.map(() => '') });
    return reshaped(blank(before), blank(after), reshape) ? TEXT_CHANGED : `the fix would ${describe(...difference(before.shape, after.shape))}`;
  }
  if (!sameItems(before.shape, after.shape)) return `the fix would ${describe(...difference(before.shape, after.shape))}`;
  if (keepsLines(edit.old, edit.new) && !sameItems(before.starts.map(String), after.starts.map(String))) return 'the fix would move a paragraph break';
  if (!textsExplained(before.texts, after.texts, [edit], textKinds(after))) return TEXT_CHANGED;
  return undefined;
}

/** The first value that differs otherwise than by the edits' characters (its key path), or undefined. */
export function valueChange(before: unknown, after: unknown, edits: readonly Edit[], path = ''): string | undefined {
  const where = path || 'the file';
  if (typeof before === 'string' && typeof after === 'string') return before === after || textsExplained([before], [after], edits) ? undefined : where;
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return where;
    for (let i = 0; i < before.length; i++) {
      const found = valueChange(before[i], after[i], edits, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = Object.keys(before);
    if (keys.join('\0') !== Object.keys(after).join('\0')) return where;
    for (const key of keys) {
      const found = valueChange(before[key], after[key], edits, path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return undefined;
  }
  return Object.is(before, after) || (before instanceof Date && after instanceof Date && before.getTime() === after.getTime()) ? undefined : where;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export const TEXT_CHANGED = 'the fix would change more of the text than the characters it names: an entity or an escape, or where emphasis or a link begins or ends';

/** What the structure lost and gained between the parts both readings share: for the message. */
export function difference(before: readonly string[], after: readonly string[]): [gained: string[], lost: string[]] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [after.slice(start, after.length - end), before.slice(start, before.length - end)];
}


/** Did the structure change only as the rule's fix means to, the text of all else as it was? */
function reshaped(before: Reading, after: Reading, reshape: FixReshape): boolean {
  const { shape, texts } = before;
  const same = (k: number, l: number) => after.shape[l] === shape[k] && after.texts[l] === texts[k];
  switch (reshape) {
    case 'joins-paragraphs':
      // Joins are judged by the guard itself, against the very paragraphs they join (fix-guard.ts joinChange).
      return false;
    case 'code-to-paragraphs': {
      // A code block becomes paragraphs of its text, with nothing in them Markdown would read.
      let i = 0;
      while (i < shape.length && same(i, i)) i++;
      if (!shape[i]?.startsWith('code_block ')) return false;
      const rest = shape.length - i - 1;
      const middle = after.shape.slice(i, after.shape.length - rest);
      for (let k = 0; k < rest; k++) if (!same(i + 1 + k, after.shape.length - rest + k)) return false;
      if (middle.length === 0 || middle.length % 3 !== 0) return false;
      for (let k = 0; k < middle.length; k += 3) {
        if (middle[k] !== 'paragraph_open p' || middle[k + 1] !== 'text' || middle[k + 2] !== 'paragraph_close p') return false;
      }
      const code = JSON.parse(shape[i]!.slice('code_block '.length)) as string;
      const prose = after.texts.slice(i, after.shape.length - rest).join('');
      return code.replace(/\s/gu, '') === prose.replace(/\s/gu, '');
    }
    case 'definition-to-paragraph': {
      // A definition (no token of its own) becomes a paragraph of inline content; all else stays.
      const inserted = after.shape.length - shape.length;
      if (inserted < 3) return false;
      const sameFromEnd = (k: number) => same(k, k + inserted);
      for (let i = 0; i <= shape.length; i++) {
        if (i > 0 && !same(i - 1, i - 1)) return false;
        if (after.shape[i] !== 'paragraph_open p' || after.shape[i + inserted - 1] !== 'paragraph_close p') continue;
        if (!after.starts.slice(i + 1, i + inserted - 1).every((line) => line === -1)) continue;
        let rest = true;
        for (let k = i; k < shape.length && rest; k++) rest = sameFromEnd(k);
        if (rest) return true;
      }
      return false;
    }
  }
}

const WORDS: [RegExp, string][] = [
  [/^heading_open/, 'a heading'],
  [/^(bullet|ordered)_list_open/, 'a list'],
  [/^blockquote_open/, 'a quote'],
  [/^hr/, 'a rule'],
  [/^(code_block|fence|code_inline) /, 'code'],
  [/^table_open/, 'a table'],
  [/^em_open/, 'emphasis'],
  [/^strong_open/, 'bold'],
  [/^link /, 'a link'],
  [/^image /, 'a picture'],
  [/^hardbreak/, 'a line break'],
  [/^footnote/, 'a note'],
  [/^page /, 'a page marker'],
  [/^paragraph_(open|close)/, 'a paragraph break'],
];

export function describe(gained: readonly string[], lost: readonly string[]): string {
  const words = (items: readonly string[]) => [...new Set(items.map((item) => WORDS.find(([pattern]) => pattern.test(item))?.[1]).filter((w) => w !== undefined))];
  const made = words(gained);
  const gone = words(lost);
  const parts = [...(made.length ? [`make ${made.join(', ')}`] : []), ...(gone.length ? [`lose ${gone.join(', ')}`] : [])];
  return parts.length ? parts.join(' and ') : 'change how Markdown reads the text';
}
