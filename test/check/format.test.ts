import { describe, expect, it } from 'vitest';
import { formatGithub, formatJson, formatText, summary } from '../../src/check/format.js';
import type { Diagnostic } from '../../src/diagnostic.js';

const error: Diagnostic = { ruleId: 'cjk/page-break-split', severity: 'error', file: 'issues/2024-03/02-quansheng.md', line: 14, column: 23, message: 'paragraph seems cut', fix: { range: [1, 3], text: '' } };
const warning: Diagnostic = { ruleId: 'source/bom', severity: 'warning', file: 'odd:name,1%.md', line: 0, column: 0, message: '50% done,\r\nnext: line' };

describe('formats', () => {
  it('text: one line each, then the summary', () => {
    expect(formatText([error, warning])).toBe(
      'issues/2024-03/02-quansheng.md:14:23  error  cjk/page-break-split  paragraph seems cut\nodd:name,1%.md  warning  source/bom  50% done,\r\nnext: line\n1 error, 1 warning, 1 fixable with --fix\n',
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
});
