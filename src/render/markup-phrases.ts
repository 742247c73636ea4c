// A table cell or heading with markup in it (bold, emphasis, a link, a note
// mark) breaks between phrases like one of plain text: the phrases are found
// on its whole text (phrases.ts) and a <wbr/> goes into whichever text node a
// break falls in. Without them, `word-break: keep-all` made a long cell with
// one bold word a single unbreakable word, and Chromium set the table past
// the page's edge.
//
// The <wbr/> are element nodes put in before the text is typeset, so the
// typesetting of each text node (typeset-text.ts) runs on text without them.
// For the same reason phrases.ts puts no break where it would split what the
// typesetting treats as one — a run of adjacent marks (compressed together), a
// space between two Chinese characters (it becomes U+3000) — and none is put
// here next to a note mark (bound to the character before it) or code.
import { Element as ElementNode, Text, type AnyNode, type Element } from 'domhandler';
import { append, prepend } from 'domutils';
import { phraseBreaks } from './phrases.js';
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

/** Puts <wbr/> between the phrases of `element`'s text, across its inline markup. */
export function breakBetweenPhrases(element: Element, isOpaque: (element: Element) => boolean): void {
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
  const breaks = phraseBreaks(chars.join('')).filter((at) => !fences.has(at));
  for (const piece of pieces) {
    const inside = breaks.filter((at) => at >= piece.start && at < piece.start + piece.characters.length).map((at) => at - piece.start);
    if (inside.length > 0) splitAt(piece, inside);
  }
}

/** The piece's text node, cut at the given offsets with a <wbr/> at each (one at 0 goes before it). */
function splitAt(piece: Piece, offsets: number[]): void {
  const { node, characters } = piece;
  const cuts = [...offsets.filter((at) => at > 0), characters.length];
  if (offsets[0] === 0) prepend(node, new ElementNode('wbr', {}));
  node.data = characters.slice(0, cuts[0]).join('');
  let last: AnyNode = node;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const wbr = new ElementNode('wbr', {});
    const text = new Text(characters.slice(cuts[k], cuts[k + 1]).join(''));
    append(last, wbr);
    append(wbr, text);
    last = text;
  }
}

/** The character a reader sees; U+FFFC for a reference that is not one character, so offsets stay one per piece. */
function unescapeCharacter(escaped: string): string {
  const plain = escaped.length === 1 ? escaped : unescapeXml(escaped);
  return [...plain].length === 1 ? plain : '\uFFFC';
}
