// --fix changes the characters a rule names and nothing else a reader sees
// (src/check/fix-guard.ts). Each case is one a hostile review found --fix
// getting wrong: the fix, made, turned text into Markdown structure, lost a
// link, a line break or a value of the front matter, or two fixes of one pass
// undid each other's sense. Now the file stays as it was where the fix would
// do that, and the finding says --fix left it and why; run through `qikan
// check --fix` on a real folder.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/command.js';
import { applyGuardedFixes } from '../../src/check/fix-guard.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { capture, removeTempIssues, tempIssue } from './temp-issue.js';

afterAll(removeTempIssues);

const article = (body: string, front = 'title: 测试文章') => `---\n${front}\n---\n\n${body}`;

async function fix(text: string, extra: Record<string, string> = {}): Promise<{ text: string; output: string }> {
  const dir = await tempIssue({ '01-a.md': text }, extra);
  const { output } = await capture((out) => runCheck({ dirs: [dir], fix: true, format: 'text' }, out));
  return { text: await readFile(path.join(dir, '01-a.md'), 'utf8'), output };
}

const left = (rule: string, why: RegExp) => new RegExp(`  ${rule.replace('/', '\\/')}  .*\\(--fix leaves this one: ${why.source}[^;]*; make the change by hand\\)`);

