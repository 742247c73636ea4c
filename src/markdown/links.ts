// Where a link or a picture of the sources points. A reference with a scheme
// (https:, mailto:, data:, x:) leaves the book; anything else (02-zhongyang.md,
// #s1, ../x.png) names a file or place of the sources, which the book does not
// carry under that name. The check (structure/local-link, structure/link-address),
// the renderer (which keeps the words of a local link and drops the link) and
// the image loader decide by this one test, so they cannot disagree.
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Does the reference begin with a URL scheme (RFC 3986: a letter, then letters, digits, + . -, then a colon)? */
export function hasScheme(reference: string): boolean {
  return SCHEME.test(reference);
}
