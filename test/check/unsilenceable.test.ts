// A finding the book cannot be made right with is reported whatever silences
// it, and the comment or ignore that tries is itself a warning.
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/command.js';
import { capture, removeTempIssues, tempIssue } from './temp-issue.js';

afterAll(removeTempIssues);

describe('unsilenceable findings', () => {
  it('a disable comment and a check.yaml ignore naming source/control-character: the finding stays, each attempt is a warning', async () => {
    const body = '---\ntitle: 测试文章\n---\n\n<!-- qikan-disable-next-line source/control-character -->\n学习\u0007贯彻。\n';
    const dir = await tempIssue({ '01-a.md': body }, { 'check.yaml': 'ignore:\n  - source/control-character\n' });
    const { code, output } = await capture((out) => runCheck({ dirs: [dir], fix: false, format: 'text' }, out));
    expect(output).toBe(
      `${dir}/01-a.md:5:30  warning  check/unsilenceable  qikan-disable-next-line names source/control-character, which cannot be silenced (the book could not be made right) — fix the text and remove the comment\n` +
        `${dir}/01-a.md:6:3  error  source/control-character  invisible control character U+0007 is not allowed in XHTML — delete it\n` +
        `${dir}/check.yaml:2:5  warning  check/unsilenceable  ignore[0]: source/control-character cannot be silenced (the book could not be made right) — fix the text and remove this entry\n` +
        '1 error, 2 warnings, 1 fixable with --fix\n',
    );
    expect(code).toBe(1);
  });
});
