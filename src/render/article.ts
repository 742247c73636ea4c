// Article Markdown → XHTML body: h1 title, byline, source, then the text.
// Pure: takes the loaded article, returns markup plus what the book needs to
// know about it (its sections for the nav, the images it references).
// cheerio/slim: htmlparser2 only — we parse XML, and the full build's parse5 and undici cost 130 ms of start-up.
import * as cheerio from 'cheerio/slim';
import { Element as ElementNode, Text, type AnyNode, type Element } from 'domhandler';
import { appendChild, prepend, removeElement, replaceElement } from 'domutils';
import type { Article } from '../issue/model.js';
import { hasScheme } from '../markdown/links.js';
import type { NoteEnv, NoteMarkStyle } from '../markdown/notes.js';
import { pageBreakHtml, type PageEnv } from '../markdown/page-markers.js';
import { renderReaderHtml } from '../markdown/reader.js';
import { lastGrapheme } from './graphemes.js';
import { breakBetweenPhrases } from './markup-phrases.js';
import { typesetPhrases } from './phrases.js';
import { CLOSING_MARKS } from './punctuation.js';
import { breaksBeforeTail, typesetText, type TextAround } from './typeset-text.js';
import { escapeXml, unescapeXml } from './xml.js';

export interface Section {
  id: string;
  title: string;
  level: number;
  children: Section[];
}

export interface ImageReference {
  /** The image's URL as markdown-it read it (escapes resolved, percent-encoded), e.g. images/chart.png */
  src: string;
  /** Path inside the EPUB's content folder, e.g. images/chart.png */
  target: string;
}

export interface RenderedArticle {
  /** The <section> element, ready for xhtmlDocument(). */
  body: string;
  /** `##` (and deeper) headings, nested, with their ids. */
  sections: Section[];
  images: ImageReference[];
  /** Printed pages that start in this article, in order (ids page-N). */
  pages: number[];
  /** How many notes the article has (ids note-N, after the text). */
  notes: number;
}

const HEADING = /^h[2-6]$/;
// The headline's type in ems of the body's (book.css, h1): its phrases are kept for MuPDF at
// that size, a long one word by word (phrases.ts), so that it breaks between words there
// (贯彻 | 习近平新时代), never inside one (习近 | 平) where a line holds less than the phrase.
const HEADLINE_SIZE = 1.4;
// Text in these is not prose: left exactly as written.
const VERBATIM = new Set(['code', 'pre']);

/** What the article needs to know of the printed edition (see printed-pages.ts). */
export interface ArticlePages {
  /** The printed page this article starts, when it starts one (from toc_page). */
  startPage?: number;
  marginNumbers?: boolean;
  /** How its notes are marked (series note_marks); ①②③ when not given. */
  noteMarks?: NoteMarkStyle;
}

export function renderArticle(article: Article, printed: ArticlePages = {}): RenderedArticle {
  const env: PageEnv & NoteEnv = {
    pages: [],
    ...(printed.marginNumbers ? { marginNumbers: true } : {}),
    ...(printed.noteMarks ? { noteMarks: printed.noteMarks } : {}),
  };
  // decodeEntities: false keeps markdown-it's escaping as it is and leaves
  // Chinese as characters (cheerio would otherwise write &#x…; references).
  // Text nodes therefore hold escaped XML, which the typesetting below may
  // extend with markup of its own (spans, <wbr/>): it is written out as is.
  const $ = cheerio.load(renderReaderHtml(article.body, env), { xml: { xmlMode: true, decodeEntities: false } }, false);
  const state: WalkState = { flat: [], images: [], targetOf: new Map(), taken: new Set(), tables: [], articleIndex: article.index, blockEnds: new Map() };
  // One walk over the tree: selections on the root cost quadratic time on a long article.
  walk($.root()[0]!.children, state);
  // A table sits in a block of its own (.table-wrap: the space above and below it).
  for (const table of state.tables) $(table).wrap('<div class="table-wrap"></div>');

  const { title, byline, source } = article.meta;
  const start = printed.startPage;
  const head = [
    // The page begins with its headline: the marker inside the h1, not before it — an
    // empty line of its own ahead of the h1's page break is a blank page in MuPDF and Calibre.
    `<h1 id="title">${start !== undefined ? pageBreakHtml(start, printed.marginNumbers) : ''}${typesetPhrases(title, HEADLINE_SIZE)}</h1>`,
    byline ? `<p class="byline">${bylineGroups(byline)}</p>` : '',
    source ? `<p class="source">${typesetText(escapeXml(source), { lastLine: false })}</p>` : '',
  ].filter(Boolean);
  const body = `<section class="article" epub:type="chapter" role="doc-chapter" aria-labelledby="title">\n${head.join('\n')}\n${$.xml().trim()}\n</section>`;
  const pages = start !== undefined ? [start, ...env.pages!] : env.pages!;
  const notes = (env as { footnotes?: { list?: unknown[] } }).footnotes?.list?.length ?? 0;
  return { body, sections: nestSections(state.flat), images: state.images, pages, notes };
}

