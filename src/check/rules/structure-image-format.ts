// Input: "![图](images/chart.webp)", "![图](scan.tiff)" — e-book readers are only
// required to show JPEG, PNG, GIF and SVG (EPUB 3.3 §3.2, core media types).
// Remote and outside images have their own rules: one finding per problem.
import type { DocRule } from '../rule.js';
import { report } from '../rule.js';
import { isOutside } from './structure-image-outside.js';
import { REMOTE, short } from './structure-remote-image.js';

const CORE = /\.(?:jpe?g|png|gif|svg)$/i;

export const structureImageFormat: DocRule = {
  id: 'structure/image-format',
  severity: 'error',
  description: 'An image file whose extension is not .jpg/.jpeg, .png, .gif or .svg.',
  check(doc) {
    return doc.images
      .filter((image) => !REMOTE.test(image.src) && !isOutside(image.src) && !CORE.test(image.src.split(/[?#]/)[0]!))
      .map((image) =>
        report(doc, this, image.start, image.end, `image "${short(image.src)}" is not a JPEG, PNG, GIF or SVG file — convert it to one of these and change the link`),
      );
  },
};
