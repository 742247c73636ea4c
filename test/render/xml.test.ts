import { describe, expect, it } from 'vitest';
import { escapeXml, unescapeXml } from '../../src/render/xml.js';

describe('escapeXml', () => {
  it('escapes the five XML specials and keeps Chinese as characters', () => {
    expect(escapeXml(`A&B <c> "d" 'e' 学习`)).toBe('A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos; 学习');
  });

  it('drops characters XML 1.0 forbids, and keeps astral ones', () => {
    expect(escapeXml('第\u00002\u001b次\uFFFE𠮷')).toBe('第2次𠮷');
  });

  it('is undone by unescapeXml', () => {
    expect(unescapeXml(escapeXml(`A&B <c> "d" 'e'`))).toBe(`A&B <c> "d" 'e'`);
  });

  // The Kindle contents check decodes titles as written: text that only looks like a reference past Unicode stays (fromCodePoint threw).
  it('leaves a numeric reference past Unicode as written', () => {
    expect(unescapeXml('关于&#99999999;与&#x110000;，&#x20BB7;')).toBe('关于&#99999999;与&#x110000;，𠮷');
  });
});
