// MuPDF lays out every page of a book and finishes, at every type size a
// reader may choose on a small screen. Before 1.22, MuPDF's overflow-wrap:
// break-word looped for ever on a run that quotation marks hold together
// (UAX #14: no break on either side of “ ” without a space), as in
// 坚持“效”与“率”并重, when the run met a line's end (MuPDF bug 706481): the
// reader hung. 2024-02 has that sentence, and MuPDF 1.21 (Debian 12's) hung on
// it at 18 px and more on a 240 px page, and at 24 px on a 300 px one. The
// stylesheet now gives overflow-wrap only inside @media, which MuPDF skips.
import { execFile } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, copyIssues, runCli } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';

const run = promisify(execFile);
const WIDTHS = [200, 240, 300];
const SIZES = [16, 20, 24, 28];
// A page takes MuPDF well under a second; a book that loops never ends.
const LIMIT_MS = 30_000;

// The run in every place it can stand: a title (the heading and the contents entries), a
// section heading, a paragraph, a line indented by four spaces (a code block), a list item, a cell.
const QUOTED = '坚持“效”与“率”并重';
const ARTICLE = `---\ntitle: ${QUOTED}的通知\n---\n\n## ${QUOTED}\n\n各单位要${QUOTED}，推动落实有力有效。\n\n    ${QUOTED}，推动落实。\n\n- ${QUOTED}\n\n| 要求 |\n| --- |\n| ${QUOTED} |\n`;

describe.skipIf(!toolAvailable('mupdf'))('MuPDF finishes every page', () => {
  let dir: string;
  const books: string[] = [];

  beforeAll(async () => {
    dir = await copyIssues();
    const issue = path.join(dir, 'issues', '2099-02');
    await mkdir(issue);
    await writeFile(path.join(issue, 'issue.yaml'), 'year: 2099\nnumber: 2\ndate: 2099-02\narticles:\n  - 01-quoted.md\n');
    await writeFile(path.join(issue, '01-quoted.md'), ARTICLE);
    const out = path.join(dir, 'out');
    for (const source of ['2099-02', '2024-02', path.join(ROOT, 'test', 'typography', 'fixture-issues', '2099-01'), path.join(ROOT, 'test', 'notes', 'fixture-issues', '2099-03')]) {
      const built = await runCli(['build', source, '--out', out], { cwd: dir });
      expect(built.code, built.stderr).toBe(0);
    }
    for (const folder of await readdir(out)) {
      for (const name of await readdir(path.join(out, folder))) if (name.endsWith('.epub')) books.push(path.join(out, folder, name));
    }
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has the books to draw: the run’s issue, 2024-02 and the two test issues', () => {
    expect(books.map((book) => path.basename(book)).sort()).toHaveLength(4);
  });

  it.each(WIDTHS.flatMap((width) => SIZES.map((size) => [width, size])))('on a %i px page at %i px type', async (width, size) => {
    const unfinished: string[] = [];
    for (const book of books) {
      try {
        await run('mutool', ['draw', '-q', '-F', 'txt', '-W', String(width), '-H', String(Math.round((width * 4) / 3)), '-S', String(size), '-o', '/dev/null', book], { timeout: LIMIT_MS });
      } catch (error) {
        const e = error as { killed?: boolean; code?: number | string };
        unfinished.push(`${path.basename(book)}: ${e.killed ? `still drawing after ${LIMIT_MS / 1000} s` : `exit ${String(e.code)}`}`);
      }
    }
    expect(unfinished).toEqual([]);
  }, 300_000);
});
