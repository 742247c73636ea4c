// `qikan build --year 2024 --kindle`: the annual volume in Kindle formats,
// verified against every article of every issue and the issues as contents.
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { copyIssues, runCli } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';

it.skipIf(!(toolAvailable('calibre') && toolAvailable('epubcheck')))(
  'writes and verifies the AZW3 and MOBI of the 合订本',
  async () => {
    const work = await copyIssues();
    const third = path.join(work, 'issues', '2024-03');
    await cp(path.join(work, 'issues', '2024-02'), third, { recursive: true });
    const yaml = (await readFile(path.join(third, 'issue.yaml'), 'utf8')).replace('number: 2', 'number: 3').replace('date: 2024-02', 'date: 2024-03');
    await writeFile(path.join(third, 'issue.yaml'), yaml);
    const result = await runCli(['build', '--year', '2024', '--kindle', '--out', 'dist'], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/built dist\/2024\/llxx-2024\.epub \(2 issues\)\nbuilt dist\/2024\/llxx-2024\.azw3\nbuilt dist\/2024\/llxx-2024\.mobi/);
    expect((await readdir(path.join(work, 'dist', '2024'))).sort()).toEqual(['llxx-2024.azw3', 'llxx-2024.epub', 'llxx-2024.mobi']);
  },
  300_000,
);
