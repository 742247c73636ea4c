// Finds each 目录 entry's headline in the body. Extraction adds or drops
// spaces (主题 教育, 2024 年) and editors reword headlines (the contents'
// 习近平在…讲话 is printed as 习近平：在…讲话; 中央学习贯彻…会议精神 heads an
// article titled 学习贯彻…会议在京召开), so lines are compared by the share
// of character pairs they have in common, and the entries are aligned with
// the body in order, so that three near-identical headlines still each find
// their own article.

/** Letters, digits and Chinese characters only; full-width forms folded (ＡＢ１ → AB1). */
export function matchKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
}

function bigrams(key: string): Map<string, number> {
  const chars = [...key];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient over character pairs, 0–1; one line containing the other counts as 0.9 at least. */
export function titleSimilarity(a: string, b: string): number {
  const ka = matchKey(a);
  const kb = matchKey(b);
  if (ka.length === 0 || kb.length === 0) return 0;
  if (ka === kb) return 1;
  const pa = bigrams(ka);
  const pb = bigrams(kb);
  let shared = 0;
  for (const [pair, count] of pa) shared += Math.min(count, pb.get(pair) ?? 0);
  const total = [...pa.values()].reduce((s, n) => s + n, 0) + [...pb.values()].reduce((s, n) => s + n, 0);
  const dice = total === 0 ? 0 : (2 * shared) / total;
  // 全国教育工作会议精神 (contents) inside 2024年全国教育工作会议精神 (headline).
  const contained = Math.min(ka.length, kb.length) >= 4 && (ka.includes(kb) || kb.includes(ka));
  return contained ? Math.max(dice, 0.9) : dice;
}

/** Below this, a line is not the entry's headline (unrelated headlines score about 0.2–0.3). */
export const MATCH_THRESHOLD = 0.5;
// Word marked the line as a title: prefer it over a look-alike body line.
const HINT_BONUS = 0.05;
const HEADLINE_MAX_CHARS = 80;

export interface TitleCandidate {
  /** Index of the block in the body. */
  index: number;
  text: string;
  titleHint?: boolean;
}

/** A headline is one short line that is not a sentence. */
export function looksLikeHeadline(text: string): boolean {
  const key = matchKey(text);
  return key.length >= 2 && [...text].length <= HEADLINE_MAX_CHARS && !/[。；]/u.test(text);
}

export type Alignment = { ok: true; indexes: number[] } | { ok: false; entry: number };

/**
 * Assigns each entry a candidate, in order, maximising the total similarity
 * (dynamic programming over entries × candidates). Fails with the first entry
 * that no candidate matches, or that cannot be placed after the previous one.
 */
export function alignEntries(entries: readonly string[], candidates: readonly TitleCandidate[]): Alignment {
  const score = entries.map((entry) =>
    candidates.map((c) => {
      const s = titleSimilarity(entry, c.text);
      return s >= MATCH_THRESHOLD ? s + (c.titleHint ? HINT_BONUS : 0) : -Infinity;
    }),
  );
  const unmatched = score.findIndex((row) => row.every((s) => s === -Infinity));
  if (unmatched >= 0) return { ok: false, entry: unmatched };

  // best[i][j]: best total for entries 0..i with entry i on candidate j; from[i][j]: where entry i-1 sits.
  const best: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < entries.length; i++) {
    best.push([]);
    from.push([]);
    let runMax = -Infinity;
    let runArg = -1;
    for (let j = 0; j < candidates.length; j++) {
      let previous = 0;
      if (i > 0) {
        // The best placement of entry i-1 strictly before j (earliest on ties).
        if (j > 0 && best[i - 1]![j - 1]! > runMax) {
          runMax = best[i - 1]![j - 1]!;
          runArg = j - 1;
        }
        previous = runMax;
      }
      best[i]!.push(score[i]![j]! + previous);
      from[i]!.push(runArg);
    }
  }
  const last = best[entries.length - 1]!;
  let end = 0;
  for (let j = 1; j < last.length; j++) if (last[j]! > last[end]!) end = j;
  if (last[end] === -Infinity) {
    const stuck = best.findIndex((row) => row.every((s) => s === -Infinity));
    return { ok: false, entry: stuck < 0 ? entries.length - 1 : stuck };
  }
  const picked: number[] = [];
  for (let i = entries.length - 1, j = end; i >= 0; j = from[i]![j]!, i--) picked.unshift(j);
  return { ok: true, indexes: picked.map((j) => candidates[j]!.index) };
}
