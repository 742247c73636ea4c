// A table cell or heading with markup in it (bold, emphasis, a link, a note
// mark) breaks between phrases like one of plain text: the phrases are found
// on its whole text (phrases.ts) and a <wbr/> goes into whichever text node a
// break falls in, and in a heading each phrase's kept run (phrases.ts
// keptRuns) goes in nowrap spans for MuPDF. Without the <wbr/>,
// `word-break: keep-all` made a long cell with one bold word a single
// unbreakable word, and Chromium set the table past the page's edge.
//
// The <wbr/> are element nodes put in before the text is typeset, so the
// typesetting of each text node (typeset-text.ts) runs on text without them.
// For the same reason phrases.ts puts no break where it would split what the
// typesetting treats as one — a run of adjacent marks (compressed together), a
// space between two Chinese characters (it becomes U+3000) — and none is put
// here next to a note mark (bound to the character before it) or code.
import { Element as ElementNode, Text, type AnyNode, type Element } from 'domhandler';
import { append, replaceElement } from 'domutils';
import { keptRuns, lineBreaks } from './phrases.js';
import { unescapeXml } from './xml.js';

// One character of escaped XML text: a reference (&amp;) or one code point.
const ESCAPED_CHARACTER = /&[#A-Za-z0-9]+;|[\s\S]/gu;

/** A text node and where its characters stand in the element's whole text. */
interface Piece {
  node: Text;
  /** Code-point offset of its first character in the whole text. */
  start: number;
  /** Its escaped characters, one per code point of the text a reader sees. */
  characters: string[];
}

/**
 * Puts <wbr/> between the phrases of `element`'s text, across its inline
 * markup, and with `keepRuns` each phrase's kept run (phrases.ts keptRuns) in
 * nowrap spans. A heading keeps them; a table cell does not: MuPDF does not
 * widen a column for a nowrap run, and set 社会主义思想 of a five-column
 * table over the next column, where without the span it broke the word.
 */
export function breakBetweenPhrases(element: Element, isOpaque: (element: Element) => boolean, keepRuns: boolean): void {
  const pieces: Piece[] = [];
  // Offsets next to something that is not text (a note mark, code): no break there.
  const fences = new Set<number>();
  let length = 0;
  const collect = (nodes: AnyNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const characters = (node as Text).data.match(ESCAPED_CHARACTER) ?? [];
        if (characters.length === 0) continue;
        pieces.push({ node: node as Text, start: length, characters });
        length += characters.length;
      } else if (node.type === 'tag') {
        if (isOpaque(node as Element)) fences.add(length);
        else collect((node as Element).children);
      }
    }
  };
  collect(element.children);
  const chars = pieces.flatMap((piece) => piece.characters.map(unescapeCharacter));
  const breaks = lineBreaks(chars.join('')).filter((at) => !fences.has(at));
  const kept = keepRuns ? keptRuns(chars, breaks) : [];
  for (const piece of pieces) setPiece(piece, breaks, kept);
}

/**
 * The piece's text node, cut where a phrase or a kept run starts or ends: a
 * <wbr/> before each phrase (one at the piece's start goes before it), each
 * part of a kept run in a nowrap span.
 */
function setPiece(piece: Piece, breaks: readonly number[], kept: readonly [number, number][]): void {
  const { node, start, characters } = piece;
  const end = start + characters.length;
  const cuts = new Set([start, end]);
  for (const at of [...breaks, ...kept.flat()]) if (at > start && at < end) cuts.add(at);
  const bounds = [...cuts].sort((a, b) => a - b);
  const parts: AnyNode[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [from, to] = [bounds[k]!, bounds[k + 1]!];
    if (breaks.includes(from)) parts.push(new ElementNode('wbr', {}));
    const text = new Text(characters.slice(from - start, to - start).join(''));
    if (!kept.some(([a, b]) => a <= from && to <= b)) parts.push(text);
    else {
      const span = new ElementNode('span', { class: 'nowrap' }, [text]);
      text.parent = span;
      parts.push(span);
    }
  }
  if (parts.length === 1 && parts[0]!.type === 'text') return;
  replaceElement(node, parts[0]!);
  for (let k = 1; k < parts.length; k++) append(parts[k - 1]!, parts[k]!);
}

/** The character a reader sees; U+FFFC for a reference that is not one character, so offsets stay one per piece. */
function unescapeCharacter(escaped: string): string {
  const plain = escaped.length === 1 ? escaped : unescapeXml(escaped);
  return [...plain].length === 1 ? plain : '\uFFFC';
}
