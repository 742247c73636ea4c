// How wide a line of cover text is, and the size at which it fits: pure
// arithmetic on advance widths, shared by the layout and the check (which
// warns when a line would be set too small to read).

/**
 * Advance width of a character in em, from Noto Serif SC's hmtx (digits
 * 0.57–0.61 depending on weight; CJK and full-width forms 1). Latin letters take an upper
 * bound so that a fitted line never overflows.
 */
export function advanceEm(ch: string): number {
  if (ch === ' ') return 0.25;
  if (/[0-9]/.test(ch)) return 0.62;
  if (/[\x21-\x7e]/.test(ch)) return 0.8;
  return 1;
}

/** Font size at which `text` (with `spacingEm` letter-spacing) fits `width`, never above `preferred`. */
export function fitFontSize(text: string, preferred: number, width: number, spacingEm = 0): number {
  const chars = [...text];
  const em = chars.reduce((sum, ch) => sum + advanceEm(ch), 0) + spacingEm * Math.max(chars.length - 1, 0);
  return em === 0 ? preferred : Math.min(preferred, Math.floor(width / em));
}
