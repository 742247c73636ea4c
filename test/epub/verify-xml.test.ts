// The in-process XML check is the last guard before a book is written: it must
// catch what a lenient syntax validator lets through.
import { describe, expect, it } from 'vitest';
import { xmlProblems } from '../../src/epub/verify-xml.js';

describe('xmlProblems', () => {
  it('passes well-formed XHTML with CJK and astral characters', () => {
    expect(xmlProblems([{ fileName: 'a.xhtml', xml: '<p lang="zh-CN">学习𠀀贯彻</p>' }])).toEqual([]);
  });

  it('reports a syntax error with its line', () => {
    expect(xmlProblems([{ fileName: 'a.xhtml', xml: '<p>\n<b>学习</p>' }])).toMatchObject([{ fileName: 'a.xhtml', line: 2 }]);
  });

  it.each([
    ['\u0007', 'U+0007'],
    ['\u001b', 'U+001B'],
    ['\uFFFE', 'U+FFFE'],
    ['\uD800', 'U+D800'],
  ])('reports the character %j, which XML 1.0 forbids though the syntax is fine', (character, name) => {
    const problems = xmlProblems([{ fileName: 'b.xhtml', xml: `<p>\n学${character}习</p>` }]);
    expect(problems).toEqual([{ fileName: 'b.xhtml', line: 2, message: `character ${name} is not allowed in XML` }]);
  });
});
