// One source file as the rules see it: its text, line starts, and the prose
// blocks of its Markdown body (paragraphs, headings, table cells) plus the
// front-matter values that are prose (title, toc_title, byline). Block
// structure comes from markdown-it's block parser — the same configured
// instance the renderer uses — with `.map` line ranges; inline syntax is
// masked by maskInline, so every index in a block maps to a source column.
import type { Token } from 'markdown-it';
import { findDirectives, type Directive } from '../markdown/directives.js';
import type { NoteDefinition, NoteEnv } from '../markdown/notes.js';
import { markdownParser, type DefinitionStart, type TooDeep } from '../markdown/parser.js';
import { parseYaml } from '../issue/yaml-source.js';
import { maskInline, type ImageSpan, type LinkSpan, type NoteRefSpan, type PageSpan, type Span } from './inline-mask.js';

export type Field = 'title' | 'toc_title' | 'byline';

/**
 * What the edge found at the file an image names (image-files.ts), for the
 * image rules: only images whose path passed the text rules are looked up.
 */
export type ImageFileFact =
  | { kind: 'missing' | 'outside' | 'not-an-image' | 'too-large'; detail: string }
  /** Damaged or truncated, an extension that lies about the format, an unsafe SVG: the detail says what to do. */
  | { kind: 'unusable'; detail: string }
  | { kind: 'found'; width?: number; height?: number };

export interface TextBlock {
  kind: 'paragraph' | 'heading' | 'cell' | 'field';
  /** Heading level (1–6); 0 for other blocks. */
  level: number;
  /** A heading written with #s (its text cannot start other block syntax); a setext heading's lines can. */
  atx?: true;
  field?: Field;
  /** Innermost container: body text, a list item, a block quote or a note (`[^1]: …`). */
  container: 'none' | 'list' | 'blockquote' | 'note';
  /** The block's lines joined by \n, inline syntax replaced by MASK. */
  text: string;
  /** The same lines as written, inline syntax and all (index for index with `text`). */
  source?: string;
  /** Index in `text` where each line starts, and that character's offset in the file. */
  lineIndex: number[];
  lineOffset: number[];
}

/** A top-level block of the body, in order: what page-break-split walks. */
export interface FlowItem {
  kind: 'paragraph' | 'heading' | 'other';
  block?: TextBlock;
}

