// Character classes of the W3C Requirements for Chinese Text Layout (clreq),
// as the harness's measures use them.

/**
 * clreq §3.1.7 (https://www.w3.org/TR/clreq/#prohibition_rules_for_line_start_end),
 * after GB/T 15834: 。，、；：？！, closing quotation marks, brackets and book-title
 * marks, the interpunct · and the slash never start a line.
 */
export const LINE_START_PROHIBITED = new Set([...'。．，、；：？！”’）］｝〕〉》」』】〗〙〛·・／']);

/** clreq §3.1.7: opening quotation marks, brackets and book-title marks never end a line. */
export const LINE_END_PROHIBITED = new Set([...'“‘（［｛〔〈《「『【〖〘〚']);

/**
 * clreq §3.1.7: the two halves of a dash —— or an ellipsis …… are one mark and are
 * never split between lines.
 */
export const UNSPLITTABLE = new Set([...'—…']);

/**
 * Full-width punctuation (clreq §3.1.6, “Adjustment of punctuation marks”):
 * the marks whose pairs the harness measures. ……/—— are one mark taking two
 * cells and are not pairs.
 */
export const FULL_WIDTH_PUNCTUATION = new Set([...'，。、；：？！“”‘’（）［］｛｝〔〕〈〉《》「」『』【】〖〗…—·・']);

/**
 * clreq §3.1.6: in Simplified Chinese a full-width mark is drawn in one half of
 * its em box. These have the blank half after the glyph (on the right)…
 */
export const BLANK_AFTER = new Set([...'，。、；：？！”’）］｝〕〉》」』】〗']);
/** …and these before it (on the left). */
export const BLANK_BEFORE = new Set([...'“‘（［｛〔〈《「『【〖']);

/** Han ideographs (BMP blocks and the supplementary planes, 𠮷 included). */
export function isIdeograph(character: string): boolean {
  return /^[\p{Script=Han}]$/u.test(character) && !/^[\u3000-\u303f]$/.test(character);
}

/**
 * Text that needs a CJK font: ideographs, CJK punctuation and full-width forms,
 * and the marks Chinese shares with Latin text (“ ” ‘ ’ … — ·), which a Latin
 * font draws narrow and in the wrong place.
 */
export function isCjkText(character: string): boolean {
  return isIdeograph(character) || /^[\u3000-\u303f\uff00-\uffef“”‘’…—·]$/u.test(character);
}

/** Code points, so that 𠮷 (two UTF-16 units) counts as one character. */
export function characters(text: string): string[] {
  return Array.from(text);
}
