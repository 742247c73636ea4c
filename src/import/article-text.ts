// One article's blocks (after its headline and byline) → its Markdown blocks
// with the printed pages marked. Plain text and Word: paragraphs torn at page
// breaks are joined, and the joins get markers where their page numbers are
// proven (page-numbers.ts). PDF: the layout has joined them already, with
// the markers inline; a page that begins between paragraphs gets a marker line.
import { markerPages, pageMarker } from '../markdown/page-markers.js';
import type { SourceBlock } from './model.js';
import { takeNotes, type EmptyNote, type UnclearNoteLine } from './notes.js';
import { insertJoinMarkers, provenJoinPages } from './page-numbers.js';
import { escapeLineStart } from '../markdown/escape.js';
import { joinPageBreaks, repairBlock } from './text/repair.js';

export interface ArticleText {
  markdown: string[];
  /** Paragraphs joined across page breaks (text) or pages begun inside the article (PDF). */
  breaks: number;
  /** Page markers written. */
  markers: number;
  /** Notes made Markdown footnotes; marks and notes left as printed, unpaired (notes.ts). */
  notes: number;
  unpairedMarks: string[];
  unpairedNotes: string[];
  emptyNotes: EmptyNote[];
  unclearNoteLines: UnclearNoteLine[];
}

export interface ArticlePages {
  /** The article's first printed page (toc_page), when known. */
  first?: number;
  /** The next article's first printed page, when known. */
  next?: number;
  /** What the printed pages carry at their top (the series title): never text to join. */
  runningHeads?: readonly string[];
}

const asMarkdown = (block: SourceBlock): string => (block.kind === 'paragraph' ? escapeLineStart(block.markdown) : block.markdown);

export function articleText(blocks: readonly SourceBlock[], pages: ArticlePages, pageBeforeBody?: number): ArticleText {
  // The notes first: a block of notes at the foot of a page stands inside the paragraph the page break cut.
  const notes = takeNotes(blocks);
  const text = pagedText(notes.blocks, pages, pageBeforeBody);
  return {
    ...text,
    // Word's own footnotes, as the blocks that mark them carried them.
    markdown: [...text.markdown, ...notes.definitions, ...blocks.flatMap((block) => block.notes ?? [])],
    notes: notes.definitions.length,
    unpairedMarks: notes.unpairedMarks,
    unpairedNotes: notes.unpairedNotes,
    emptyNotes: notes.emptyNotes,
    unclearNoteLines: notes.unclearLines,
  };
}

function pagedText(blocks: readonly SourceBlock[], pages: ArticlePages, pageBeforeBody?: number): Pick<ArticleText, 'markdown' | 'breaks' | 'markers'> {
  if (blocks.some((block) => block.laidOut)) return laidOutText(blocks, pageBeforeBody);
  const joined = joinPageBreaks(blocks.map(repairBlock), pages.runningHeads);
  const proven = provenJoinPages(joined.joins, pages.first, pages.next);
  // The markers go in first, at the join offsets of the Markdown as joined: an
  // escape put before a paragraph's first mark (1\.) would shift them by one —
  // a page begun a character early, or between the halves of a surrogate pair.
  const marked = proven ? insertJoinMarkers(joined.blocks.map((block) => block.markdown), joined.points, proven) : undefined;
  const markdown = joined.blocks.map((block, i) => asMarkdown(marked ? { ...block, markdown: marked[i]! } : block));
  return { markdown, breaks: joined.joins, markers: proven?.length ?? 0 };
}

/**
 * PDF blocks: a marker line before each block that begins a printed page;
 * `pageBeforeBody` is a page that began on the byline (the marker then goes
 * before the first block of the text). Inline markers are already in place.
 */
function laidOutText(blocks: readonly SourceBlock[], pageBeforeBody: number | undefined): Pick<ArticleText, 'markdown' | 'breaks' | 'markers'> {
  const markdown: string[] = [];
  let markers = 0;
  blocks.forEach((block, i) => {
    const page = block.pageStart ? block.page : i === 0 ? pageBeforeBody : undefined;
    for (const before of [...(block.pagesBefore ?? []), ...(page !== undefined ? [page] : [])]) {
      markdown.push(pageMarker(before));
      markers += 1;
    }
    const text = asMarkdown(repairBlock(block));
    markers += markerPages(text).length;
    markdown.push(text);
  });
  return { markdown, breaks: markers, markers };
}