interface WalkState {
  flat: Section[];
  images: ImageReference[];
  targetOf: Map<string, string>;
  taken: Set<string>;
  tables: Element[];
  articleIndex: number;
  /** The text nodes that end a paragraph or a cell, each with the number of the block's characters before it, and whether the block breaks between phrases only (a cell). */
  blockEnds: Map<Text, { textBefore: number; phrasesOnly: boolean }>;
}

function walk(nodes: AnyNode[], state: WalkState): void {
  for (const node of [...nodes]) {
    if (node.type !== 'tag') continue;
    const element = node as Element;
    const name = element.name;
    if (HEADING.test(name)) heading(element, state);
    else if (name === 'img') image(element, state);
    else if (name === 'a') link(element, state);
    else if (!VERBATIM.has(name)) {
      if (name === 'table') state.tables.push(element);
      // A paragraph that is only a picture is not indented: the indent would push it past the page.
      if (name === 'p' && isPictureOnly(element)) element.attribs.class = 'picture';
      if (CELL.has(name)) breakBetweenPhrases(element, isOpaque, false);
      const endsBlock = name === 'p' || CELL.has(name) || (name === 'li' && !hasBlocks(element));
      if (endsBlock) keepLastCharactersTogether(element, state);
      bindNoteMarks(element, endsBlock ? { phrasesOnly: CELL.has(name) } : undefined);
      typesetChildren(element, state);
      walk(element.children, state);
    }
  }
}

function heading(element: Element, state: WalkState): void {
  const id = `s${state.flat.length + 1}`;
  element.attribs.id = id;
  const title = unescapeXml(textOf(element));
  state.flat.push({ id, title, level: Number(element.name.slice(1)), children: [] });
  // A heading breaks between phrases, across its markup (emphasis, a link) where it has some.
  if (isPlainText(element)) setPhrases(element);
  else {
    breakBetweenPhrases(element, isOpaque, true);
    typesetChildren(element, state);
    walk(element.children, state);
  }
}

// Table cells, like headings, break only between phrases (keep-all in the
// stylesheet): a cell's words stay whole (第一支部), and a long cell can still
// wrap — without the <wbr/>, 另有3名党员在外地学习 was one unbreakable word,
// and Chromium set the table past the page's edge. The breaks are found on a
// cell's whole text, across its markup (markup-phrases.ts).
const CELL = new Set(['td', 'th']);

/**
 * Marks the text a paragraph or cell ends with, inside its inline markup (bold,
 * a link; none after a note mark or code): its last two characters are kept
 * together (typeset-text.ts), so that no line holds one alone — also in MuPDF,
 * which knows no <wbr/> and set a cell's last character alone (言). The count
 * of the block's characters before it goes along: a cell split into phrases
 * ends with a text node of its last phrase alone (学习会).
 */
function keepLastCharactersTogether(element: Element, state: WalkState): void {
  let node: AnyNode | undefined = element.children.at(-1);
  while (node?.type === 'tag' && !isOpaque(node as Element)) node = (node as Element).children.at(-1);
  if (node?.type !== 'text' || keepStyledEnd(node as Text, element)) return;
  state.blockEnds.set(node as Text, { textBefore: [...textOf(element)].length - [...(node as Text).data].length, phrasesOnly: CELL.has(element.name) });
}

const MARKS_ONLY = new RegExp(`^[${CLOSING_MARKS}…—]+$`, 'u');

