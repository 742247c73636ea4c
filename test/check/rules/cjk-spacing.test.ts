// Spaces in Chinese text. Body line 1 is file line 4; a front-matter title is line 2.
import { cjkSpaceAroundDigitLatin } from '../../../src/check/rules/cjk-space-around-digit-latin.js';
import { cjkStraySpace } from '../../../src/check/rules/cjk-stray-space.js';
import { testRule } from '../rule-tester.js';

testRule(cjkStraySpace, {
  valid: [
    // Two short halves of one length: a couplet, or a title cut in two — left alone.
    '---\ntitle: 学习贯彻思想主题 教育总结会议召开\n---\n\n主题教育总结会议召开。\n',
    '---\ntitle: 标题\nbyline: 唐登杰 韩长赋讲话 金湘军主持\n---\n\n正文。',
    '唐登杰 韩长赋讲话 金湘军主持 孙立成 张春林 吴存荣出席',
    '丁小强作总结讲话 杨临生到会指导 储祥好主持',
    '人人皆学 处处能学 时时可学',
    '敬学广惠 有教无类',
    '新华社北京2月4日电 学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议4日在京召开。',
    '本报讯 会议召开。',
    '`学习 贯彻`',
    '使用 Python 编程',
  ],
  invalid: [
    {
      text: '---\ntitle: 学习贯彻习近平新时代中国特色社会主义思想主题 教育总结会议在京召开\n---\n\n主题教育总结会议召开。\n',
      errors: [{ line: 2, column: 30, message: 'stray space between Chinese characters in "…思想主题 教育总结…" — delete it' }],
      output: '---\ntitle: 学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议在京召开\n---\n\n主题教育总结会议召开。\n',
    },
    {
      text: '全省学习贯彻思想 主题教育总结会议召开\n\n学习贯彻思想主题教育。',
      errors: [{ line: 4, column: 9 }],
      output: '全省学习贯彻思想主题教育总结会议召开\n\n学习贯彻思想主题教育。',
    },
    // The joined words appear nowhere else: reported, not removed.
    { text: '会议要求，认真 贯彻落实。', errors: [{ line: 4, column: 8, message: 'stray space between Chinese characters in "…求，认真 贯彻落实…" — delete it, unless it separates names or items' }] },
    { text: '## 学习贯彻\u3000会议精神，全面落实', errors: [{ line: 4, column: 8 }] },
  ],
});

testRule(cjkSpaceAroundDigitLatin, {
  valid: ['2024年全国教育工作会议', 'GDP增长5%', '`2024 年`', 'Hello world', '第一 第二', '新华社北京2月4日电 学习贯彻。'],
  invalid: [
    {
      text: '2024 年全国教育工作会议精神',
      errors: [{ line: 4, column: 5, message: 'space between a Chinese character and a number in "2024 年全国教…" — delete it' }],
      output: '2024年全国教育工作会议精神',
    },
    {
      text: '1 月 11 日，2024 年全国',
      errors: [
        { line: 4, column: 2 },
        { line: 4, column: 4 },
        { line: 4, column: 7 },
        { line: 4, column: 14 },
      ],
      output: '1月11日，2024年全国',
    },
    { text: '刚刚过去的 2023 年', errors: [{ line: 4, column: 6 }, { line: 4, column: 11 }], output: '刚刚过去的2023年' },
    { text: '使用 Python 编程', errors: [{ line: 4, column: 3, message: /and a Latin letter/ }, { line: 4, column: 10 }], output: '使用Python编程' },
    { text: '---\ntitle: 2024 年全国教育工作会议精神\n---\n\n正文。', errors: [{ line: 2, column: 12 }], output: '---\ntitle: 2024年全国教育工作会议精神\n---\n\n正文。' },
  ],
});
