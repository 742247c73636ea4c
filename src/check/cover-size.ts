// Input: issue.yaml `cover: scan.jpg` where scan.jpg is 800 × 600. A supplied
// cover replaces the generated one, but readers show covers at 1:1.6 (Kindle
// recommends 1600 × 2560): another shape is letterboxed or cropped, and a
// small one is blurred on the shelf. A warning: the book still builds.
import type { Diagnostic } from '../diagnostic.js';
import { imageSize } from '../issue/image-size.js';
import type { Issue } from '../issue/model.js';

export const COVER_SIZE_RULE = {
  id: 'structure/cover-size',
  severity: 'warning' as const,
  description: 'A supplied cover that is not 1600 × 2560 px (1:1.6, what Kindle and most readers expect).',
};

const WIDTH = 1600;
const HEIGHT = 2560;

export function coverSizeProblems(issue: Issue): Diagnostic[] {
  if (!issue.suppliedCover) return [];
  const size = imageSize(issue.suppliedCover.data);
  if (size && size.width === WIDTH && size.height === HEIGHT) return [];
  const lines = issue.issueFile.text.split('\n');
  const at = lines.findIndex((line) => /^cover\s*:/.test(line));
  const found = size ? `is ${size.width} × ${size.height} px` : 'has a size that cannot be read';
  return [
    {
      ruleId: COVER_SIZE_RULE.id,
      severity: COVER_SIZE_RULE.severity,
      file: issue.issueFile.display,
      line: at + 1,
      column: at < 0 ? 0 : 1,
      message: `cover ${issue.meta.cover} ${found}; readers expect ${WIDTH} × ${HEIGHT} (1:1.6) — it will be letterboxed or blurred: export it at that size, or remove cover: to use the generated one`,
    },
  ];
}
