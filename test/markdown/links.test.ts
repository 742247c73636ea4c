import { describe, expect, it } from 'vitest';
import { hasScheme } from '../../src/markdown/links.js';

describe('hasScheme: a reference that leaves the book', () => {
  it('is one with a URL scheme: web, mail, telephone, data, or any other', () => {
    for (const reference of ['https://www.gov.cn/', 'http://', 'HTTPS://X', 'mailto:office@example.cn', 'tel:+86-359-000', 'data:image/png;base64,AA', 'x:y', 'svn+ssh://host']) {
      expect(hasScheme(reference), reference).toBe(true);
    }
  });

  it('is not a file, a place in the sources, a path or a host without a scheme', () => {
    for (const reference of ['02-zhongyang.md', '#s1', '../x.png', 'images/chart.png', '//example.com/x', '/etc/passwd', '', '1x:y', ':x', '中文:链接']) {
      expect(hasScheme(reference), reference).toBe(false);
    }
  });
});
