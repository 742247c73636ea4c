// Input: "![图](../2024-01/a.png)", "![图](/home/me/a.png)", "![图](C:\\图\\a.png)",
// or images/a.png that is a symbolic link to a file elsewhere. The book is
// built from the issue folder alone; a path out of it breaks on another
// machine and may leak private files.
import { imageRule } from '../rule.js';
import { REMOTE, short } from './structure-remote-image.js';

export const structureImageOutside = imageRule('structure/image-outside-issue', 'error', {
  description: 'An image path that is absolute or leaves the issue folder (../, or a symbolic link leading out).',
  // A book holds only its issue's files: no disable comment reaches outside.
  unsilenceable: true,
  check({ image, fact, report }) {
    if (!REMOTE.test(image.src) && isOutside(image.src)) {
      report(image.start, image.end, `image "${short(image.src)}" is outside the issue folder — copy the file into the folder and write a relative path such as images/photo.jpg`);
    } else if (fact?.kind === 'outside') report(image.start, image.end, `image "${image.src}" ${fact.detail}`);
  },
});

export function isOutside(src: string): boolean {
  const path = src.replaceAll('\\', '/');
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path)) return true;
  let depth = 0;
  for (const part of path.split(/[?#]/)[0]!.split('/')) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) return true;
  }
  return false;
}
