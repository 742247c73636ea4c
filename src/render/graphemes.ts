// Graphemes: a character with what extends it (葛 + a variation selector,
// 👨‍👩‍👧 joined by ZWJs, q̃), which an engine draws as one only when no markup
// comes between its code points. Where the renderer cuts text to wrap part of
// it in a span, it cuts between graphemes (Intl.Segmenter, UAX #29).
const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** The code-point indexes of `chars` where a grapheme begins. */
export function graphemeStarts(chars: readonly string[]): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (const { segment } of segmenter.segment(chars.join(''))) {
    starts.add(at);
    at += [...segment].length;
  }
  return starts;
}

/** The last grapheme of `text` and its UTF-16 index; undefined for ''. */
export function lastGrapheme(text: string): { index: number; 0: string } | undefined {
  // It lies within the last few code units (an emoji sequence is some dozens at most).
  const from = Math.max(0, text.length - 64);
  let last: Intl.SegmentData | undefined;
  for (const segment of segmenter.segment(text.slice(from))) last = segment;
  return last && { index: from + last.index, 0: last.segment };
}
