// What the generated cover says: plain data, composed by the epub stage from
// series.yaml + issue.yaml, rendered by ./render.ts.

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
