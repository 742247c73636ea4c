// An SVG is a document that reading systems run: it may carry script, event
// handlers, links to javascript:, entities that expand a billion times, and
// references that fetch from the network or the reader's disk. A pattern
// over the text misses `<s:script>` and `jav&#x61;script:`; this parses the
// XML (no DTD, no entities but the five predefined and character references)
// and accepts only an allow-list of static-graphics elements and attributes
// of the SVG namespace, references only to a fragment of the same file, and
// CSS without @import and without url() to anything but a fragment.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SVG_ATTRIBUTES, SVG_ELEMENTS } from './svg-allow-list.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const MAX_DEPTH = 256;

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Entities are read here, not by the parser: what the file says is what is checked.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: false,
  ignorePiTags: false,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
});

/** Why the SVG may not go into a book (a clause after "image X …"), or undefined when it is safe. */
export function svgProblem(data: Buffer): string | undefined {
  if (data[0] === 0xfe || data[0] === 0xff || data[0] === 0) return 'is not UTF-8 — save the SVG as UTF-8';
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) return 'is not UTF-8 — save the SVG as UTF-8';
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return 'has a DOCTYPE (entities, external files) — export it again as a plain SVG without one';
  const valid = XMLValidator.validate(text);
  if (valid !== true) return `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`;
  return documentProblem(parser.parse(text) as Node[]);
}

function documentProblem(nodes: Node[]): string | undefined {
  const roots = nodes.filter((node, i) => {
    const name = nameOf(node);
    return !(name === '#comment' || (name === '?xml' && i === 0) || (name === '#text' && /^\s*$/.test(String(node['#text']))));
  });
  if (roots.length !== 1 || nameOf(roots[0]!).startsWith('?') || nameOf(roots[0]!).startsWith('#')) return 'is not a single <svg> document';
  const scope = namespaces(roots[0]!, new Map([['xml', XML_NS]]));
  const root = elementName(nameOf(roots[0]!), scope);
  if (root !== 'svg') return 'is not an SVG image: its root element is not <svg> of the SVG namespace';
  return elementProblem(roots[0]!, new Map([['xml', XML_NS]]), 0) ?? useChainProblem(roots[0]!);
}

/**
 * <use> of an element that itself holds a <use>: ten levels of ten copies is
 * ten billion shapes for the reader to draw from a file of a few hundred
 * bytes (the SVG form of billion laughs). One level is all a chart needs.
 */
function useChainProblem(root: Node): string | undefined {
  const holdsUse = new Set<string>();
  const targets: string[] = [];
  const walk = (node: Node): boolean => {
    const name = nameOf(node);
    if (name.startsWith('#') || name.startsWith('?')) return false;
    const local = name.slice(name.indexOf(':') + 1);
    const attributes = node[':@'] ?? {};
    const href = attributes.href ?? attributes['xlink:href'];
    if (local === 'use' && href) targets.push(href.trim().slice(1));
    let found = local === 'use';
    for (const child of node[name] as Node[]) found = walk(child) || found;
    if (found && attributes.id) holdsUse.add(attributes.id);
    return found;
  };
  walk(root);
  return targets.some((id) => holdsUse.has(id)) ? 'repeats <use> of a <use> (a picture that draws itself over and over) — export it again as a plain SVG' : undefined;
}

function nameOf(node: Node): string {
  return Object.keys(node).find((key) => key !== ':@')!;
}

/** The namespace scope inside an element: its parent's, with its own xmlns declarations. */
function namespaces(node: Node, parent: Map<string, string>): Map<string, string> {
  const scope = new Map(parent);
  for (const [name, value] of Object.entries(node[':@'] ?? {})) {
    if (name === 'xmlns') scope.set('', value);
    else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
  }
  return scope;
}

/** The local name of an SVG element; undefined for an element of any other namespace. */
function elementName(qualified: string, scope: Map<string, string>): string | undefined {
  const colon = qualified.indexOf(':');
  const ns = scope.get(colon < 0 ? '' : qualified.slice(0, colon));
  return ns === SVG_NS ? qualified.slice(colon + 1) : undefined;
}

