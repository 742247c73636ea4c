import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../../../src/import/model.js';
import { looksLikeByline, takeByline } from '../../../src/import/text/split-articles.js';

describe('looksLikeByline', () => {
  it.each([
    ['唐登杰 韩长赋讲话 金湘军主持 孙立成 张春林 吴存荣出席', true],
    ['丁小强作总结讲话 杨临生到会指导 储祥好主持', true],
    ['唐登杰主持并讲话 金湘军 张春林出席', true],
    ['新华社北京2月4日电 学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议4日在京召开。', false],
    ['同志们、朋友们：', false],
    ['会议强调，要坚持稳中求进。', false],
    ['本报评论员', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeByline(text)).toBe(expected);
  });
});

describe('takeByline', () => {
  const p = (text: string): SourceBlock => ({ kind: 'paragraph', text, markdown: text });
  it('takes the first paragraph when it names people, with single spaces', () => {
    expect(takeByline([p('丁小强作总结讲话\u3000杨临生到会指导  储祥好主持'), p('正文。')])).toEqual({ byline: '丁小强作总结讲话 杨临生到会指导 储祥好主持', rest: [p('正文。')] });
  });
  it('keeps a dateline as the first words of the text', () => {
    const blocks = [p('新华社北京2月4日电 会议4日在京召开。')];
    expect(takeByline(blocks)).toEqual({ rest: blocks });
  });
});
