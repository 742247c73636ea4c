// cjk/page-break-split: the cases of the printed 2024-02 text, and what must
// not be taken for a cut sentence. Body line 1 is file line 4.
import { cjkPageBreakSplit } from '../../../src/check/rules/cjk-page-break-split.js';
import { testRule } from '../rule-tester.js';

testRule(cjkPageBreakSplit, {
  valid: [
    '同志们、朋友们：\n\n龙年春节即将到来。',
    '同志们、朋友们！\n\n2024年是新中国成立75周年。',
    '全省学习贯彻习近平新时代中国特色社会主义思想 主题教育总结会议召开\n\n唐登杰 韩长赋讲话 金湘军主持 孙立成 张春林 吴存荣出席\n\n2月6日，全省学习贯彻会议在太原召开。',
    '全市学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议召开\n\n丁小强作总结讲话 杨临生到会指导 储祥好主持\n\n按照党中央和省委统一部署，2月6日，会议召开。',
    '习近平：在二〇二四年春节团拜会上的讲话\n\n2月8日，中共中央、国务院在北京举行团拜会。',
    '会议强调，坚持稳中求进\n\n2月8日，会议召开。',
    '## 一、总体要求\n\n坚持稳中求进。',
    '坚持稳中求进，推动\n\n## 二、发展',
    '- 第一项，包括\n- 第二项',
    '1. 坚持稳中求进，\n\n2. 推动发展',
    '| 项目，内容 | 说明 |\n|---|---|\n| 坚持 | 推动 |',
    '> 引文，未完\n\n正文继续。',
    '会议以视频方式召开。\n\n（学习资料电子版）',
    '人人皆学 处处能学 时时可学\n\n敬学广惠 有教无类',
    '坚持稳中求进，推动高质量发展\n\n——在全省会议上的讲话',
    '回答好“怎么看”的问题。”\n\n要从地位和作用的角度分析。',
    '正文，未完\n\n```\n代码\n```',
    '第一段完。\n\n<!-- page 5 -->\n\n第二段。',
    '忠诚担<!-- page 6 -->当。\n\n第二段。',
    // The shapes of a compilation: section heads standing alone, verse, contact lines, signature and date.
    '一、总体要求\n\n坚持以习近平新时代中国特色社会主义思想为指导。',
    '（二）坚持问题导向、目标导向\n\n聚焦突出问题。',
    '(三)工作安排\n\n分三个阶段进行。',
    '1. 提高政治站位\n\n各单位要高度重视。',
    '2、加强组织领导\n\n成立领导小组。',
    '第一章 总则\n\n第一条 为了规范工作，制定本办法。',
    '第三部分\n\n坚持稳中求进。',
    '春眠不觉晓，\n\n处处闻啼鸟。',
    '雄关漫道真如铁，\n\n而今迈步从头越。',
    '联系人：王老师，\n\n电话：0359-1234567',
    '地址：运城市学苑路\n\n邮编：044000',
    '中共运城开放大学总支委员会、运城开放大学\n\n2024年2月8日',
    '二〇二四年二月八日\n\n附件：学习安排',
    // A picture's description is no sentence, and the text after it is not its continuation.
    '![图1 各支部学习情况，单位为人次](images/a.png)\n\n全年共组织学习十二次。',
    '各支部学习情况如下，\n\n![图1 各支部学习情况](images/a.png)',
    '![图1 学习情况，见\\[附表\\]][fig]\n\n全年共组织学习十二次。\n\n[fig]: images/a.png',
    '![图1 各支部学习情况，单位为人次](images/a.png "学习情况(2024)")\n\n全年共组织学习十二次。',
    '[![图3 各支部学习情况，单位为人次](images/a.png)](https://www.gov.cn/)\n\n全年共组织学习十二次。',
    '![图[1] 各支部学习情况，单位为人次](images/a.png)\n\n全年共组织学习十二次。',
  ],
  invalid: [
    {
      text: '改革开放不断深化，新一\n\n轮党和国家机构改革基本完成。',
      errors: [{ line: 4, column: 11, message: 'paragraph seems cut at a page break: "…，新一" + "轮党和…" — join them' }],
      output: '改革开放不断深化，新一轮党和国家机构改革基本完成。',
    },
    {
      text: '要准确把握教育与中国的关系，\n\n在中国式现代化的进程中找准定位。',
      errors: [{ line: 4, column: 14 }],
      output: '要准确把握教育与中国的关系，在中国式现代化的进程中找准定位。',
    },
    { text: '坚持系统谋划、\n\n高位推动。', errors: [{ line: 4, column: 7 }], output: '坚持系统谋划、高位推动。' },
    // A numbered paragraph that reads on: its sentence is cut, whatever its number.
    { text: '（一）坚持稳中求进，推动高\n\n质量发展。', errors: [{ line: 4, column: 13 }], output: '（一）坚持稳中求进，推动高质量发展。' },
    { text: '一、会议指出，要以挺膺担当的姿态，深刻领悟\n\n习近平总书记的重要论述。', errors: [{ line: 4, column: 21 }], output: '一、会议指出，要以挺膺担当的姿态，深刻领悟习近平总书记的重要论述。' },
    {
      text: '增强“四个意识”、做到“两\n\n个维护”，确保方向。',
      errors: [{ line: 4, column: 13, message: 'paragraph seems cut at a page break: "…到“两" + "个维护…" — join them' }],
      output: '增强“四个意识”、做到“两个维护”，确保方向。',
    },
    { text: '深化，新一\n\n　　轮党和国家。', errors: [{ line: 4, column: 5 }], output: '深化，新一轮党和国家。' },
    {
      text: '放眼全球仍然是“风景这边独好”\n\n。科技创新实现新突破。',
      errors: [{ line: 4, column: 15 }],
      output: '放眼全球仍然是“风景这边独好”。科技创新实现新突破。',
    },
    {
      text: '推动经济恢复发展，经济总量超过\n\n126万亿元，粮食总产再创新高。',
      errors: [{ line: 4, column: 15 }],
      output: '推动经济恢复发展，经济总量超过126万亿元，粮食总产再创新高。',
    },
    // Joined, the two pieces' asterisks would pair and vanish into bold: the page break may have cut
    // **重点内容**, or the two may be asterisks printed as written. --fix leaves it to a person.
    { text: '正文，**重点\n\n内容**继续。', errors: [{ line: 4, column: 7 }], output: '正文，**重点\n\n内容**继续。' },
    { text: '第一段。\n\n要用心画好“同心圆”，心往一处想、劲往一\n\n处使，构建机制。', errors: [{ line: 6, column: 20 }], output: '第一段。\n\n要用心画好“同心圆”，心往一处想、劲往一处使，构建机制。' },
    // A page marker between the two pieces is kept, inline where the page begins.
    {
      text: '改革开放不断深化，新一\n\n<!-- page 2 -->\n\n轮党和国家机构改革基本完成。',
      errors: [{ line: 4, column: 11 }],
      output: '改革开放不断深化，新一<!-- page 2 -->轮党和国家机构改革基本完成。',
    },
    // A marker right after the sentence's end is not a cut, wherever it stands.
    // Two Latin words: a space may or may not belong between them — reported, not joined.
    { text: '采用了新的方法，称为 tele\n\nmedicine 模式。', errors: [{ line: 4, column: 15 }] },
    // Between the pieces a link definition or a disable comment, which a join would delete: reported, not joined.
    { text: '参见[通知][tz]，推动工作不断\n\n[tz]: https://www.gov.cn/\n\n取得新成效。', errors: [{ line: 4, column: 17 }] },
    { text: '坚持稳中求进，推动工作不断\n\n<!-- qikan-disable-next-line cjk/latin-word -->\n取得新成效，采用 ABC 方法。', errors: [{ line: 4, column: 13 }] },
  ],
});
