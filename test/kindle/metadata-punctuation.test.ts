// A publisher with & and a series title with a comma: check passes them, so a
// Kindle build must too. Calibre's --authors splits at & (&& is a literal
// &), and a subject, a tag, is split at its commas; the AZW3 and MOBI were
// refused after half a minute of Calibre, though nothing was wrong.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';
import { issue202402 } from './issue-fixture.js';

it.skipIf(!(toolAvailable('calibre') && toolAvailable('epubcheck')))(
  'builds and verifies the Kindle books of a publisher with & and a series with a comma',
  async () => {
    const dir = await issue202402();
    const series = path.join(dir, '..', 'series.yaml');
    const text = await readFile(series, 'utf8');
    await writeFile(series, text.replace('publisher: 中共运城开放大学总支委员会', 'publisher: 中共运城A&B大学总支委员会').replace('title: 理论学习中心组学习资料', 'title: 理论学习,中心组学习资料'));
    expect((await runCli(['check', dir])).code).toBe(0);
    const out = await tempDir();
    const result = await runCli(['build', dir, '--out', out, '--kindle']);
    expect(result.code, result.stderr).toBe(0);
    for (const extension of ['azw3', 'mobi']) {
      // What Calibre's own ebook-meta reads: one author, the publisher with its & (its OPF, not its
      // listing, which writes & as &&).
      const opf = path.join(out, `${extension}.opf`);
      execFileSync('ebook-meta', [path.join(out, '2024-02', `llxx-2024-02.${extension}`), `--to-opf=${opf}`], { stdio: 'ignore' });
      const creators = [...(await readFile(opf, 'utf8')).matchAll(/<dc:creator[^>]*>([^<]*)<\/dc:creator>/g)].map((m) => m[1]);
      expect(creators).toEqual(['中共运城A&amp;B大学总支委员会']);
    }
  },
  240_000,
);