export interface CheckDoc {
  /** As shown to the user. */
  file: string;
  /** Name inside the issue folder: 01-x.md, issue.yaml (series.yaml: ../series.yaml). */
  fileName: string;
  format: 'markdown' | 'yaml';
  text: string;
  /** The file began with a byte-order mark (dropped from `text` by the loader). */
  hasBom: boolean;
  lineStarts: number[];
  /** 1-based line where the Markdown body starts. */
  bodyLine: number;
  blocks: TextBlock[];
  flow: FlowItem[];
  /** 1 for each 0-based line inside a fenced or indented code block. */
  codeLines: Uint8Array;
  /** Indented code blocks (four spaces or a tab): 0-based file lines [start, end), and whether at the top level. */
  indentedCode: { start: number; end: number; topLevel: boolean }[];
  /** File offsets of raw HTML and of image targets in the body. */
  html: Span[];
  /** Page markers `<!-- page N -->` in the body, inline or on a line of their own, in order. */
  pages: PageSpan[];
  /** The article's toc_page, and the offset of its value in the front matter. */
  tocPage?: { page: number; offset?: number };
  images: ImageSpan[];
  /** Link targets in the body: inline links, and reference definitions ([ref]: target) that a link uses. */
  links: LinkSpan[];
  /** Reference definitions ([ref]: target) that no link or image uses: lines the book leaves out. The span of the whole definition. */
  unusedDefinitions: (Span & { label: string })[];
  /** 0-based file lines where markdown-it's block parser gave up, nested too deep (the rest of that container would be lost). */
  tooDeep: number[];
  /** Table rows with more cells than the header has columns: markdown-it drops the extra cells. [start, end) are the dropped cells. */
  droppedCells: (Span & { columns: number; cells: number })[];
  /** Ordered-list items whose written number is not the one the book shows (a list counts on from its first number): the span of the number. */
  renumbered: (Span & { written: string; shown: string })[];
  /** Note marks `[^1]` in the body's prose, with the kind of block each stands in. */
  noteRefs: (NoteRefSpan & { kind: TextBlock['kind'] })[];
  /** Note definitions `[^1]:` in the body: the span of `[^1]`, and whether it stands inside another note. */
  noteDefs: (NoteRefSpan & { insideNote: boolean; empty: boolean })[];
  /** Page markers written inside a note: the note moves to the end of the article, and its page with it. */
  pagesInNotes: Span[];
  /** Disable comments; line indexes are 0-based file lines. */
  directives: Directive[];
  /** series.yaml: the characters of the generated cover that its typeface lacks, when the edge has looked (image-files.ts). */
  coverMissing?: string[];
  /** The files the images name, when the edge has looked (image-files.ts). */
  imageFiles: Map<ImageSpan, ImageFileFact>;
  /** A YAML file's key paths → file offsets (issue.yaml, series.yaml); the start of the file when not found. */
  locate(path: ReadonlyArray<PropertyKey>, key?: string): number;
  /** The front-matter values, and the offset of each one located in the text. */
  meta: Partial<Record<Field, string>>;
  fields: Partial<Record<Field, number>>;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column (UTF-16 code units) of a file offset. */
export function positionOf(doc: Pick<CheckDoc, 'lineStarts'>, offset: number): { line: number; column: number } {
  const index = upperBound(doc.lineStarts, offset) - 1;
  return { line: index + 1, column: offset - doc.lineStarts[index]! + 1 };
}

/** File offset of an index in a block's text. */
export function offsetIn(block: TextBlock, index: number): number {
  const line = Math.max(0, upperBound(block.lineIndex, index) - 1);
  return block.lineOffset[line]! + index - block.lineIndex[line]!;
}

/** [start, end) of each line of a block's text (end excludes the \n). */
export function blockLines(block: TextBlock): [number, number][] {
  return block.lineIndex.map((start, k) => {
    const next = block.lineIndex[k + 1];
    return [start, next === undefined ? block.text.length : next - 1];
  });
}

function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function lineText(doc: Pick<CheckDoc, 'text' | 'lineStarts'>, line0: number): string {
  const start = doc.lineStarts[line0] ?? doc.text.length;
  const next = doc.lineStarts[line0 + 1];
  const end = next === undefined ? doc.text.length : next - 1;
  return doc.text.slice(start, doc.text[end - 1] === '\r' ? end - 1 : end);
}

export interface DocInput {
  file: string;
  fileName: string;
  text: string;
  format: 'markdown' | 'yaml';
  hasBom?: boolean;
  bodyLine?: number;
  meta?: Partial<Record<Field, string>>;
  tocPage?: number;
}

export function buildDoc(input: DocInput): CheckDoc {
  const lineStarts = lineStartsOf(input.text);
  const doc: CheckDoc = {
    file: input.file,
    fileName: input.fileName,
    format: input.format,
    text: input.text,
    hasBom: input.hasBom ?? false,
    lineStarts,
    bodyLine: input.bodyLine ?? 1,
    blocks: [],
    flow: [],
    codeLines: new Uint8Array(lineStarts.length),
    indentedCode: [],
    html: [],
    pages: [],
    images: [],
    links: [],
    unusedDefinitions: [],
    tooDeep: [],
    droppedCells: [],
    renumbered: [],
    noteRefs: [],
    noteDefs: [],
    pagesInNotes: [],
    directives: [],
    imageFiles: new Map(),
    locate: () => 0,
    meta: input.meta ?? {},
    fields: {},
  };
  if (input.format === 'markdown') {
    if (input.tocPage !== undefined) doc.tocPage = { page: input.tocPage, ...fieldOffset(doc, /^toc_page[ \t]*:[ \t]*/) };
    addFields(doc, input.meta ?? {});
    addBody(doc);
  } else {
    const { parsed } = parseYaml(input.text, input.file);
    if (parsed) {
      doc.locate = (path, key) => {
        const { line, column } = parsed.locate(path, key);
        return Math.min((doc.lineStarts[line - 1] ?? 0) + column - 1, input.text.length);
      };
    }
  }
  return doc;
}

function addFields(doc: CheckDoc, meta: Partial<Record<Field, string>>): void {
  for (let line0 = 1; line0 < doc.bodyLine - 2; line0++) {
    const line = lineText(doc, line0);
    const match = /^(title|toc_title|byline)[ \t]*:[ \t]*/.exec(line);
    const field = match?.[1] as Field | undefined;
    const expected = field ? meta[field] : undefined;
    if (!match || !field || !expected) continue;
    let end = line.length;
    while (end > match[0].length && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    let value = line.slice(match[0].length, end);
    let at = match[0].length;
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length > 1 && value.endsWith(quote)) {
      value = value.slice(1, -1);
      at++;
    }
    // Only a value written as is can be located exactly (not escaped or folded YAML).
    const inner = value.indexOf(expected);
    if (inner < 0 || value.slice(0, inner).trim() !== '') continue;
    const offset = doc.lineStarts[line0]! + at + inner;
    doc.fields[field] = offset;
    doc.blocks.push({ kind: 'field', level: 0, field, container: 'none', text: expected, lineIndex: [0], lineOffset: [offset] });
  }
}

/** Where a front-matter key's value starts, when it is written on a line of its own. */
function fieldOffset(doc: CheckDoc, key: RegExp): { offset?: number } {
  for (let line0 = 1; line0 < doc.bodyLine - 2; line0++) {
    const match = key.exec(lineText(doc, line0));
    if (match) return { offset: doc.lineStarts[line0]! + match[0].length };
  }
  return {};
}

function addBody(doc: CheckDoc): void {
  const first = doc.bodyLine - 1;
  const bodyStart = doc.lineStarts[first] ?? doc.text.length;
  const body = doc.text.slice(bodyStart);
  // Parse the body as the renderer will: directive lines removed (kept[i]
  // is the file line of line i of what markdown-it sees), CR LF read as LF.
  let parsedBody = body;
  let kept: number[] | undefined;
  if (body.includes('qikan-disable-next-line') || body.includes('\r') || body.includes('\0')) {
    const lines: string[] = [];
    for (let l = first; l < doc.lineStarts.length; l++) lines.push(lineText(doc, l));
    doc.directives = findDirectives(lines).map((d) => ({
      ...d,
      lineIndex: d.lineIndex + first,
      targetIndex: d.targetIndex < 0 ? -1 : d.targetIndex + first,
    }));
    const directives = new Set(doc.directives.map((d) => d.lineIndex - first));
    kept = [];
    const parsed: string[] = [];
    lines.forEach((line, i) => {
      if (directives.has(i)) return;
      kept!.push(first + i);
      parsed.push(line.replaceAll('\0', '\uFFFD'));
    });
    parsedBody = parsed.join('\n');
  }
  const md = markdownParser();
  const tokens: Token[] = [];
  // Block structure only: inline syntax is masked by maskInline (and the
  // block pass alone keeps the check fast on very large sources).
  const env: { definitions: DefinitionStart[]; tooDeep: TooDeep[] } & NoteEnv = { definitions: [], tooDeep: [], noteDefinitions: [] };
  md.block.parse(parsedBody, md, env, tokens);
  const containers: TextBlock['container'][] = [];
  // The column count of the table being read (its header row's cells).
  let columns = 0;
  const lastLine = doc.lineStarts.length - 1;
  const fileLine = (i: number) => (kept ? kept[Math.min(i, kept.length - 1)]! : Math.min(first + i, lastLine));
  doc.tooDeep = [...new Set(env.tooDeep.map(({ line }) => fileLine(line)))];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const topLevel = containers.length === 0;
    const container = containers[containers.length - 1] ?? 'none';
    switch (token.type) {
      case 'ordered_list_open':
        renumberedItems(doc, tokens, t, fileLine);
      // falls through
      case 'bullet_list_open':
      case 'blockquote_open':
      case 'footnote_reference_open':
        if (topLevel) doc.flow.push({ kind: 'other' });
        containers.push(token.type === 'blockquote_open' ? 'blockquote' : token.type === 'footnote_reference_open' ? 'note' : 'list');
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'blockquote_close':
      case 'footnote_reference_close':
        containers.pop();
        break;
      case 'paragraph_open':
      case 'heading_open': {
        const content = tokens[t + 1]!.content.split('\n');
        const heading = token.type === 'heading_open';
        const lineNumbers = content.map((_, k) => fileLine(token.map![0] + k));
        const block = lineBlock(doc, heading ? 'heading' : 'paragraph', container, content, lineNumbers, heading && token.markup.startsWith('#'));
        block.level = heading ? Number(token.tag.slice(1)) : 0;
        if (topLevel) doc.flow.push({ kind: heading ? 'heading' : 'paragraph', block });
        break;
      }
      case 'page_break': {
        // Not part of the flow: the paragraphs either side of it are still neighbours.
        const line0 = fileLine(token.map![0]);
        const line = lineText(doc, line0);
        const lineStart = doc.lineStarts[line0]!;
        doc.pages.push({ start: lineStart + line.indexOf('<'), end: lineStart + line.trimEnd().length, page: (token.meta as { page: number }).page });
        break;
      }
      case 'table_open':
        columns = 0;
        for (let k = t + 1; k < tokens.length && tokens[k]!.type !== 'tr_close'; k++) if (tokens[k]!.type === 'th_open') columns++;
        if (topLevel && token.level === 0) doc.flow.push({ kind: 'other' });
        break;
      case 'tr_open':
        droppedCells(doc, fileLine(token.map![0]), columns);
        t = tableRow(doc, tokens, t, fileLine(token.map![0]));
        break;
      case 'fence':
      case 'code_block':
        for (let l = token.map![0]; l < token.map![1]; l++) doc.codeLines[fileLine(l)] = 1;
        if (token.type === 'code_block') doc.indentedCode.push({ start: fileLine(token.map![0]), end: fileLine(token.map![1] - 1) + 1, topLevel });
        if (topLevel) doc.flow.push({ kind: 'other' });
        break;
      default:
        if (topLevel && token.nesting >= 0 && token.level === 0) doc.flow.push({ kind: 'other' });
    }
  }
  if (env.definitions.length > 0 || env.noteDefinitions!.length > 0) {
    // An offset in what markdown-it parsed → the offset in the file.
    const parsedStarts = kept ? lineStartsOf(parsedBody) : [];
    const fileOffset = (offset: number) => {
      if (!kept) return bodyStart + offset;
      const line = upperBound(parsedStarts, offset) - 1;
      return doc.lineStarts[kept[line]!]! + offset - parsedStarts[line]!;
    };
    addReferenceDefinitions(doc, parsedBody, env.definitions, fileOffset);
    addNoteDefinitions(doc, env.noteDefinitions!, fileOffset);
  }
}

