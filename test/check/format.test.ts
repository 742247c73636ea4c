import { describe, expect, it } from 'vitest';
import { formatGithub, formatJson, formatText, summary } from '../../src/check/format.js';
import type { Diagnostic } from '../../src/diagnostic.js';

const error: Diagnostic = { ruleId: 'cjk/page-break-split', severity: 'error', file: 'issues/2024-03/02-quansheng.md', line: 14, column: 23, message: 'paragraph seems cut', fix: { range: [1, 3], text: '' } };
const warning: Diagnostic = { ruleId: 'source/bom', severity: 'warning', file: 'odd:name,1%.md', line: 0, column: 0, message: '50% done,\r\nnext: line' };

describe('formats', () => {
  it('text: one line each, then the summary', () => {
    expect(formatText([error, warning])).toBe(
      'issues/2024-03/02-quansheng.md:14:23  error  cjk/page-break-split  paragraph seems cut\nodd:name,1%.md  warning  source/bom  50% done,\\r\\nnext: line\n1 error, 1 warning, 1 fixable with --fix\n',
    );
    expect(formatText([], { fixed: 3, fixedFiles: 2 })).toBe('fixed 3 problems in 2 files\n0 errors, 0 warnings\n');
    expect(summary([error, error, warning])).toBe('2 errors, 1 warning, 2 fixable with --fix');
  });

  it('github: escapes data (% CR LF) and properties (also : and ,)', () => {
    expect(formatGithub([error, warning])).toBe(
      '::error file=issues/2024-03/02-quansheng.md,line=14,col=23,title=cjk/page-break-split::paragraph seems cut\n' +
        '::warning file=odd%3Aname%2C1%25.md,title=source/bom::50%25 done,%0D%0Anext: line\n',
    );
  });

  it('json: the Diagnostic array', () => {
    expect(JSON.parse(formatJson([error, warning]))).toEqual([error, warning]);
  });

  // A file name or a message can hold anything a file system or a source allows.
  const hostile: Diagnostic = {
    ruleId: 'source/bom',
    severity: 'error',
    file: 'a\nissues/x.md:1:1  error  cjk/forged  fake.md',
    line: 2,
    column: 1,
    message: 'title 甲\u202e乙\u2028丙\u001b[31m丁\u0085',
  };

  it('text: a newline, a control character or a bidi override in a name or message is escaped — one finding, one line', () => {
    expect(formatText([hostile])).toBe(
      'a\\nissues/x.md:1:1  error  cjk/forged  fake.md:2:1  error  source/bom  title 甲\\u202E乙\\u2028丙\\u001B[31m丁\\u0085\n1 error, 0 warnings\n',
    );
  });

  it('github: the same characters escaped, one command per finding', () => {
    expect(formatGithub([hostile])).toBe(
      '::error file=a%0Aissues/x.md%3A1%3A1  error  cjk/forged  fake.md,line=2,col=1,title=source/bom::title 甲\\u202E乙\\u2028丙\\u001B[31m丁\\u0085\n',
    );
  });

  it('json: C1, U+2028 and bidi overrides written \\uXXXX; the strings read back unchanged', () => {
    const json = formatJson([hostile]);
    expect(json).toMatch(/\\u202e乙\\u2028丙\\u001b\[31m丁\\u0085/);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
    expect(JSON.parse(json)).toEqual([hostile]);
  });
});
