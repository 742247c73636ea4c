// The title and back pages' lines, as markup: each breaks only between its groups
// or phrases (an independent review found 有教无 | 类 and 总支委员 | 会 on the back
// page, in Chromium and in MuPDF at large type).
import { describe, expect, it } from 'vitest';
import { backPage, titlePage, type FrontMatterText } from '../../src/epub/pages.js';

const TEXT: FrontMatterText = {
  lang: 'zh-CN',
  publisher: '中共运城开放大学总支委员会',
  seriesTitle: '理论学习中心组学习资料',
  issueText: '2024年第2次',
  dateText: '2024年2月',
  motto: '敬学广惠 有教无类',
  backNote: '学习资料电子版',
  bookTitle: '理论学习中心组学习资料（2024年第2次）',
};

const line = (page: string, name: string) => new RegExp(`<p class="${name}">(.*?)</p>`).exec(page)![1]!;
const text = (markup: string) => markup.replace(/<[^>]+>/g, '');

describe('the back page', () => {
  it('keeps each group of the motto whole (its first letter outside the span, for MuPDF), with U+3000 and a place to break between them', () => {
    expect(line(backPage(TEXT), 'back-motto')).toBe('敬<span class="nowrap">学广惠</span>\u3000<wbr/>有<span class="nowrap">教无类</span>');
  });

  it('breaks the publisher and the note between phrases, never inside 委员会 nor before the closing bracket alone', () => {
    const publisher = line(backPage(TEXT), 'back-publisher');
    expect(text(publisher)).toBe(TEXT.publisher);
    expect(publisher).toContain('<wbr/>');
    expect(publisher.split('<wbr/>').map(text).at(-1)).toMatch(/委员会$/u);
    const note = line(backPage(TEXT), 'back-note');
    expect(text(note)).toBe('（学习资料电子版）');
    expect(note.split('<wbr/>').map(text).at(-1)!.length).toBeGreaterThan(2);
  });
});

describe('the title page', () => {
  it('breaks the publisher between phrases, as the back page does', () => {
    expect(line(titlePage(TEXT), 'title-publisher')).toBe(line(backPage(TEXT), 'back-publisher'));
  });
});
