// The generated cover for an issue: what it says comes from series.yaml and
// issue.yaml; how it looks from series.yaml `cover:` (render.ts draws it).
import type { Issue } from '../issue/model.js';
import { coverContent, type RenderedCover } from './content.js';
import { renderCover } from './render.js';
import { CoverStyleSchema } from '../issue/cover-style.js';

export async function issueCover(issue: Issue, cacheDir: string): Promise<RenderedCover> {
  const style = CoverStyleSchema.parse(issue.series.cover ?? {});
  return renderCover(coverContent(issue), style, { cacheDir });
}
