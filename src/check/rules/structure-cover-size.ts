// Input: issue.yaml `cover: scan.jpg` where scan.jpg is 800 × 600. A supplied
// cover replaces the generated one, but readers show covers at 1:1.6 (Kindle
// recommends 1600 × 2560): another shape is letterboxed or cropped, and a
// small one is blurred on the shelf. A warning: the book still builds.
import { imageSize } from '../../issue/image-size.js';
import { issueRule } from '../rule.js';

const WIDTH = 1600;
const HEIGHT = 2560;

export const structureCoverSize = issueRule('structure/cover-size', 'warning', {
  description: `A supplied cover that is not ${WIDTH} × ${HEIGHT} px (1:1.6, what Kindle and most readers expect).`,
  check({ issue, reportAtKey }) {
    if (!issue.suppliedCover) return;
    const size = imageSize(issue.suppliedCover.data);
    if (size && size.width === WIDTH && size.height === HEIGHT) return;
    const found = size ? `is ${size.width} × ${size.height} px` : 'has a size that cannot be read';
    reportAtKey(
      [],
      `cover ${issue.meta.cover} ${found}; readers expect ${WIDTH} × ${HEIGHT} (1:1.6) — it will be letterboxed or blurred: export it at that size, or remove cover: to use the generated one`,
      'cover',
    );
  },
});
