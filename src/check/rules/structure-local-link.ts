// Input: "[上文](02-zhongyang.md)", "[见](#s1)", "[x](../../etc/passwd)".
// A book holds XHTML files with generated names and ids, not the Markdown
// sources: a relative link or a #fragment points at nothing in it (EPUBCheck
// RSC-007/RSC-012 fail the book). Only full addresses leave the book safely.
import { hasScheme } from '../../markdown/links.js';
import { linkRule } from '../rule.js';
import { short } from './structure-remote-image.js';

export const structureLocalLink = linkRule('structure/local-link', 'error', {
  description: 'A link to a file or #anchor instead of a full address (https://…): the book cannot follow it.',
  // EPUBCheck refuses a link to a file the book does not have: no disable comment makes it right.
  unsilenceable: true,
  check({ link, report }) {
    // A scheme (https:, mailto:) makes a link absolute; `//host` is relative to the book and does not.
    if (hasScheme(link.href)) return;
    report(
      link.start,
      link.end,
      `link "${short(link.href) || '(empty)'}" points at a file or place the book does not have — write a full address such as https://www.gov.cn/…, or remove the link and keep its text`,
    );
  },
});
