import { describe, expect, it } from 'vitest';
import { findDirectives, stripDirectives } from '../../src/markdown/directives.js';
import { renderReaderHtml } from '../../src/markdown/reader.js';

describe('disable comments', () => {
  it('apply to the next non-blank line, naming rules or all of them', () => {
    const lines = ['<!-- qikan-disable-next-line cjk/dash, cjk/ellipsis -->', '', '文字--文字...', '  <!-- qikan-disable-next-line -->', '正文'];
    expect(findDirectives(lines)).toEqual([
      { lineIndex: 0, targetIndex: 2, rules: ['cjk/dash', 'cjk/ellipsis'] },
      { lineIndex: 3, targetIndex: 4, rules: [] },
    ]);
  });

  it('only on a line of their own', () => {
    expect(findDirectives(['文字 <!-- qikan-disable-next-line cjk/dash -->', '<!-- other -->'])).toEqual([]);
  });

  it('are removed for rendering, keeping the paragraph around them whole', () => {
    expect(stripDirectives('第一段。\n\n<!-- qikan-disable-next-line cjk/dash -->\n文字--文字\n<!-- qikan-disable-next-line -->\r\n续。\n')).toBe(
      '第一段。\n\n文字--文字\n续。\n',
    );
    expect(stripDirectives('没有注释。\n')).toBe('没有注释。\n');
  });

  // A maintainer documenting the comment itself writes it in a code block:
  // there it is text the reader sees, not an instruction to the check.
  it('are code, kept and printed, inside a fenced or indented code block', () => {
    const body = [
      '用法如下：',
      '',
      '```',
      '<!-- qikan-disable-next-line cjk/dash -->',
      '```',
      '',
      '- 列表中：',
      '',
      '  ~~~',
      '  <!-- qikan-disable-next-line -->',
      '  ~~~',
      '',
      '缩进的：',
      '',
      '    <!-- qikan-disable-next-line cjk/ellipsis -->',
      '',
      '<!-- qikan-disable-next-line cjk/dash -->',
      '文字--文字',
      '',
    ].join('\n');
    expect(findDirectives(body.split('\n'))).toEqual([{ lineIndex: 16, targetIndex: 17, rules: ['cjk/dash'] }]);
    const stripped = stripDirectives(body).split('\n');
    expect(stripped).toHaveLength(body.split('\n').length - 1);
    expect(stripped[3]).toBe('<!-- qikan-disable-next-line cjk/dash -->');
    expect(stripped.slice(15)).toEqual(['', '文字--文字', '']);
    const html = renderReaderHtml(body);
    expect(html).toContain('<pre><code>&lt;!-- qikan-disable-next-line cjk/dash --&gt;\n</code></pre>');
    expect(html).toContain('<code>&lt;!-- qikan-disable-next-line --&gt;\n</code>');
    expect(html).toContain('<code>&lt;!-- qikan-disable-next-line cjk/ellipsis --&gt;\n</code>');
    expect(html).toContain('<p>文字--文字</p>');
    expect(html.match(/qikan-disable/g)).toHaveLength(3);
  });

  // Found by a review: with CR LF, "```\r" did not close the fence, and a directive after it was printed.
  it('end a fence at its closing line in a CR LF file too', () => {
    const body = '```\r\ncode\r\n```\r\n\r\n<!-- qikan-disable-next-line cjk/dash -->\r\n文字--文字\r\n';
    expect(findDirectives(body.split('\n'))).toEqual([{ lineIndex: 4, targetIndex: 5, rules: ['cjk/dash'] }]);
    expect(renderReaderHtml(body)).not.toContain('qikan-disable');
  });
});
