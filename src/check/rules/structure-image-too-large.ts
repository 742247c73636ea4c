// Input: "![图](images/photo.jpg)" where photo.jpg is a 6000 × 4000 camera
// original: heavy to page through on an e-reader, and no screen shows it whole.
import { imageRule } from '../rule.js';

/** Past this an image is a camera original. */
const MAX_IMAGE_PIXELS = 4_000_000;
const ADVICE = 'resize it to at most 2000 px on its long side';

export const structureImageTooLarge = imageRule('structure/image-too-large', 'error', {
  description: `An image over ${MAX_IMAGE_PIXELS / 1_000_000} megapixels (or over 20 MB).`,
  check({ image, fact, report }) {
    if (fact?.kind === 'too-large') report(image.start, image.end, `image "${image.src}" ${fact.detail} — ${ADVICE}`);
    else if (fact?.kind === 'found' && fact.width !== undefined && fact.height !== undefined && fact.width * fact.height > MAX_IMAGE_PIXELS) {
      report(image.start, image.end, `image "${image.src}" is ${fact.width} × ${fact.height} px, over ${MAX_IMAGE_PIXELS / 1_000_000} megapixels — ${ADVICE}`);
    }
  },
});
