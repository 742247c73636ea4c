// Input: "![图](images/chart.webp)", "![图](scan.tiff)" — e-book readers are only
// required to show JPEG, PNG, GIF and SVG (EPUB 3.3 §3.2, core media types);
// and a file named .png that is not a PNG (a Word document renamed), a JPEG
// named .gif, a truncated download, or an SVG carrying script, entities or
// references outside itself. Remote and outside images have their own rules: one
// finding per problem.
import { imageRule } from '../rule.js';
import { isOutside } from './structure-image-outside.js';
import { REMOTE, short } from './structure-remote-image.js';

const CORE = /\.(?:jpe?g|png|gif|svg)$/i;

/** Can the path alone name a book image: a relative path inside the folder with a core extension? */
export function isLocalImagePath(src: string): boolean {
  return !REMOTE.test(src) && !isOutside(src) && CORE.test(src.split(/[?#]/)[0]!);
}

export const structureImageFormat = imageRule('structure/image-format', 'error', {
  description: 'An image file whose extension is not .jpg/.jpeg, .png, .gif or .svg, or does not match its content; a damaged or truncated image; an SVG with script, entities or references outside itself.',
  // EPUBCheck refuses the book (or a reader runs the script): no disable comment makes it right.
  unsilenceable: true,
  check({ image, fact, report }) {
    if (!REMOTE.test(image.src) && !isOutside(image.src) && !isLocalImagePath(image.src)) {
      report(image.start, image.end, `image "${short(image.src)}" is not a JPEG, PNG, GIF or SVG file — convert it to one of these and change the link`);
    } else if (fact?.kind === 'not-an-image') {
      report(image.start, image.end, `image "${image.src}" ${fact.detail} — open it and export it again as a real JPEG or PNG`);
    } else if (fact?.kind === 'unusable') {
      report(image.start, image.end, `image "${image.src}" ${fact.detail}`);
    }
  },
});
