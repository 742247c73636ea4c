// Splits the body (the blocks after the 目录) into articles at the headlines
// that the contents entries name, and takes the byline off each article.
import type { SourceBlock } from '../model.js';
import { alignEntries, looksLikeHeadline, type TitleCandidate } from './title-match.js';

export interface ArticleSlice {
  /** Index of the contents entry. */
  entry: number;
  heading: SourceBlock;
  blocks: SourceBlock[];
}

export type SplitResult =
  | { ok: true; leading: SourceBlock[]; articles: ArticleSlice[] }
  | { ok: false; entry: number };

/** Headlines are found only among paragraphs; Word headings and centred bold lines are preferred. */
function headlineCandidates(blocks: readonly SourceBlock[]): TitleCandidate[] {
  return blocks.flatMap((block, index) =>
    block.kind === 'paragraph' && looksLikeHeadline(block.text) ? [{ index, text: block.text, titleHint: block.titleHint === true }] : [],
  );
}

export function splitArticles(body: readonly SourceBlock[], entryTitles: readonly string[]): SplitResult {
  const aligned = alignEntries(entryTitles, headlineCandidates(body));
  if (!aligned.ok) return aligned;
  const starts = aligned.indexes;
  const articles = starts.map((start, entry) => ({
    entry,
    heading: body[start]!,
    blocks: body.slice(start + 1, starts[entry + 1] ?? body.length),
  }));
  return { ok: true, leading: body.slice(0, starts[0]), articles };
}

// 唐登杰 韩长赋讲话 金湘军主持 孙立成 张春林 吴存荣出席; 丁小强作总结讲话 杨临生到会指导 储祥好主持:
// groups of Chinese characters (names may have a middle dot) separated by spaces,
// no sentence punctuation. A dateline (新华社北京2月4日电 …) has digits and a sentence, so it is not one.
const BYLINE = /^[\p{Script=Han}·]{2,12}(?:[ \u3000]+[\p{Script=Han}·]{2,12})+$/u;
const BYLINE_MAX_CHARS = 60;

export function looksLikeByline(text: string): boolean {
  const trimmed = text.trim();
  return [...trimmed].length <= BYLINE_MAX_CHARS && BYLINE.test(trimmed);
}

/** The byline, when the article's first block is one, and the blocks after it. */
export function takeByline(blocks: readonly SourceBlock[]): { byline?: string; rest: SourceBlock[] } {
  const first = blocks[0];
  if (first && first.kind === 'paragraph' && first.headingLevel === undefined && looksLikeByline(first.text)) {
    return { byline: first.text.trim().replace(/[ \u3000]+/gu, ' '), rest: blocks.slice(1) };
  }
  return { rest: [...blocks] };
}
