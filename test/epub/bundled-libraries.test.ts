// The compiled CLI (dist-js/, scripts/bundle.mjs) carries epub-gen-memory
// with stand-ins for the parts qikan never calls: no option validation, no
// fetch, an HTML cleaner that takes only empty chapters, and a map of files
// instead of JSZip. Those must not change a byte of the book: the CLI's EPUB
// of the real 2024-02 is held to the one made in this process from the
// sources, with epub-gen-memory and JSZip as published.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildEpubBytes } from '../../src/build.js';
import { loadIssue } from '../../src/issue/load.js';
import { ROOT, runCli, tempDir } from '../helpers/book.js';

it('the compiled CLI makes the same EPUB bytes as the sources with the published libraries', async () => {
  const out = await tempDir();
  const env = { SOURCE_DATE_EPOCH: '' };
  const cli = await runCli(['build', '2024-02', '--out', out], { env });
  expect(cli.code, cli.stderr).toBe(0);
  const built = await readFile(path.join(out, '2024-02', 'llxx-2024-02.epub'));
  const issue = await loadIssue(path.join(ROOT, 'issues', '2024-02'));
  const inProcess = await buildEpubBytes(issue, { outDir: await tempDir() });
  expect(inProcess.length).toBe(built.length);
  expect(inProcess.equals(built)).toBe(true);
}, 120_000);
