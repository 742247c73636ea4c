// The ids and descriptions of the image checks that look at files
// (image-files.ts), apart from their code so the rule list can name them
// without importing the check.
import type { RuleInfo } from './rule.js';

/** Past this an image is a camera original: heavy to page through on an e-reader, and no screen shows it whole. */
export const MAX_IMAGE_PIXELS = 4_000_000;

export const IMAGE_MISSING_RULE: RuleInfo = {
  id: 'structure/image-missing',
  severity: 'error',
  description: 'An image file that is not in the issue folder (misspelt, or not copied there).',
};

export const IMAGE_TOO_LARGE_RULE: RuleInfo = {
  id: 'structure/image-too-large',
  severity: 'error',
  description: `An image over ${MAX_IMAGE_PIXELS / 1_000_000} megapixels (or over 20 MB).`,
};

/** The rules image-files.ts reports besides the text rules' own ids. */
export const IMAGE_FILE_RULES: readonly RuleInfo[] = [IMAGE_MISSING_RULE, IMAGE_TOO_LARGE_RULE];