describe('--fix leaves a fix that would change how the text reads', () => {
  it.each([
    ['a zero-width space before ## (a heading)', '\u200B## 不是标题的一行字\n', 'source/zero-width', /the fix would make a heading/],
    ['a zero-width space before 1. (a list)', '\u200B1. 不是列表\n', 'source/zero-width', /the fix would make a list/],
    ['a zero-width space before > (a quote)', '\u200B> 不是引用\n', 'source/zero-width', /the fix would make a quote/],
    ['a zero-width space before --- (a rule)', '正文。\n\n\u200B---\n', 'source/zero-width', /the fix would make a rule/],
    ['a zero-width space inside &lt; (an entity)', 'A&lt\u200B;B文字。\n', 'source/zero-width', /the fix would change more of the text than the characters it names/],
    ['NFC making U+037E the ; of an entity', '文字A&lt\u037EB。\n', 'source/not-nfc', /the fix would change more of the text than the characters it names/],
    ['NFC making U+1FEF a backtick (code)', '与\u1FEF代码\u1FEF文字。\n', 'source/not-nfc', /the fix would make code/],
    ['trailing spaces after a tab: a hard line break', '第一行文字\t  \n第二行文字。\n', 'source/trailing-space', /the fix would lose a line break/],
    ['an ideographic space after *** (a rule)', '正文。\n\n***\u3000\n', 'source/trailing-space', /the fix would make a rule/],
    ['a line of ideographic spaces before an indented line (code)', '安装方法如下：\n\u3000\u3000\n    npm install qikan\n', 'source/fullwidth-indent', /the fix would make code/],
    ['a join that pairs two asterisks (emphasis)', '本表中带*号的栏目为必须填写的项目，其余为选填项目，\n\n未带*号的栏目可以不填写。\n', 'cjk/page-break-split', /the fix would make emphasis/],
    ['a join that makes an entity', '会议指出，参见&#6\n\n0;号文件的规定执行。\n', 'cjk/page-break-split', /the fix would change more of the text than the characters it names/],
    ['a label edited away from its definition', '详见[第 3 号文件]的规定。\n\n[第 3 号文件]: https://www.example.com/a\n', 'cjk/space-around-digit-latin', /the fix would lose a link/],
    ['a definition escaped before another', '参见[甲]。\n\n[乙]: https://www.example.com/b\n[甲]: https://www.example.com/a\n', 'structure/unused-definition', /the fix would .*lose a link/],
    ['an ellipsis after a backslash', '文字\\...省略。\n', 'cjk/ellipsis', /the fix would change more of the text than the characters it names/],
    ['the ! of a picture named by reference', '见图![示意图]。\n\n[示意图]: images/a.png\n', 'cjk/halfwidth-punctuation', /the fix would make a link and lose a picture/],
    ['full-width letters that would make an autolink', '网址<hｔｔｐｓ://www.gov.cn>见上。\n', 'cjk/fullwidth-alnum', /the fix would make a link/],
    // Found by a review of the guard: the same structure, but emphasis round other words.
    ['a join that moves emphasis to other words', '本表中带*号的栏目为必须填写的项目，\n\n其余栏目为*选填*项目。\n', 'cjk/page-break-split', /the fix would change more of the text than the characters it names/],
    ['a zero-width space whose deletion moves emphasis', '会议前*甲乙 \u200B*丙丁*后面的文字。\n', 'source/zero-width', /the fix would change more of the text than the characters it names/],
    ['a zero-width space that hid a line break between Latin words (the break would show as a space)', 'Hello\u200B\nworld，中文。\n', 'source/zero-width', /the fix would change more of the text than the characters it names/],
    // Found by a third review: a break shown as a space beside one wide character only, a picture's title or a picture in a picture's description, a join that would show a break between two letters.
    ['a zero-width space that hid a line break after a per cent sign', '经济增长5%\u200B\n以上，较上年提高。\n', 'source/zero-width', /the fix would change more of the text than the characters it names/],
    ['a zero-width space that hid a line break before hangul', '会议强调\u200B\n\uD55C\uAD6D\uC5B4，较上年提高。\n', 'source/zero-width', /the fix would change more of the text than the characters it names/],
    ['NFC making the ; of &lt; in a picture’s title', '![图一](a.png "A&lt\u037EB公司")\n', 'source/not-nfc', /the fix would change more of the text than the characters it names/],
    ['NFC making the ; of &lt; in a picture inside a picture’s description', '![图 ![A&lt\u037EB公司](b.png)](a.png)\n', 'source/not-nfc', /the fix would change more of the text than the characters it names/],
    ['a join across a page marker that would show the line break before it between a digit and a letter', '会议指出，第2\n<!-- page 5 -->\n\nabc条规定。\n', 'cjk/page-break-split', /the fix would /],
    ['a line of an ideographic space between list items (the list made loose)', '- 第一项内容\n\u3000\n- 第二项内容\n', 'source/fullwidth-indent', /the fix would /],
  ])('%s', async (_, body, rule, why) => {
    const text = article(body);
    const result = await fix(text);
    expect(result.text).toBe(text);
    expect(result.output).toMatch(left(rule, why));
  });

  it('two fixes that would each change the structure, but together keep its shape, are judged one by one', async () => {
    // Alone, deleting the first zero-width space makes two emphases, the second none: together the
    // shape is the same, with the emphasis round other words.
    const text = article('前\u200B*“ ，“，中*“ 甲*\u200B*后\n');
    const result = await fix(text);
    expect(result.text).not.toContain('前*“ ，“，中*“ 甲**后');
    expect(result.output).toMatch(/--fix leaves this one/);
  });

  it('an unused definition whose target is in angle brackets or holds an entity is printed as written', async () => {
    const text = article('正文第一段。\n\n[原文链接]: <https://www.news.cn/a>\n\n[附件]: https://www.example.com/?x=1&amp;y=2\n\n正文第二段。\n');
    const result = await fix(text);
    expect(result.text).toBe(article('正文第一段。\n\n\\[原文链接]: <https://www.news.cn/a>\n\n\\[附件]: https://www.example.com/?x=1&amp;y=2\n\n正文第二段。\n'));
  });

  it('a fix left when the passes run out still says why', async () => {
    // Each stray space deleted shows the next (a chain of 12), past the ten passes --fix makes.
    const chars = [...'春夏秋冬梅兰竹菊松柏杨柳桃李杏梨山川河海湖泊江溪'];
    let body = '前言写道，春夏秋冬的说法。\n\n\u200B## 不是标题的一行字，文字。\n\n';
    for (let k = 0; k < 12; k++) body += `会上，${chars[k]}${chars[k + 1]} ${chars[k + 2]}${chars[k + 3]}${chars[k + 4]}，好。\n\n`;
    const result = await fix(article(body));
    expect(result.output).toMatch(left('source/zero-width', /the fix would make a heading/));
  });

  it('an invisible character in the front matter, where deleting it would make a YAML comment', async () => {
    const text = article('正文。\n', 'title: 学习 \u200B#二十大精神\nbyline: 张三');
    const result = await fix(text);
    expect(result.text).toBe(text);
    expect(result.output).toMatch(left('source/zero-width', /the fix would change more of title than the characters it names/));
  });

  it('a join that would move a line check.yaml ignores a finding on', async () => {
    const text = article('会议强调，要深化改革，\n\n推进高质量发展。\n\n比赛规则:甲:乙。\n');
    const ignore = 'ignore:\n  - rule: cjk/halfwidth-punctuation\n    file: 01-a.md\n    line: 9\n';
    const result = await fix(text, { 'check.yaml': ignore });
    expect(result.text).toBe(text);
    expect(result.output).toMatch(left('cjk/page-break-split', /the fix would move line 9, where check.yaml ignores a finding \(change that line in check.yaml too\)/));
  });

  it('two fixes of one pass are judged one after the other: a join is made, and a blank line that would then split the paragraph is not', async () => {
    const text = article('请在命令行输入以下内容。\n\u3000\u3000\n    npm install qikan --save\n\n第一句话。\n\u3000\u3000\n第二句话。\n');
    const result = await fix(text);
    // Line 8 of the file (\u3000\u3000 inside the second paragraph) would end that paragraph once deleted.
    expect(result.text).toBe(article('请在命令行输入以下内容。\n\u3000\u3000\n    npm install qikan --save第一句话。\n\u3000\u3000\n第二句话。\n'));
    expect(result.output).toMatch(/01-a\.md:\d+:28  fixed  cjk\/page-break-split/);
    expect(result.output).toMatch(left('source/fullwidth-indent', /the fix would make a paragraph break/));
  });

  it('fixes that keep the text as it reads are all made, those beside a refused one too', async () => {
    const text = article('\u200B## 不是标题，文字\u200B很多。\n\n会议强调,要深化改革。\n');
    const result = await fix(text);
    expect(result.text).toBe(article('\u200B## 不是标题，文字很多。\n\n会议强调，要深化改革。\n'));
    expect(result.output).toMatch(left('source/zero-width', /the fix would make a heading/));
    expect(result.output).toMatch(/fixed 2 problems in 1 file/);
  });
});

