// A disable comment at the very start of an article's body is for the check,
// not the reader: the book drops it, and the Kindle verification must expect
// exactly what the book shows. (It once expected the first sentence “<!”,
// and `qikan release` failed on a good book.)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyIssues, runCli, tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';

const ready = toolAvailable('calibre') && toolAvailable('epubcheck');

describe.skipIf(!ready)('qikan release with a disable comment at the start of an article', () => {
  it('releases the issue: the read-back finds the real first sentence', async () => {
    const work = await copyIssues();
    const file = path.join(work, 'issues', '2024-02', '01-xi-tuanbai.md');
    const text = await readFile(file, 'utf8');
    const bodyStart = text.indexOf('\n---\n') + 5;
    await writeFile(file, `${text.slice(0, bodyStart)}<!-- qikan-disable-next-line cjk/latin-word -->\n${text.slice(bodyStart).replace(/^\n+/, '')}`);
    const out = await tempDir();
    const result = await runCli(['release', '2024-02', '--out', out], { cwd: work });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await readFile(path.join(out, '2024-02', 'SHA256SUMS'), 'utf8')).toMatch(/llxx-2024-02\.azw3/);
  }, 180_000);
});
