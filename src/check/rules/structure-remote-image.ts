// Input: "![图](https://example.com/a.png)", "![图](data:image/png;base64,…)".
// An e-book is self-contained: a remote image is blank offline and leaks the reader.
import { imageRule } from '../rule.js';

export const REMOTE = /^(?:[a-z][a-z0-9+.-]+:|\/\/)/i;

export const structureRemoteImage = imageRule('structure/remote-image', 'error', {
  description: 'An image given by URL instead of a file in the issue folder.',
  // EPUBCheck refuses a remote image in the book: no disable comment makes it right.
  unsilenceable: true,
  check({ image, report }) {
    if (REMOTE.test(image.src)) {
      report(image.start, image.end, `image "${short(image.src)}" is remote — save the file into the issue folder and link it by a relative path, e.g. images/photo.jpg`);
    }
  },
});

export function short(src: string): string {
  return src.length > 60 ? `${src.slice(0, 59)}…` : src;
}
