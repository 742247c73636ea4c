// The generated cover for an issue: what it says comes from series.yaml and
// issue.yaml; how it looks from series.yaml `cover:` (render.ts draws it).
import type { Issue } from '../issue/model.js';
import { chineseDate, chineseYear, issueNumberText } from '../render/chinese.js';
import type { CoverContent, RenderedCover } from './content.js';
import { renderCover } from './render.js';
import { CoverStyleSchema } from '../issue/cover-style.js';

export function coverContent(issue: Issue): CoverContent {
  const style = CoverStyleSchema.parse(issue.series.cover ?? {});
  return {
    organisation: style.organisation.length > 0 ? style.organisation : [issue.series.publisher],
    titleLines: style.title_lines.length > 0 ? style.title_lines : [issue.series.title],
    slogan: issue.series.slogan ?? '',
    yearText: chineseYear(issue.meta.year),
    issueText: issueNumberText(issue.meta.number),
    dateText: chineseDate(issue.meta.date),
  };
}

export async function issueCover(issue: Issue, cacheDir: string): Promise<RenderedCover> {
  const style = CoverStyleSchema.parse(issue.series.cover ?? {});
  return renderCover(coverContent(issue), style, { cacheDir });
}