function elementProblem(node: Node, parentScope: Map<string, string>, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return `nests elements more than ${MAX_DEPTH} deep — export it again as a plain SVG (or PNG)`;
  const qualified = nameOf(node);
  const scope = namespaces(node, parentScope);
  const name = elementName(qualified, scope);
  if (name === 'image' || name === 'feImage') return `embeds another file (<${qualified}>) — export the picture as one PNG or JPEG`;
  if (name === undefined || !SVG_ELEMENTS.has(name)) return `contains <${qualified}>, which an SVG in a book may not hold (script, links, HTML, animation, other namespaces) — export it again as a plain SVG (or PNG)`;
  for (const [attribute, raw] of Object.entries(node[':@'] ?? {})) {
    const problem = attributeProblem(qualified, attribute, raw, scope);
    if (problem) return problem;
  }
  for (const child of node[qualified] as Node[]) {
    const childName = nameOf(child);
    if (childName.startsWith('?')) return `contains the processing instruction <${childName}> — export it again as a plain SVG`;
    if (childName === '#comment') continue;
    // A style sheet's text (plain or CDATA) is CSS; any other text is text.
    if (childName === '#text' || childName === '#cdata') {
      const css = name === 'style' ? cssProblem(textOf(child)) : undefined;
      if (css) return css;
      continue;
    }
    const problem = elementProblem(child, scope, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/** A text or CDATA node's text, references resolved (a CDATA section has none); undefined when it uses an entity. */
function textOf(node: Node): string | undefined {
  const name = nameOf(node);
  if (name === '#text') return decodeReferences(String(node['#text']));
  const children = node[name];
  return Array.isArray(children) ? (children as Node[]).map((child) => String(child['#text'] ?? '')).join('') : '';
}

function attributeProblem(element: string, attribute: string, raw: string, scope: Map<string, string>): string | undefined {
  if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) {
    return [SVG_NS, XLINK_NS].includes(raw) || attribute === 'xmlns:xml' ? undefined : `declares the namespace ${raw} — export it again as a plain SVG`;
  }
  const colon = attribute.indexOf(':');
  const ns = colon < 0 ? '' : scope.get(attribute.slice(0, colon));
  const local = attribute.slice(colon + 1);
  const known = ns === '' ? SVG_ATTRIBUTES.has(local) || /^(?:aria|data)-[a-z-]+$/.test(local) : ns === XLINK_NS ? local === 'href' || local === 'title' : ns === XML_NS && (local === 'space' || local === 'lang');
  if (!known) return `has the attribute ${attribute} on <${element}>, which an SVG in a book may not hold (event handlers, editor data) — export it again as a plain SVG (or PNG)`;
  const value = decodeReferences(raw);
  if (value === undefined) return `uses an entity in ${attribute} on <${element}> — write the character itself`;
  if (local === 'href' && !FRAGMENT.test(value.trim())) {
    return `refers to "${value.slice(0, 60)}" from <${element}>: an SVG in a book may refer only to a part of itself (#id) — embed the picture by exporting a PNG`;
  }
  if (local === 'style') return cssProblem(value);
  return /url\(/i.test(value) ? urlProblem(value) : undefined;
}

/** @import, expressions, and url() to anything but a fragment of the same file. */
function cssProblem(css: string | undefined): string | undefined {
  if (css === undefined) return 'uses an entity in its CSS — write the character itself';
  // CSS escapes (\40 import, \75 rl) read as the characters they stand for.
  const plain = css.replace(/\\(?:([0-9a-f]{1,6})\s?|(.))/gis, (_, hex: string | undefined, char: string | undefined) =>
    hex ? String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)) : char!,
  );
  if (/@import/i.test(plain)) return 'imports a style sheet (@import) — export it again with its styles inline';
  if (/expression\s*\(|javascript:|behavior\s*:|-moz-binding/i.test(plain)) return 'has script in its CSS — export it again as a plain SVG';
  return urlProblem(plain);
}

const URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi;
const FRAGMENT = /^#[^\s#]*$/;

function urlProblem(text: string): string | undefined {
  const found = [...text.matchAll(URL)];
  for (const match of found) {
    const target = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (!FRAGMENT.test(target)) return `refers to "${target.slice(0, 60)}" in url(): an SVG in a book may refer only to a part of itself (#id) — export it again with nothing outside it`;
  }
  // A url( that the pattern could not read (unclosed, odd quoting) is not waved through.
  if ((text.match(/url\(/gi) ?? []).length !== found.length) return 'has a url() that cannot be read — export it again as a plain SVG';
  return undefined;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character and predefined references resolved; undefined when another entity is used (there is no DTD to define one). */
function decodeReferences(text: string): string | undefined {
  let unknown = false;
  const decoded = text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (_, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    if (PREDEFINED[ref] === undefined) unknown = true;
    return PREDEFINED[ref] ?? '';
  });
  return unknown ? undefined : decoded;
}