describe('--fix makes the fixes that keep the text as it reads, many at a time', () => {
  it('joins cut paragraphs in one pass: a paragraph in three pieces, one across a page marker, one after a disable comment; only the join that would pair asterisks is left', async () => {
    const text = article(
      [
        '会议强调，要深化改革，',
        '推进高质量',
        '发展。',
        '会议指出，我们要坚持',
        '<!-- page 5 -->',
        '稳中求进的工作总基调。',
        '本表中带*号的栏目为必须填写的项目，其余为选填项目，',
        '未带*号的栏目可以不填写。',
        '<!-- qikan-disable-next-line cjk/dash -->\n会议要求，要全面从严治党，',
        '推进自我革命。',
      ].join('\n\n') + '\n',
    );
    const result = await fix(text);
    expect(result.text).toBe(
      article(
        [
          '会议强调，要深化改革，推进高质量发展。',
          '会议指出，我们要坚持<!-- page 5 -->稳中求进的工作总基调。',
          '本表中带*号的栏目为必须填写的项目，其余为选填项目，',
          '未带*号的栏目可以不填写。',
          '<!-- qikan-disable-next-line cjk/dash -->\n会议要求，要全面从严治党，推进自我革命。',
        ].join('\n\n') + '\n',
      ),
    );
    expect(result.output).toMatch(left('cjk/page-break-split', /the fix would make emphasis/));
    expect(result.output).toMatch(/fixed 4 problems in 1 file/);
  });

  it('a half-width comma at the end of a line made full-width, though the line break then reads as nothing', async () => {
    const text = article('会议强调,\n要深化改革,\n推进高质量发展。\n');
    const result = await fix(text);
    expect(result.text).toBe(article('会议强调，\n要深化改革，\n推进高质量发展。\n'));
    expect(result.output).toMatch(/fixed 2 problems in 1 file/);
  });

  // Found by the second and third reviews of the guard: each was refused, or made wrong, before.
  it.each([
    [
      'an indent or an invisible character deleted before bold or a link: the text before them was all it deleted',
      '\u3000\u3000**一是持续强化理论武装。**要深入学习。\n\n\u3000\u3000[原文链接](https://www.gov.cn/a)见上。\n\n见[原文](https://www.gov.cn/b)\u200b\n\n\u200b**二是加强学习。**要深入。\n',
      '**一是持续强化理论武装。**要深入学习。\n\n[原文链接](https://www.gov.cn/a)见上。\n\n见[原文](https://www.gov.cn/b)\n\n**二是加强学习。**要深入。\n',
      4,
    ],
    [
      'joins a paragraph cut where a page marker follows on the next line, or lies between the two pieces, the second indented',
      '会议强调，要深化改革，推进高质\n<!-- page 5 -->\n\n量发展。\n\n会议强调，要深化改革，推进第\n\n<!-- page 6 -->\n\n\u3000\u30001. 条规定。\n',
      '会议强调，要深化改革，推进高质\n<!-- page 5 -->量发展。\n\n会议强调，要深化改革，推进第<!-- page 6 -->1. 条规定。\n',
      2,
    ],
    [
      'a comma made full-width at a line’s end before bold, a link or a page marker: the break reads as nothing past them',
      '会议指出,\n**一是**加强学习。\n\n会议指出,\n[原文](https://www.gov.cn/a)见上。\n\n会议指出,\n<!-- page 5 -->\n一是加强学习。\n',
      '会议指出，\n**一是**加强学习。\n\n会议指出，\n[原文](https://www.gov.cn/a)见上。\n\n会议指出，\n<!-- page 5 -->\n一是加强学习。\n',
      3,
    ],
    [
      'a join takes the indentation after a page marker that starts the second piece, and a no-break space that ends the first',
      '会议强调，要深化改革，推进第\n\n<!-- page 6 -->\u3000\u3000条规定。\n\n会议强调，要深化\u00A0\n\n改革。\n',
      '会议强调，要深化改革，推进第<!-- page 6 -->条规定。\n\n会议强调，要深化改革。\n',
      2,
    ],
  ])('%s', async (_, body, fixed, count) => {
    const result = await fix(article(body));
    expect(result.text).toBe(article(fixed));
    expect(result.output).toMatch(new RegExp(`fixed ${count} problems in 1 file`));
  });

  // Found by the second review: let through before.
  it('a fix that would change a picture’s description or a link’s title otherwise than by its characters', async () => {
    const text = article('![图一A&lt\u037eB公司](images/a.png)\n\n见[网站](https://www.gov.cn "A&lt\u037eB公司")。\n\n![图二 \u200b*甲乙 \u200b*丙丁*后](images/a.png)\n');
    const result = await fix(text);
    expect(result.output).toMatch(/5:9 .*source\/not-nfc.*--fix leaves this one: the fix would change more of the text/);
    expect(result.output).toMatch(/7:31 .*source\/not-nfc.*--fix leaves this one: the fix would change more of the text/);
    expect(result.text).toContain('![图一A&lt\u037eB公司]');
    expect(result.text).toContain('"A&lt\u037eB公司"');
    expect(result.text).toContain('*丙丁*后');
  });

  it('fixes in the front matter and in the body, made together: each value changed only by its fixes', async () => {
    const text = article('会议强调,要深化改革。\n', 'title: 学习\u200B贯彻\u200B精神\nbyline: 张三 讲话');
    const result = await fix(text);
    expect(result.text).toBe(article('会议强调，要深化改革。\n', 'title: 学习贯彻精神\nbyline: 张三 讲话'));
    expect(result.output).toMatch(/fixed 3 problems in 1 file/);
  });

  it('a fix inside a run of the characters it inserts or deletes', async () => {
    // Each stray space between Chinese and a digit goes; the text around is the same characters over and over.
    const text = article(`${'年 2024 年 2024 '.repeat(50)}年。\n`);
    const result = await fix(text);
    expect(result.text).toBe(article(`${'年2024年2024'.repeat(50)}年。\n`));
  });
});

describe('applyGuardedFixes', () => {
  it('keeps an insert made at the end of a later fix: that fix waits for the next pass', () => {
    // X is refused (a heading); F, which overlaps X, comes in the next round and ends where I inserted Q.
    const text = article('甲乙丙丁。\n');
    const at = text.indexOf('甲');
    const finding = (ruleId: string, start: number, end: number, replacement: string): Diagnostic => ({
      ruleId,
      severity: 'warning',
      file: '01-a.md',
      line: 5,
      column: 1,
      message: ruleId,
      fix: { range: [start, end], text: replacement },
    });
    const x = finding('test/x', at, at + 1, '# ');
    const f = finding('test/f', at, at + 3, '甲Z');
    const i = finding('test/i', at + 3, at + 3, 'Q');
    const result = applyGuardedFixes(text, [x, f, i], { kind: 'article' });
    expect(result.text).toBe(article('甲乙丙Q丁。\n'));
    expect(result.applied).toEqual([i]);
    expect([...result.refused.keys()]).toEqual([x]);
  });
});
