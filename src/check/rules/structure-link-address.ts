// Input: "[新华网](http://)", "[网](https:)", "[网](<https://exa mple.com>)",
// "[见](x:y)". They look absolute, so structure/local-link lets them by, but
// they are no address a reader can open, and EPUBCheck refuses a book with
// a malformed URL (RSC-020). A link is a web address (http, https, with a
// host the WHATWG URL parser accepts), mailto: or tel:.
import { hasScheme } from '../../markdown/links.js';
import { markdownParser } from '../../markdown/parser.js';
import { linkRule } from '../rule.js';
import { short } from './structure-remote-image.js';

export const structureLinkAddress = linkRule('structure/link-address', 'error', {
  description: 'A link with a scheme that is not a working address: http:// without a host, a space in the host, an unknown scheme (x:y).',
  // EPUBCheck refuses the book: no disable comment makes it right.
  unsilenceable: true,
  check({ link, report }) {
    if (!hasScheme(link.href) || isAddress(link.href)) return;
    report(link.start, link.end, `link "${short(link.href)}" is not an address a reader can open — write a full address such as https://www.gov.cn/…, or remove the link and keep its text`);
  },
});

/** The URL the book will carry (markdown-it's normalizeLink), parsed as a browser would. */
function isAddress(written: string): boolean {
  const md = markdownParser();
  let url: URL;
  try {
    url = new URL(md.normalizeLink(md.utils.unescapeAll(written)));
  } catch {
    return false;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname !== '' && !url.hostname.endsWith('.') && /[a-z0-9]/i.test(url.hostname);
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return url.pathname.trim() !== '';
  return false;
}
