// Characters outside the BMP (real names use them: 𠮷, 𠀀) must survive
// intact from the Markdown source into the EPUB, the AZW3 and back out.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readText } from '../../src/kindle/read-back.js';
import { entryText, openEpub, runCli, tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';
import { issue202402 } from './issue-fixture.js';

const ASTRAL_SENTENCE = '吉𠮷家的𠀀先生与𪚥女士出席会议。';

it.skipIf(!(toolAvailable('calibre') && toolAvailable('epubcheck')))(
  'keeps astral characters through EPUB and AZW3',
  async () => {
    const dir = await issue202402();
    const article = path.join(dir, '01-xi-tuanbai.md');
    // First sentence of the article: the Kindle verification itself looks for it.
    const text = await readFile(article, 'utf8');
    await writeFile(article, text.replace('\n2月8日，', `\n${ASTRAL_SENTENCE}2月8日，`));
    const out = await tempDir();
    const result = await runCli(['build', dir, '--out', out, '--kindle']);
    expect(result.code, result.stderr).toBe(0);

    const epub = await openEpub(path.join(out, '2024-02', 'llxx-2024-02.epub'));
    const xhtml = await entryText(epub, 'OEBPS/article-01.xhtml');
    expect(xhtml).toContain(ASTRAL_SENTENCE);
    expect(xhtml).not.toMatch(/&#x?[0-9a-f]+;|\uFFFD/i);

    const azw3Text = await readText(path.join(out, '2024-02', 'llxx-2024-02.azw3'), await tempDir(), 'astral test');
    expect(azw3Text.replace(/\s+/g, '')).toContain(ASTRAL_SENTENCE);
  },
  240_000,
);
