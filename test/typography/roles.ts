// What each piece of text is, decided one way for every engine. The browsers
// ask `element.closest(selector)` down this list; MuPDF and Calibre, which
// report no elements, get a user stylesheet that colours each role's text in
// its own near-black colour (#000001, #000002 …): colour changes no layout, and
// both report every glyph's colour, so the colour gives the role back.
import type { Role } from './model.js';

/** First match wins, as the most specific selector in `roleStylesheet`. */
export const ROLE_SELECTORS: readonly (readonly [Role, string])[] = [
  ['frontmatter', 'section.titlepage, section.backpage'],
  ['byline', 'p.byline'],
  ['source', 'p.source'],
  ['contents', 'nav.contents li'],
  ['heading1', 'h1'],
  ['heading2', 'h2'],
  ['heading3', 'h3, h4, h5, h6'],
  // A note mark in a paragraph, a list item or a cell is a mark first (styles/notes.css).
  ['noteref', 'sup.noteref'],
  ['cell', 'td, th'],
  ['list', 'li'],
  ['body', 'p, blockquote'],
];

/** The blue channel (0–255) of a role's tag colour; 0 is untagged text ('other'). */
export function roleTag(role: Role): number {
  const index = ROLE_SELECTORS.findIndex(([r]) => r === role);
  return index + 1;
}

export function roleOfTag(blue: number): Role {
  return ROLE_SELECTORS[blue - 1]?.[0] ?? 'other';
}

/**
 * The stylesheet that tags roles by colour. Rules come in reverse order of
 * precedence and each also covers the element's descendants (`sel *`), so that
 * with equal specificity the later, more important role wins, as `closest` does;
 * `!important` outranks the book's own colours.
 */
export function roleStylesheet(): string {
  return [...ROLE_SELECTORS]
    .reverse()
    .map(([role, selector]) => {
      const parts = selector.split(',').map((s) => s.trim());
      const all = parts.flatMap((s) => [s, `${s} *`]).join(', ');
      return `${all} { color: #0000${roleTag(role).toString(16).padStart(2, '0')} !important; }`;
    })
    .join('\n');
}
