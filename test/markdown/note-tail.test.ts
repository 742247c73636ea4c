// qikan's footnote_tail (src/markdown/note-tail.ts) replaces
// markdown-it-footnote's own, which copied the token list once per note. The
// reference is the plugin's rule itself: both are run on the same parser and
// must give the same book markup for every shape of note.
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { describe, expect, it } from 'vitest';
import { notes } from '../../src/markdown/notes.js';

type CoreRule = Parameters<MarkdownIt['core']['ruler']['at']>[1];

function pluginTail(): CoreRule {
  const md = new MarkdownIt().use(footnote);
  const rule = (md.core.ruler as unknown as { __rules__: { name: string; fn: CoreRule }[] }).__rules__.find((r) => r.name === 'footnote_tail');
  if (!rule) throw new Error('markdown-it-footnote has no footnote_tail rule');
  return rule.fn;
}

const ours = new MarkdownIt('commonmark', { xhtmlOut: true }).use(notes);
const plugin = new MarkdownIt('commonmark', { xhtmlOut: true }).use(notes);
plugin.core.ruler.at('footnote_tail', pluginTail());

const SOURCES: Record<string, string> = {
  'one note': '正文[^1]。\n\n[^1]: 注释。\n',
  'marked twice': '甲[^a]，乙[^a]，丙[^b]。\n\n[^b]: 二。\n\n[^a]: 一。\n',
  'several paragraphs and a list': '正文[^1]。\n\n[^1]: 第一段。\n\n    第二段。\n\n    - 甲\n    - 乙\n',
  'ends in a list': '正文[^1]。\n\n[^1]: - 甲\n    - 乙\n',
  'ends in a quote': '正文[^1]。\n\n[^1]: > 引文。\n',
  'never marked': '正文。\n\n[^1]: 没有标记的注释。\n',
  'mark without a note': '正文[^2]。\n\n[^1]: 注。\n',
  'empty note': '正文[^1]。\n\n[^1]:\n',
  'inside another note': '正文[^1][^2]。\n\n[^1]: 外层。\n\n    [^2]: 内层。\n\n    外层续。\n',
  'in a quote': '> 引文[^1]。\n>\n> [^1]: 引文里的注。\n',
  'labels of Object.prototype': '甲[^__proto__]乙[^constructor]。\n\n[^constructor]: 二。\n\n[^__proto__]: 一。\n',
  'no notes at all': '正文。\n',
  'many': Array.from({ length: 60 }, (_, k) => `字[^${k}]`).join('') + '\n\n' + Array.from({ length: 60 }, (_, k) => `[^${k}]: 注${k}。\n`).join('\n'),
};

describe('the notes at the end of an article', () => {
  for (const [name, source] of Object.entries(SOURCES)) {
    it(`are the plugin's: ${name}`, () => {
      const html = ours.render(source, {});
      expect(html).toBe(plugin.render(source, {}));
      if (source.includes('[^1]: 注释')) expect(html).toContain('注释。');
    });
  }

  it('keep every note of a long article, in order', () => {
    const count = 5000;
    const source = Array.from({ length: count }, (_, k) => `字[^${k + 1}]`).join('') + '\n\n' + Array.from({ length: count }, (_, k) => `[^${k + 1}]: 注${k + 1}。\n`).join('\n');
    const html = ours.render(source, {});
    const found = [...html.matchAll(/注(\d+)。/g)].map((m) => Number(m[1]));
    expect(found).toEqual(Array.from({ length: count }, (_, k) => k + 1));
  });
});
