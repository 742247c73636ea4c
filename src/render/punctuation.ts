// Punctuation compression (标点挤压, clreq §3.1.6 and Han.css's model): a
// full-width mark is drawn in one half of its em box and the other half is
// blank. Where two marks meet — ”“ 。” ，“ （《 — the blanks add up to a full
// em of white that no reader mistakes for design. The first mark of the pair
// gives up its blank half: it is set in a font whose closing marks have a
// half-em advance (glyph on the left) and whose opening marks are moved left
// by half an em — the one means every engine honours, MuPDF and the AZW3
// included (letter-spacing, negative margins and the `halt` feature are
// ignored by some). The text itself is unchanged: copy, search and
// read-aloud see the same characters.

/** Simplified Chinese (GB) forms: the glyph on the left half, the right half blank. */
export const CLOSING_MARKS = '，。、；：！？）」』”’》〉】〕';
/** The glyph on the right half, the left half blank. */
export const OPENING_MARKS = '（「『“‘《〈【〔';

/** Marks that fill their em (the dash ——, the ellipsis ……): never halved, but no blank beside them either. */
const FULL_MARKS = '—…';

const CLOSING = new Set(CLOSING_MARKS);
const OPENING = new Set(OPENING_MARKS);
const FULL = new Set(FULL_MARKS);
const ANY_MARK = new RegExp(`[${CLOSING_MARKS}${OPENING_MARKS}${FULL_MARKS}]{2,}`, 'g');

/** The class of the span that halves a mark. */
const HALF_CLASS = 'half';

/**
 * Escaped XML text → the same with each mark that gives up half its width
 * wrapped in <span class="half">. Which one: in a pair closing+anything, the
 * closing mark (its blank half is on the right, against the next mark); in
 * opening+opening, and after a dash or an ellipsis (——“), the opening mark
 * (its blank half is on the left, against the one before). An opening mark
 * followed by a closing one (（）) is left alone, and so are —— and …….
 */
export function compressPunctuation(escaped: string): string {
  return escaped.replace(ANY_MARK, (run) => {
    const halved = halvedMarks([...run]);
    return [...run].map((mark, i) => (halved.has(i) ? halfMark(mark) : mark)).join('');
  });
}

/** A mark set in the compression font. */
export function halfMark(mark: string): string {
  return `<span class="${HALF_CLASS}">${mark}</span>`;
}

/** Indexes of the characters that give up half their width, run by run of adjacent marks. */
export function halvedMarks(chars: readonly string[]): Set<number> {
  const halved = new Set<number>();
  let start = -1;
  for (let i = 0; i <= chars.length; i++) {
    const mark = i < chars.length && isCompressible(chars[i]!);
    if (mark && start < 0) start = i;
    if (!mark && start >= 0) {
      const run = chars.slice(start, i);
      run.forEach((_, k) => isHalved(run, k) && halved.add(start + k));
      start = -1;
    }
  }
  return halved;
}

/** Does the mark at i of a run of adjacent marks give up half its width? */
function isHalved(marks: readonly string[], i: number): boolean {
  const mark = marks[i]!;
  if (i + 1 < marks.length && CLOSING.has(mark)) return true;
  const previous = marks[i - 1];
  return previous !== undefined && OPENING.has(mark) && (OPENING.has(previous) || FULL.has(previous));
}

/** Is the character a mark that compression works on or next to (a run of them is looked at as one)? */
export function isCompressible(char: string): boolean {
  return CLOSING.has(char) || OPENING.has(char) || FULL.has(char);
}
