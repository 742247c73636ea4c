import { describe, expect, it } from 'vitest';
import { findDirectives, stripDirectives } from '../../src/markdown/directives.js';

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
});
