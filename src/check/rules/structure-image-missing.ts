// Input: "![图](images/chart.png)" where images/chart.png is not in the issue
// folder (misspelt, or never copied there): the book would have a hole.
import { imageRule } from '../rule.js';

export const structureImageMissing = imageRule('structure/image-missing', 'error', {
  description: 'An image file that is not in the issue folder (misspelt, or not copied there).',
  // The build cannot put a missing file in the book: no disable comment makes it right.
  unsilenceable: true,
  check({ image, fact, report }) {
    if (fact?.kind === 'missing') report(image.start, image.end, `image "${image.src}" ${fact.detail}`);
  },
});
