// Mammoth's HTML → blocks: paragraphs and headings keep bold (**…**) and
// images; a manual line break inside a paragraph is not a paragraph break (the
// lines are joined); the U+3000 indentation Word documents type by hand goes;
// tables become Markdown tables and lists Markdown lists; Word's own
// footnotes and endnotes become Markdown notes beside their paragraph.
import * as cheerio from 'cheerio/slim';
import type { SourceBlock } from '../model.js';
import { escapeInline, escapeLineStart } from '../../markdown/escape.js';

export const CENTRED_CLASS = 'qikan-centred';

/** The fields of htmlparser2's nodes that the walk reads. */
interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
}

interface Inline {
  markdown: string;
  text: string;
}

// Stands for a <br> until both sides are known.
const BREAK = '\u0000';
const INDENT = /^[\s\u3000\u00a0]+/u;

function tag(node: HtmlNode): string {
  return node.type === 'tag' ? (node.name ?? '').toLowerCase() : '';
}

function wrap(inner: Inline, marker: string): Inline {
  const core = inner.markdown.trim();
  if (core === '') return inner;
  // Whitespace stays outside the markers, or CommonMark would not see them as emphasis.
  const lead = inner.markdown.slice(0, inner.markdown.length - inner.markdown.trimStart().length);
  const trail = inner.markdown.slice(inner.markdown.trimEnd().length);
  return { markdown: `${lead}${marker}${core}${marker}${trail}`, text: inner.text };
}

function inlineOf(nodes: readonly HtmlNode[]): Inline {
  const parts = nodes.map(inlineNode);
  return { markdown: parts.map((p) => p.markdown).join(''), text: parts.map((p) => p.text).join('') };
}

function inlineNode(node: HtmlNode): Inline {
  if (node.type === 'text') return { markdown: escapeInline(node.data ?? ''), text: node.data ?? '' };
  const children = node.children ?? [];
  switch (tag(node)) {
    case 'strong':
    case 'b':
      return wrap(inlineOf(children), '**');
    case 'em':
    case 'i':
      return wrap(inlineOf(children), '*');
    case 'br':
      return { markdown: BREAK, text: BREAK };
    case 'img': {
      const alt = escapeInline(node.attribs?.alt ?? '').replace(/\s+/g, ' ');
      return { markdown: `![${alt}](${node.attribs?.src ?? ''})`, text: '' };
    }
    case 'ul':
    case 'ol':
      return { markdown: '', text: '' };
    case 'a': {
      // mammoth writes a Word footnote's mark as <sup><a href="#footnote-1">[1]</a></sup>.
      const label = noteLabel(node.attribs?.href?.replace(/^#/, ''));
      return label ? { markdown: `[^${label}]`, text: '' } : inlineOf(children);
    }
    default:
      return inlineOf(children);
  }
}

/** A line break between two Latin letters was a space; between Chinese characters it was nothing. */
function resolveBreaks(value: string): string {
  return value.replace(/[ \t\u3000\u00a0]*\u0000[ \t\u3000\u00a0]*/gu, (match, offset: number, whole: string) =>
    /[A-Za-z0-9]/.test(whole[offset - 1] ?? '') && /[A-Za-z0-9]/.test(whole[offset + match.length] ?? '') ? ' ' : '',
  );
}

/** Paragraph content: breaks joined, indentation and edge spaces gone, adjacent bold runs merged. */
function paragraphInline(nodes: readonly HtmlNode[]): Inline {
  const inline = inlineOf(nodes);
  const markdown = resolveBreaks(inline.markdown)
    .replace(/\*\*\*\*/g, '')
    .replace(/^(\*\*|\*)?[\s\u3000\u00a0]+/u, '$1')
    .trimEnd();
  return { markdown, text: resolveBreaks(inline.text).replace(INDENT, '').trimEnd() };
}

const ALL_BOLD = /^\*\*(?:(?!\*\*).)+\*\*$/su;

function paragraphBlock(node: HtmlNode): SourceBlock[] {
  const { markdown, text } = paragraphInline(node.children ?? []);
  if (markdown === '') return [];
  if (text.trim() === '') return [{ kind: 'raw', text: '', markdown }];
  const level = /^h([1-6])$/.exec(tag(node));
  const centred = (node.attribs?.class ?? '').split(/\s+/).includes(CENTRED_CLASS);
  const titleHint = level !== null || centred || ALL_BOLD.test(markdown);
  return [{ kind: 'paragraph', text, markdown, ...(level ? { headingLevel: Number(level[1]) } : {}), ...(titleHint ? { titleHint } : {}) }];
}

function elementChildren(node: HtmlNode, names: readonly string[]): HtmlNode[] {
  return (node.children ?? []).filter((child) => names.includes(tag(child)));
}

/**
 * A cell's paragraphs on one line (a Markdown table cell cannot hold a
 * paragraph break) — with the text of a list or a table nested in the cell,
 * in order, which a Markdown cell cannot hold as such either (their text had
 * been dropped).
 */
function cellInline(cell: HtmlNode): Inline {
  const { markdown, text } = oneLine(cellParts(cell));
  return { markdown: markdown.replace(/\|/g, '\\|'), text };
}

/** Runs of text on one line, a space between them (a cell, a note). */
function oneLine(parts: readonly Inline[]): Inline {
  return {
    markdown: parts.map((p) => p.markdown.trim()).filter(Boolean).join(' '),
    text: parts.map((p) => p.text.trim()).filter(Boolean).join(' '),
  };
}

const CELL_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'li']);

