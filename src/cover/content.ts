// What the generated cover says: plain data, composed from series.yaml +
// issue.yaml (coverContent), rendered by ./render.ts; the check reads it too
// (the characters the cover's typeface lacks), without loading the renderer.
import { CoverStyleSchema } from '../issue/cover-style.js';
import type { Issue } from '../issue/model.js';
import { chineseDate, chineseYear, issueNumberText } from '../render/chinese.js';

export interface CoverContent {
  /** Lines naming the organisation, top of the cover: ['中国共产党', '运城开放大学总支委员会']. */
  organisation: string[];
  /** The series title as set on the cover, one entry per line: ['理论学习中心组', '学习资料汇编']. */
  titleLines: string[];
  /** '人人皆学 处处能学 时时可学' (may be empty). */
  slogan: string;
  /** '二〇二四年' */
  yearText: string;
  /** '第2次' — must stand out: members tell issues apart by it. */
  issueText: string;
  /** '2024年2月' */
  dateText: string;
}

export interface RenderedCover {
  data: Buffer;
  mediaType: 'image/png' | 'image/jpeg';
  /** 'png' | 'jpg' */
  extension: string;
  width: number;
  height: number;
}

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