/**
 * A block whose text ends in bold, emphasis or strike-through with only closing
 * marks after it (对此务必*高度重视*。): the text after the styling holds no
 * ideograph to keep, and the last line could hold 视。 alone. The styled text's
 * last two ideographs go into a no-wrap span with the marks, in a copy of the
 * styling (as a note mark's span takes a styled character), the first a lead:
 * `<em>高度</em><wbr/><span class="nowrap"><em><span class="lead">重</span>视</em>。</span>`.
 * False where there is nothing of the kind: the text is kept as any other.
 */
function keepStyledEnd(marks: Text, block: Element): boolean {
  const container = marks.parent as Element | null;
  if (!container || !MARKS_ONLY.test(marks.data)) return false;
  const styled = container.children[container.children.indexOf(marks) - 1];
  if (styled?.type !== 'tag' || !STYLED.has((styled as Element).name)) return false;
  const inner = (styled as Element).children.at(-1);
  const pair = inner?.type === 'text' ? LAST_TWO_QUOTED.exec((inner as Text).data) : null;
  // A block of a few characters has no last line to protect.
  if (!pair || [...textOf(block)].length - [...pair[0]].length - [...marks.data].length < 2) return false;
  (inner as Text).data = (inner as Text).data.slice(0, pair.index);
  const [lead, ...rest] = [...pair[0]];
  const copy = new ElementNode((styled as Element).name, { ...(styled as Element).attribs });
  appendChild(copy, leadSpan(new Text(lead!)));
  if (rest.length > 0) appendChild(copy, new Text(rest.join('')));
  const span = new ElementNode('span', { class: 'nowrap' });
  replaceElement(marks, span);
  appendChild(span, copy);
  appendChild(span, marks);
  if (textOf(styled) === '') removeElement(styled);
  if (!CELL.has(block.name)) sayBreakBefore(span);
  return true;
}

/**
 * A <wbr/> before the span of a block's kept last characters where a break may
 * fall anyway (after an ideograph or a closing mark: typeset-text.ts), as
 * typesetText gives one; the caller leaves it out in a cell, which breaks between
 * phrases only. Whether one went in.
 */
function sayBreakBefore(span: Element): boolean {
  const siblings = span.parent?.children ?? [];
  // By place among the children: a node's neighbours may be stale after replaceElement.
  const before = siblings[siblings.indexOf(span) - 1];
  if (!before || !breaksBeforeTail(textOf(before))) return false;
  prepend(span, new ElementNode('wbr', {}));
  return true;
}

// A list item of text alone ends as a paragraph does (时间为一个 / 月； set 月； alone); one with
// paragraphs or a list inside ends in those, which see to it themselves.
const BLOCKS = new Set(['p', 'ul', 'ol', 'blockquote', 'pre', 'table', 'div']);
const hasBlocks = (element: Element) => element.children.some((child) => child.type === 'tag' && BLOCKS.has((child as Element).name));

/** What a phrase break may not touch: a note's mark (bound to the character before it), code. */
function isOpaque(element: Element): boolean {
  return VERBATIM.has(element.name) || (element.name === 'sup' && element.attribs.class === 'noteref');
}

function isPlainText(element: Element): boolean {
  return element.children.every((child) => child.type === 'text');
}

/** A heading's text, set as phrases with <wbr/> between them (phrases.ts). */
function setPhrases(element: Element): void {
  const text = new Text(typesetPhrases(unescapeXml(textOf(element))));
  text.parent = element;
  element.children = [text];
}

function image(element: Element, state: WalkState): void {
  // The attribute as markdown-it wrote it (decodeEntities is off): &amp; back to &.
  const src = unescapeXml(element.attribs.src ?? '');
  let target = state.targetOf.get(src);
  if (target === undefined) {
    const name = `images/${String(state.articleIndex + 1).padStart(2, '0')}-${src.split('/').pop()!.replace(/[^A-Za-z0-9._-]/g, '_')}`;
    // Different images whose safe names coincide (a&b.png, a+b.png, figs/x.png and x.png) get -2, -3…
    target = name;
    for (let n = 2; state.taken.has(target); n++) target = name.replace(/(\.[^./]*)?$/, `-${n}$1`);
    state.taken.add(target);
    state.targetOf.set(src, target);
    state.images.push({ src, target });
  }
  element.attribs.src = target;
}