/** The inline runs of a cell (or of a list item or cell inside it), in order. */
function cellParts(node: HtmlNode): Inline[] {
  const parts: Inline[] = [];
  let run: HtmlNode[] = [];
  const flush = () => {
    if (run.length > 0) parts.push(paragraphInline(run));
    run = [];
  };
  for (const child of node.children ?? []) {
    const name = tag(child);
    if (!CELL_BLOCKS.has(name)) {
      run.push(child);
      continue;
    }
    flush();
    if (name === 'table') for (const row of rowsOf(child)) for (const inner of elementChildren(row, ['td', 'th'])) parts.push(...cellParts(inner));
    else if (name === 'ul' || name === 'ol') for (const item of elementChildren(child, ['li'])) parts.push(...cellParts(item));
    else if (name === 'li') parts.push(...cellParts(child));
    else parts.push(paragraphInline(child.children ?? []));
  }
  flush();
  return parts;
}

function rowsOf(table: HtmlNode): HtmlNode[] {
  return (table.children ?? []).flatMap((child) => (tag(child) === 'tr' ? [child] : ['thead', 'tbody', 'tfoot'].includes(tag(child)) ? rowsOf(child) : []));
}

/** GFM table; the first row is the header (Word tables have no other way to say which row is). */
function tableBlock(table: HtmlNode): SourceBlock[] {
  const rows = rowsOf(table).map((row) => elementChildren(row, ['td', 'th']).map(cellInline));
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (width === 0) return [];
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const padded = rows.map((row) => [...row.map((c) => c.markdown), ...Array<string>(width - row.length).fill('')]);
  const markdown = [line(padded[0]!), line(Array<string>(width).fill('---')), ...padded.slice(1).map(line)].join('\n');
  return [{ kind: 'raw', text: rows.flat().map((c) => c.text).join(' '), markdown }];
}

function listLines(list: HtmlNode, depth: number): string[] {
  const ordered = tag(list) === 'ol';
  return elementChildren(list, ['li']).flatMap((item, i) => {
    const marker = ordered ? `${i + 1}. ` : '- ';
    const indent = ' '.repeat(depth);
    const own = paragraphInline(item.children ?? []).markdown;
    const nested = elementChildren(item, ['ul', 'ol']).flatMap((sub) => listLines(sub, depth + marker.length));
    return [`${indent}${marker}${own}`, ...nested];
  });
}

function listBlock(list: HtmlNode): SourceBlock[] {
  const markdown = listLines(list, 0).join('\n');
  return [{ kind: 'raw', text: markdown, markdown }];
}

// mammoth's ids of Word's footnotes and endnotes (footnote-1, endnote-2), and the note labels made of them.
const NOTE_ID = /^(footnote|endnote)-(\d+)$/;

function noteLabel(id: string | undefined): string | undefined {
  const match = id === undefined ? null : NOTE_ID.exec(id);
  return match ? `${match[1] === 'footnote' ? 'fn' : 'en'}${match[2]}` : undefined;
}

/** mammoth's list of the notes, at the end: <ol><li id="footnote-1"><p>… <a href="#footnote-ref-1">↑</a></p></li></ol>. */
function isNoteList(node: HtmlNode): boolean {
  const items = elementChildren(node, ['li']);
  return tag(node) === 'ol' && items.length > 0 && items.every((item) => noteLabel(item.attribs?.id) !== undefined);
}

/** A note's text on one line, without mammoth's back-link (↑). */
function noteInline(item: HtmlNode): Inline {
  const withoutBackLink = (nodes: readonly HtmlNode[]): HtmlNode[] =>
    nodes.filter((node) => !(tag(node) === 'a' && /^#(?:footnote|endnote)-ref-/.test(node.attribs?.href ?? ''))).map((node) => ({ ...node, children: node.children && withoutBackLink(node.children) }));
  return oneLine(cellParts({ ...item, children: withoutBackLink(item.children ?? []) }));
}

export function htmlBlocks(html: string): SourceBlock[] {
  const $ = cheerio.load(html, {}, false);
  const nodes = $.root().contents().toArray() as unknown as HtmlNode[];
  const notes = new Map<string, Inline>();
  for (const node of nodes) if (isNoteList(node)) for (const item of elementChildren(node, ['li'])) notes.set(noteLabel(item.attribs!.id)!, noteInline(item));
  const blocks = nodes.flatMap((node): SourceBlock[] => {
    const name = tag(node);
    if (isNoteList(node)) return [];
    if (name === 'table') return tableBlock(node);
    if (name === 'ul' || name === 'ol') return listBlock(node);
    if (name !== '' || node.type === 'text') return paragraphBlock(name === '' ? { type: 'tag', name: 'p', children: [node] } : node);
    return [];
  });
  if (notes.size === 0) return blocks;
  // Each note goes with the block that marks it, which takes it to that article's file (and
  // through the joins of torn paragraphs and the byline's recognition, as a separate block would not).
  const definition = (label: string, note: Inline) => `[^${label}]: ${escapeLineStart(note.markdown)}`;
  const out = blocks.map((block) => {
    const own: string[] = [];
    for (const match of block.markdown.matchAll(/\[\^((?:fn|en)\d+)\]/g)) {
      const note = notes.get(match[1]!);
      if (!note) continue;
      notes.delete(match[1]!);
      own.push(definition(match[1]!, note));
    }
    return own.length > 0 ? { ...block, notes: own } : block;
  });
  // A note no mark refers to stays, at the end, for the check to report (note/unused).
  for (const [label, note] of notes) out.push({ kind: 'raw', text: note.text, markdown: definition(label, note) });
  return out;
}