/** Where each `[^label]:` is in the file: the span of its `[^label]`. */
function addNoteDefinitions(doc: CheckDoc, definitions: readonly NoteDefinition[], fileOffset: (offset: number) => number): void {
  for (const { label, offset, insideNote, empty } of definitions) {
    const start = fileOffset(offset);
    doc.noteDefs.push({ start, end: start + label.length + 3, label, insideNote, empty });
  }
}

// At a definition's start: [label]: target — the target maybe on the next line,
// after a block quote's > or a list item's indentation.
const DEFINITION = /\[((?:[^\]\\]|\\.)+)\]:[ \t]*(?:\n[ \t>]*)?(<[^<>\n]*>|\S+)/y;
// What a link or an image may take from a definition: [text][label], [label][], [label] — any
// bracket that opens no inline link ( and no definition :; after a ! an image's (![alt][label],
// ![label]). It may count a bracket that links to nothing (then a definition no link uses goes
// unreported), never the other way round.
const REFERENCE = /\[((?:[^\]\\\n]|\\.)*)\](?:\[((?:[^\]\\\n]|\\.)*)\])?(?![(:])/g;

/**
 * The targets of `[label]: target` definitions, exactly those markdown-it
 * took as definitions (they leave no token, so its rule records them): links,
 * or images where an image uses the label; a definition nothing uses is a
 * line the book leaves out.
 */
function addReferenceDefinitions(doc: CheckDoc, parsedBody: string, definitions: readonly DefinitionStart[], fileOffset: (offset: number) => number): void {
  const normalize = markdownParser().utils.normalizeReference;
  const imageLabels = new Set<string>();
  const usedLabels = new Set<string>();
  for (const { 1: first, 2: second, index } of parsedBody.matchAll(REFERENCE)) {
    usedLabels.add(normalize(first!));
    if (second) usedLabels.add(normalize(second));
    if (parsedBody[index - 1] === '!') imageLabels.add(normalize(second ? second : first!));
  }
  for (const { offset } of definitions) {
    DEFINITION.lastIndex = offset;
    const match = DEFINITION.exec(parsedBody);
    if (!match) continue;
    const label = normalize(match[1]!);
    if (!usedLabels.has(label)) {
      doc.unusedDefinitions.push({ start: fileOffset(match.index), end: fileOffset(match.index + match[0].length), label: match[1]! });
      continue;
    }
    const written = match[2]!;
    const angle = written.startsWith('<');
    const start = fileOffset(match.index + match[0].length - written.length + (angle ? 1 : 0));
    const href = angle ? written.slice(1, -1) : written;
    if (imageLabels.has(label)) doc.images.push({ start, end: start + href.length, src: href });
    else doc.links.push({ start, end: start + href.length, href });
  }
}

function lineBlock(doc: CheckDoc, kind: TextBlock['kind'], container: TextBlock['container'], content: string[], lines: number[], atx: boolean): TextBlock {
  const raw: string[] = [];
  const lineIndex: number[] = [];
  const lineOffset: number[] = [];
  let index = 0;
  content.forEach((piece, k) => {
    const source = lineText(doc, lines[k]!);
    const hashes = atx ? /^ {0,3}#*/.exec(source)![0].length : 0;
    let at = atx ? source.indexOf(piece, hashes) : source.lastIndexOf(piece);
    if (at < 0) at = Math.max(0, source.length - piece.length);
    const text = source.slice(at, at + piece.length);
    raw.push(text);
    lineIndex.push(index);
    lineOffset.push(doc.lineStarts[lines[k]!]! + at);
    index += text.length + 1;
  });
  return addBlock(doc, { kind, level: 0, container, text: raw.join('\n'), lineIndex, lineOffset, ...(atx ? { atx: true as const } : {}) });
}

/**
 * The items of the ordered list opened at tokens[t] whose number, as
 * written, is not the one the reader shows: markdown-it (as CommonMark)
 * counts on from the first item, so "2023. 年……" after "1." and "2." is
 * shown as 3. Items of a list written 1. 1. 1. on purpose are not reported.
 */
function renumberedItems(doc: CheckDoc, tokens: Token[], t: number, fileLine: (line: number) => number): void {
  const level = tokens[t]!.level;
  const items: Token[] = [];
  for (let k = t + 1; k < tokens.length && tokens[k]!.level > level; k++) {
    if (tokens[k]!.type === 'list_item_open' && tokens[k]!.level === level + 1) items.push(tokens[k]!);
  }
  const first = Number(items[0]?.info);
  // Two or more items written with the first's number: numbered 1. 1. 1. on purpose; those are not reported.
  const lazy = items.filter((item) => item.info === items[0]!.info).length > 1;
  items.forEach((item, k) => {
    const shown = first + k;
    if (Number(item.info) === shown || (lazy && item.info === items[0]!.info)) return;
    const line0 = fileLine(item.map![0]);
    const line = lineText(doc, line0);
    // The marker stands after the line's containers (spaces, >, an outer list's marker).
    const written = item.info + item.markup;
    const marker = new RegExp(`(?:^|[\\s>])(${item.info}\\${item.markup})(?=\\s|$)`).exec(line);
    const at = marker ? marker.index + marker[0].length - marker[1]!.length : 0;
    const start = doc.lineStarts[line0]! + at;
    doc.renumbered.push({ start, end: start + written.length, written, shown: `${shown}${item.markup}` });
  });
}

/**
 * The cells of a row past the header's column count, which markdown-it drops:
 * the row split at its pipes as markdown-it splits it (escapedSplit in
 * rules_block/table.mjs: a pipe right after a backslash is text), after what
 * opens the line's containers (block quotes' >, a list item's marker). Only
 * cells with text are lost text.
 */
function droppedCells(doc: CheckDoc, line0: number, columns: number): void {
  const source = lineText(doc, line0);
  const lead = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/.exec(source)![0].length;
  const pipes: number[] = [];
  for (let i = lead; i < source.length; i++) if (source[i] === '|' && source[i - 1] !== '\\') pipes.push(i);
  const end = source.trimEnd().length;
  // Cells lie between the pipes; a pipe at the start or the end of the row only closes the row.
  const bounds = [...(pipes[0] === lead ? [] : [lead - 1]), ...pipes, ...(pipes.at(-1) === end - 1 ? [] : [end])];
  const cells = bounds.length - 1;
  if (columns === 0 || cells <= columns) return;
  let start = bounds[columns]! + 1;
  while (source[start] === ' ' || source[start] === '\t') start++;
  if (!/[^\s|]/.test(source.slice(start, end))) return;
  doc.droppedCells.push({ start: doc.lineStarts[line0]! + start, end: doc.lineStarts[line0]! + end, columns, cells });
}

/** A table row's cells, each located in the row's line; returns the index of tr_close. */
function tableRow(doc: CheckDoc, tokens: Token[], t: number, line0: number): number {
  const source = lineText(doc, line0);
  let cursor = 0;
  for (t++; t < tokens.length && tokens[t]!.type !== 'tr_close'; t++) {
    const token = tokens[t]!;
    if (token.type !== 'inline' || token.content === '') continue;
    const at = source.indexOf(token.content, cursor);
    if (at < 0) continue; // an escaped pipe changed the text: leave the cell unchecked
    cursor = at + token.content.length;
    addBlock(doc, { kind: 'cell', level: 0, container: 'none', text: token.content, lineIndex: [0], lineOffset: [doc.lineStarts[line0]! + at] });
  }
  return t;
}

function addBlock(doc: CheckDoc, block: TextBlock): TextBlock {
  const masked = maskInline(block.text);
  // Kept only where masking changed it: most blocks have no inline syntax.
  if (masked.text !== block.text) block.source = block.text;
  block.text = masked.text;
  for (const span of masked.html) doc.html.push({ start: offsetIn(block, span.start), end: offsetIn(block, span.end) });
  for (const span of masked.pages) {
    const at = { start: offsetIn(block, span.start), end: offsetIn(block, span.end) };
    doc.pages.push({ ...span, ...at });
    if (block.container === 'note') doc.pagesInNotes.push(at);
  }
  for (const image of masked.images) doc.images.push({ ...image, start: offsetIn(block, image.start), end: offsetIn(block, image.end) });
  for (const link of masked.links) doc.links.push({ ...link, start: offsetIn(block, link.start), end: offsetIn(block, link.end) });
  for (const note of masked.notes) doc.noteRefs.push({ ...note, kind: block.kind, start: offsetIn(block, note.start), end: offsetIn(block, note.end) });
  doc.blocks.push(block);
  return block;
}
