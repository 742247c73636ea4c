// source/kindle-author: a publisher that Calibre would split into several
// authors of the Kindle books is an error at its key. The splits are Calibre's
// own (measured with ebook-meta -a: "A, B" also turned round to "B A").
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/command.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { capture, removeTempIssues, tempIssue } from './temp-issue.js';

afterAll(removeTempIssues);

async function withPublisher(publisher: string): Promise<Diagnostic[]> {
  const dir = await tempIssue({ '01-a.md': '---\ntitle: 测试文章\n---\n\n正文。\n' });
  const series = path.join(dir, '..', 'series.yaml');
  const yaml = await readFile(series, 'utf8');
  await writeFile(series, yaml.replace(/^publisher: .*$/m, `publisher: "${publisher}"`));
  const { output } = await capture((out) => runCheck({ dirs: [dir], fix: false, format: 'json' }, out));
  return (JSON.parse(output) as Diagnostic[]).filter((d) => d.ruleId === 'source/kindle-author');
}

describe('source/kindle-author', () => {
  it.each(['中共运城开放大学总支委员会', '甲委员会、乙办公室', '甲委员会，乙办公室', 'Smith & Sons', 'Andersen Withers'])('leaves “%s” alone', async (publisher) => {
    expect(await withPublisher(publisher)).toEqual([]);
  });

  it.each([
    ['甲委员会, 乙办公室', ','],
    ['Smith and Sons', 'and'],
    ['Smith AND Sons', 'AND'],
    ['中共某某委员会 with 乙', 'with'],
  ])('reports “%s” at the publisher key', async (publisher, word) => {
    const found = await withPublisher(publisher);
    expect(found.map((d) => [d.file.endsWith('issues/series.yaml'), d.line, d.severity, d.message])).toEqual([
      [true, 3, 'error', `publisher "${publisher}" has "${word}", where Calibre splits the Kindle books' author into two — join the names with 、 (甲委员会、乙办公室) or write them without it`],
    ]);
  });
});
