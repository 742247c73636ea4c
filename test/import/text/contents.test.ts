import { describe, expect, it } from 'vitest';
import { findContents, parseEntryLine } from '../../../src/import/text/contents.js';

describe('parseEntryLine', () => {
  it.each([
    ['1. 习近平在二〇二四年春节团拜会上的讲话·····\t1', { text: '习近平在二〇二四年春节团拜会上的讲话', numbered: true, page: 1 }],
    ['6. 全省教育工作会议精神·····\t22', { text: '全省教育工作会议精神', numbered: true, page: 22 }],
    ['一、全国两会开幕……………………1', { text: '全国两会开幕', numbered: true, page: 1 }],
    ['省委理论学习中心组 举行专题学习 .......... 15', { text: '省委理论学习中心组举行专题学习', numbered: false, page: 15 }],
    ['（3）市委常委会召开会议\t9', { text: '市委常委会召开会议', numbered: true, page: 9 }],
    ['4. 关于做好', { text: '关于做好', numbered: true }],
    ['习近平：在二〇二四年春节团拜会上的讲话', undefined],
    ['2024 年全国教育工作会议精神', undefined],
  ])('%s', (line, expected) => {
    expect(parseEntryLine(line)).toEqual(expected);
  });
});

describe('findContents', () => {
  it('reads the entries up to the first line that is not one, joining an entry set on two lines', () => {
    const lines = ['2024年2月', '目 录', '1. 甲文章·····1', '2. 关于做好', '春季开学工作的通知·····4', '甲文章', '正文。'];
    expect(findContents(lines)).toEqual({
      heading: 1,
      end: 5,
      entries: [
        { title: '甲文章', page: 1 },
        { title: '关于做好春季开学工作的通知', page: 4 },
      ],
    });
  });

  // Found by a hostile review: the headline was read as a 目录 line, and the error then named entry 1.
  it('ends at a first headline numbered as printed (一、…), which names an entry already read', () => {
    const lines = ['目 录', '一、学习贯彻党的二十大精神·····1', '二、全省教育工作会议精神·····4', '一、学习贯彻党的二十大精神', '正文。'];
    expect(findContents(lines)).toEqual({
      heading: 0,
      end: 3,
      entries: [
        { title: '学习贯彻党的二十大精神', page: 1 },
        { title: '全省教育工作会议精神', page: 4 },
      ],
    });
  });

  it('is undefined without a 目录 line', () => {
    expect(findContents(['1. 甲文章·····1', '甲文章'])).toBeUndefined();
  });
});
