// Input: "![图](https://example.com/a.png)", "![图](data:image/png;base64,…)".
// An e-book is self-contained: a remote image is blank offline and leaks the reader.
import type { ImageRule } from '../rule.js';

export const REMOTE = /^(?:[a-z][a-z0-9+.-]+:|\/\/)/i;

export const structureRemoteImage: ImageRule = {
  id: 'structure/remote-image',
  severity: 'error',
  description: 'An image given by URL instead of a file in the issue folder.',
  // EPUBCheck refuses a remote image in the book: no disable comment makes it right.
  unsilenceable: true,
  scope: 'image',
  check({ image, report }) {
    if (REMOTE.test(image.src)) {
      report(image.start, image.end, `image "${short(image.src)}" is remote — save the file into the issue folder and link it by a relative path, e.g. images/photo.jpg`);
    }
  },
};

export function short(src: string): string {
  return src.length > 60 ? `${src.slice(0, 59)}…` : src;
}