// A note's mark and its way back are the book's own links (notes.ts).
const NOTE_LINKS = new Set(['doc-noteref', 'doc-backlink']);

// structure/local-link reports a link to a file or #anchor; should it be
// disabled, the words stay and the dead link goes (EPUBCheck RSC-007).
function link(element: Element, state: WalkState): void {
  if (NOTE_LINKS.has(element.attribs.role ?? '')) return;
  typesetChildren(element, state);
  walk(element.children, state);
  if (hasScheme(element.attribs.href ?? '')) return;
  const parent = element.parent;
  if (!parent) return;
  const at = parent.children.indexOf(element);
  for (const child of element.children) child.parent = parent;
  parent.children.splice(at, 1, ...element.children);
}

// The last character of escaped text: an entity (&amp;), or one grapheme
// (graphemes.ts: no markup may come inside one) — with the entity it marks
// when the grapheme is a combining mark or selector after one (&amp;◌́: the
// segmenter sees `;◌́`, and cutting there would leave `&amp` behind).
const LAST_ENTITY = /&[#A-Za-z0-9]+;$/u;
const ENTITY_BODY = /&[#A-Za-z0-9]+$/u;

function lastCharacter(text: string): { index: number; 0: string } | undefined {
  const entity = LAST_ENTITY.exec(text);
  if (entity) return entity;
  const last = lastGrapheme(text);
  if (!last?.[0].startsWith(';')) return last;
  const marked = ENTITY_BODY.exec(text.slice(0, last.index));
  return marked ? { index: marked.index, 0: text.slice(marked.index) } : last;
}
const LEADING_CLOSING_MARKS = new RegExp(`^[${CLOSING_MARKS}]+`, 'u');
const ONLY_CLOSING_MARKS = new RegExp(`^[${CLOSING_MARKS}]*$`, 'u');

/**
 * A note's mark stays on the line of the character it follows, with the marks
 * that close the sentence after it (…第四卷⑥；): a line may not begin with a
 * note mark, nor with the ； after one. Calibre and Chromium break before the
 * <sup> (① is a character a line may start with), so the three are one
 * unbreakable span. What cannot go into the span — a long link, code, another
 * mark — is joined to it by a WORD JOINER (U+2060, UAX #14: no break on
 * either side), which Chromium and MuPDF honour and draw as nothing.
 *
 * The character in the span is a lead (span.lead, as a paragraph's kept last
 * characters have: typeset-text.ts): MuPDF breaks before a character only where
 * its own white-space wraps, and took the character before along (按时 | 报送①).
 * Where the mark ends a paragraph, list item or cell (`blockEnd`), the span takes
 * one more ideograph (two before a closing quotation mark: 江山”①。), with a <wbr/>
 * before it as typesetText gives (not in a cell): else the last line could hold
 * one character and the mark (按时报 | 送①。).
 */
function bindNoteMarks(element: Element, blockEnd?: { phrasesOnly: boolean }): void {
  // Already bound (the walk comes into the span it made).
  if (element.name === 'span' && element.attribs.class === 'nowrap') return;
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (!isNoteMark(child)) continue;
    // By place among the children (a node moved by replaceElement keeps stale neighbours), past
    // text emptied by the mark before (学习文件[^1]。[^2]: the 。 went into ①'s span).
    let at = i - 1;
    while (at >= 0 && children[at]!.type === 'text' && (children[at] as Text).data === '') at--;
    const before = children[at] ?? null;
    const last = takeLastCharacter(before) ?? takeShortLink(before);
    const joined = last === undefined && isJoinable(before);
    if (!last && !joined) continue;
    // What was taken whole (a short link, emptied bold) left the children: the mark moved up one.
    if (children[i] !== child) i--;
    const span = new ElementNode('span', { class: 'nowrap' });
    const after = children[i + 1];
    const closing = after?.type === 'text' ? LEADING_CLOSING_MARKS.exec((after as Text).data) : null;
    if (closing) (after as Text).data = (after as Text).data.slice(closing[0].length);
    replaceElement(child, span);
    if (joined) {
      prepend(span, new Text(WORD_JOINER));
      i++;
    }
    const leadText = last?.type === 'text' && ONE_IDEOGRAPH.test((last as Text).data) ? (last as Text) : undefined;
    // Other marks may follow before the block ends (送①②。): joined to this span, which holds the block's last characters.
    const endsBlock = blockEnd !== undefined && children.slice(i + 1).every((node) => (node.type === 'text' && ONLY_CLOSING_MARKS.test((node as Text).data)) || isNoteMark(node));
    // At a block's end, the ideographs that make two with what the span holds: one before an
    // ideograph, two before a closing quotation mark (江山”①。, a quotation cited and noted),
    // or, where the quotation is one character, that one and the one before its opening mark
    // (与“率”①。).
    const quoteClosed = last?.type === 'text' && CLOSING_QUOTE.test((last as Text).data);
    const wanted = endsBlock && before?.type === 'text' ? (leadText ? LAST_IDEOGRAPH : quoteClosed ? LAST_TWO_QUOTED : null) : null;
    const first = wanted?.exec((before as Text).data) ?? null;
    if (first) (before as Text).data = (before as Text).data.slice(0, first.index);
    // The first ideograph is the lead; what else was taken (the second, 率 or “率) goes after it, as it stood.
    const taken = first ? [...first[0]] : [];
    const lead = first ? new Text(taken[0]!) : leadText;
    // A space between two ideographs becomes U+3000 (typeset-text.ts), which sees one text node:
    // with the ideograph after it taken into the span, the space ended its text (人人皆学 | 处处①。).
    if (lead && before?.type === 'text') (before as Text).data = (before as Text).data.replace(SPACES_BEFORE_TAKEN, '\u3000');
    if (first && blockEnd?.phrasesOnly === false && sayBreakBefore(span)) i++;
    // After bold or emphasis the copy holding its last ideograph gets the one before it too, as a
    // lead: from the styling (重**视**①。 → <strong><span class="lead">重</span>视</strong>①。), or
    // from the text before it where the styling held one character (重*视*①。).
    let styledLead: Element | undefined;
    if (endsBlock && !first && isOneStyledIdeograph(last)) {
      // The styling still holds text (it was not emptied by the character taken).
      const styled = before?.type === 'tag' && (before as Element).parent !== null ? (before as Element) : undefined;
      const source = styled ? styled.children.at(-1) : children[children.indexOf(span) - 1];
      const ideograph = source?.type === 'text' ? LAST_IDEOGRAPH.exec((source as Text).data) : null;
      if (ideograph) {
        (source as Text).data = (source as Text).data.slice(0, ideograph.index);
        const lead = leadSpan(new Text(ideograph[0]));
        if (styled) prepend((last as Element).children[0]!, lead);
        else styledLead = lead;
        if (styled && textOf(styled) === '') removeElement(styled);
        i = children.indexOf(span);
        if (blockEnd?.phrasesOnly === false && sayBreakBefore(span)) i++;
      }
    }
    const rest = taken.slice(1).join('');
    const kept = first ? [leadSpan(lead!), ...(rest ? [new Text(rest)] : []), last!] : leadText ? [leadSpan(leadText)] : last ? [...(styledLead ? [styledLead] : []), last] : [];
    for (const node of [...kept, child, ...(closing ? [new Text(closing[0])] : [])]) appendChild(span, node);
  }
}

const ONE_IDEOGRAPH = /^\p{Script=Han}$/u;
const SPACES_BEFORE_TAKEN = /(?<=\p{Script=Han}) +$/u;
const LAST_IDEOGRAPH = /\p{Script=Han}$/u;
// Two ideographs, or one and the ideograph before the opening quotation mark in front of it.
const LAST_TWO_QUOTED = /\p{Script=Han}[“‘]?\p{Script=Han}$/u;
const CLOSING_QUOTE = /^[”’]$/u;

function isNoteMark(node: AnyNode | undefined): boolean {
  return node?.type === 'tag' && (node as Element).name === 'sup' && (node as Element).attribs.class === 'noteref';
}

/** A character in a span of its own, which wraps in MuPDF only (book.css, span.lead). */
function leadSpan(text: Text): Element {
  const lead = new ElementNode('span', { class: 'lead' });
  appendChild(lead, text);
  return lead;
}

/** Bold, emphasis or strike-through holding one ideograph alone: what takeLastCharacter takes from the end of styled text. */
function isOneStyledIdeograph(node: AnyNode | undefined): boolean {
  if (node?.type !== 'tag' || !STYLED.has((node as Element).name)) return false;
  const held = (node as Element).children;
  return held.length === 1 && held[0]!.type === 'text' && ONE_IDEOGRAPH.test((held[0] as Text).data);
}

const WORD_JOINER = '\u2060';

/** Inline content a note mark follows without a break, though no character of it can go into the mark's span. */
function isJoinable(node: AnyNode | null): boolean {
  return node?.type === 'tag' && !['br', 'wbr'].includes((node as Element).name);
}

// Inline markup a note mark may follow whose last character goes with it, in a copy of the markup.
const STYLED = new Set(['strong', 'em', 's']);

/**
 * The last character before a note mark, taken out of the text it ends: plain
 * text, or text at the end of bold, emphasis or strike-through (…**重要**[^1]
 * gives <strong>要</strong>, the bold left with 重). None after a space, a
 * link (takeShortLink), code or another mark.
 */
function takeLastCharacter(node: AnyNode | null): AnyNode | undefined {
  if (node?.type === 'text') {
    const last = lastCharacter((node as Text).data);
    if (!last || /^\s$/u.test(last[0])) return undefined;
    (node as Text).data = (node as Text).data.slice(0, last.index);
    return new Text(last[0]);
  }
  if (node?.type !== 'tag' || !STYLED.has((node as Element).name)) return undefined;
  const styled = node as Element;
  const inner = takeLastCharacter(styled.children.at(-1) ?? null);
  if (!inner) return undefined;
  const copy = new ElementNode(styled.name, { ...styled.attribs }, [inner]);
  inner.parent = copy;
  if (textOf(styled) === '') removeElement(styled);
  return copy;
}

// The longest link that goes whole onto the line of the note mark after it: as
// long as the longest phrase a heading keeps whole (render/phrases.ts).
const SHORT_LINK = 8;

/**
 * A short link before a note mark (…见[通知](url)[^1]): it goes with the mark
 * whole, since a copy of a link holding its last character would be a second
 * link, read out twice. A longer one, or one with a space, stays as it is.
 */
function takeShortLink(node: AnyNode | null): AnyNode | undefined {
  if (node?.type !== 'tag' || (node as Element).name !== 'a') return undefined;
  const text = textOf(node);
  if (text === '' || [...text].length > SHORT_LINK || /\s/u.test(text)) return undefined;
  removeElement(node);
  return node;
}

/** Typesets the text directly inside a block or inline element (the end of a paragraph or cell kept together: state.blockEnds). */
function typesetChildren(element: Element, state: WalkState): void {
  const children = element.children;
  children.forEach((child, k) => {
    if (child.type !== 'text') return;
    const text = child as Text;
    const end = state.blockEnds.get(text);
    const around = textAround(children, k);
    text.data = typesetText(text.data, end ? { lastLine: true, ...end, around } : { lastLine: false, around });
  });
}

// How far around a text node its quotation runs are looked for: past any run MuPDF keeps unbroken.
const AROUND = 40;

/**
 * The inline content beside the k-th child, up to a hard line break, as text (quoteBreaks looks
 * for a run of quotation marks across it). The text nodes before it are typeset already and
 * hold the typesetting's markup, which the tokens of quoteBreaks pass over.
 */
function textAround(children: readonly AnyNode[], k: number): TextAround {
  const limit = AROUND * 4;
  // Outward from the text, node by node, until enough text or a hard line break: a block of many
  // inline elements (a long list of links) is not read whole for each of its texts.
  const side = (step: 1 | -1): string[] => {
    const parts: string[] = [];
    let length = 0;
    for (let at = k + step; at >= 0 && at < children.length && length < limit; at += step) {
      const node = children[at]!;
      if (node.type === 'tag' && (node as Element).name === 'br') break;
      if (node.type === 'tag' && VERBATIM.has((node as Element).name)) continue;
      const text = textOf(node);
      parts.push(text);
      length += text.length;
    }
    return parts;
  };
  const before = side(-1).reverse().join('');
  const after = side(1).join('');
  // The text node before, if it has characters, has the place between the two at its end.
  const previous = children[k - 1];
  return { before: lastPart(before, limit), after: firstPart(after, limit), atStart: !(previous?.type === 'text' && (previous as Text).data !== '') };
}

/** The end of escaped text with markup, `length` code units at most, not starting inside a tag, an entity or a character. */
function lastPart(text: string, length: number): string {
  if (text.length <= length) return text;
  let part = text.slice(-length);
  const tagEnd = part.indexOf('>');
  if (tagEnd >= 0 && !part.slice(0, tagEnd).includes('<')) part = part.slice(tagEnd + 1);
  const entity = /^[#A-Za-z0-9]*;/.exec(part);
  if (entity) part = part.slice(entity[0].length);
  return /^[\udc00-\udfff]/.test(part) ? part.slice(1) : part;
}

/** The start of escaped text with markup, `length` code units at most, not ending inside a tag, an entity or a character. */
function firstPart(text: string, length: number): string {
  if (text.length <= length) return text;
  let part = text.slice(0, length);
  const tagStart = part.lastIndexOf('<');
  if (tagStart > part.lastIndexOf('>')) part = part.slice(0, tagStart);
  const entity = /&[#A-Za-z0-9]*$/.exec(part);
  if (entity) part = part.slice(0, entity.index);
  return /[\ud800-\udbff]$/.test(part) ? part.slice(0, -1) : part;
}

function isPictureOnly(paragraph: Element): boolean {
  const visible = paragraph.children.filter((child) => child.type !== 'text' || (child as Text).data.trim() !== '');
  return visible.length === 1 && visible[0]!.type === 'tag' && (visible[0] as Element).name === 'img';
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as Text).data;
  return 'children' in node ? (node as Element).children.map(textOf).join('') : '';
}

/**
 * Between a byline's groups: an ideographic space, then a zero-width space.
 * MuPDF 1.21 finds no place to break between two nowrap spans (a <wbr/> is not
 * one either) and set a long byline past the page's edge, the names beyond it
 * lost. It decides a break before a character by the last character outside a
 * nowrap span: with U+200B there, it breaks before the gap (the wrapped line
 * starts with it, half a character right of centre). So the byline starts with
 * one too (BYLINE_START), or the first gap had none before it, and a long
 * first pair of groups (丁小强作总结讲话　杨临生到会指导) stayed on one line
 * past the edge at a larger type. A zero-width space right before a gap is
 * not used: WebKit drew it as a missing glyph. The byline's font must have
 * U+200B (book-fonts.ts), or MuPDF draws a box.
 */
export const BYLINE_GAP = '\u3000\u200b';
const BYLINE_START = '\u200b';

/**
 * A byline lists people and their roles (唐登杰 韩长赋讲话 金湘军主持 …): each
 * group is kept on one line, so a name is never broken across lines, and the
 * groups are set apart by an ideographic space (U+3000) — the Chinese gap,
 * one character wide in every engine — and a place to break (BYLINE_GAP).
 */
function bylineGroups(byline: string): string {
  const groups = bylineParts(byline).map((group) => `<span class="nowrap">${typesetText(escapeXml(group), { lastLine: false })}</span>`);
  return BYLINE_START + groups.join(BYLINE_GAP);
}

// What sets the groups of a byline apart: a space with Chinese (or Japanese,
// Korean, or a full-width mark) on either side of it.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The groups of a byline: split at its white space, except a single space
 * with no Chinese on either side, which is inside a name or a list of them
 * (Karl Marx 著, José Martí, Karl Marx, Friedrich Engels).
 */
function bylineParts(byline: string): string[] {
  const pieces = byline.trim().split(/(\s+)/);
  const groups: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const word = pieces[i]!;
    const space = pieces[i - 1];
    const before = [...(pieces[i - 2] ?? '')].at(-1);
    const inName = space === ' ' && before !== undefined && !CJK.test(before) && word !== '' && !CJK.test([...word][0]!);
    if (inName) groups[groups.length - 1] += ` ${word}`;
    else groups.push(word);
  }
  return groups.filter((group) => group !== '');
}

/** Flat headings in document order → a tree by level (h3 under the h2 before it). */
function nestSections(flat: Section[]): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const section of flat) {
    while (stack.length > 0 && stack[stack.length - 1]!.level >= section.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : roots).push(section);
    stack.push(section);
  }
  return roots;
}
