// structure/cover-text: a series title or organisation line so long that the
// generated cover would set it too small to read is a warning at its key.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/command.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { capture, removeTempIssues, tempIssue } from './temp-issue.js';

afterAll(removeTempIssues);

async function withSeries(change: (yaml: string) => string): Promise<Diagnostic[]> {
  const dir = await tempIssue({ '01-a.md': '---\ntitle: 测试文章\n---\n\n正文。\n' });
  const series = path.join(dir, '..', 'series.yaml');
  await writeFile(series, change(await readFile(series, 'utf8')));
  const { output } = await capture((out) => runCheck({ dirs: [dir], fix: false, format: 'json' }, out));
  return (JSON.parse(output) as Diagnostic[]).filter((d) => d.ruleId === 'structure/cover-text');
}

describe('structure/cover-text', () => {
  it('the series of this repository: nothing', async () => {
    expect(await withSeries((y) => y)).toEqual([]);
  });

  it('a 5,000-character series title without cover.title_lines', async () => {
    const found = await withSeries((y) => y.replace(/^title: .*$/m, `title: ${'学'.repeat(5000)}`).replace(/^ {2}title_lines: .*$/m, ''));
    expect(found.map((d) => [d.file.endsWith('issues/series.yaml'), d.line, d.column, d.severity, d.message])).toEqual([
      [true, 2, 1, 'warning', 'title (5000 characters) would be set at 0 px on the cover, too small to read — set the cover’s lines with cover.title_lines (at most 3, each of up to 18 characters)'],
    ]);
  });

  it('a title line of 21 characters: 1240 / (21 + 20 × 0.06) = 55 px, under 64', async () => {
    const found = await withSeries((y) => y.replace(/^ {2}title_lines: .*$/m, `  title_lines: [理论学习中心组, ${'学'.repeat(21)}]`));
    expect(found.map((d) => d.message)).toEqual(['cover.title_lines[1] (21 characters) would be set at 55 px on the cover, too small to read — set the cover’s lines with cover.title_lines (at most 3, each of up to 18 characters)']);
  });

  // Noto Serif SC has neither 𠮷 (U+20BB7) nor 𪚥 (U+2A6A5): the cover drew a blank for each.
  it('a character the cover’s typeface lacks, in a title line and in the slogan', async () => {
    const found = await withSeries((y) => y.replace(/^ {2}title_lines: .*$/m, '  title_lines: [理论学习中心组𠮷, 学习资料汇编]').replace(/^slogan: .*$/m, 'slogan: 人人皆学 处处𪚥学 时时可学'));
    // In the order of series.yaml: the slogan comes before cover:.
    expect(found.map((d) => [d.line > 0, d.message])).toEqual([
      [true, 'slogan has “𪚥”, which the cover\'s typeface (Noto Serif SC) does not have: the cover would leave a blank there — write it another way, or supply a cover (cover: in issue.yaml)'],
      [true, 'cover.title_lines[0] has “𠮷”, which the cover\'s typeface (Noto Serif SC) does not have: the cover would leave a blank there — write it another way, or supply a cover (cover: in issue.yaml)'],
    ]);
  });
});
