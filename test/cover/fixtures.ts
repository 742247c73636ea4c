// The cover of issue 2024-02 as the epub stage will describe it (series.yaml
// `cover:` + issue.yaml year 2024, number 2, date 2024-02).
import type { CoverContent } from '../../src/cover/content.js';
import { CoverStyleSchema, type CoverStyle } from '../../src/issue/cover-style.js';

export const COVER_2024_02: CoverContent = {
  organisation: ['中国共产党', '运城开放大学总支委员会'],
  titleLines: ['理论学习中心组', '学习资料汇编'],
  slogan: '人人皆学 处处能学 时时可学',
  yearText: '二〇二四年',
  issueText: '第2次',
  dateText: '2024年2月',
};

export const STYLE_2024_02: CoverStyle = CoverStyleSchema.parse({
  organisation: COVER_2024_02.organisation,
  title_lines: COVER_2024_02.titleLines,
});

/** Width and height from a PNG's IHDR, read straight from the bytes. */
export function pngHeader(data: Buffer): { signature: boolean; width: number; height: number } {
  return {
    signature: data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    width: data.readUInt32BE(16),
    height: data.readUInt32BE(20),
  };
}
