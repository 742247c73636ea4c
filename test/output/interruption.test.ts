// What an interrupted run removes: its own temporaries (the mark with its pid)
// in the folders it named them in — below them too where build workers wrote —
// and nothing else: not another run's, not the finished files.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ownTemporariesGoIfInterrupted, temporaryName } from '../../src/output/atomic-write.js';
import { removeOwnTemporaries } from '../../src/output/interruption.js';
import { tempDir } from '../helpers/book.js';

async function tree(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.push(path.relative(root, path.join(entry.parentPath, entry.name)));
  }
  return found.sort();
}

it('removes this process’s temporaries where it named them, and below the folders its workers write in', async () => {
  const named = await tempDir();
  const archive = await tempDir();
  await mkdir(path.join(archive, '2023-01', 'deeper'), { recursive: true });
  // Named by this thread: registered as it names them.
  const mine = temporaryName(path.join(named, 'llxx-2024-02.epub'));
  await writeFile(mine, 'half a book');
  await writeFile(path.join(named, 'llxx-2024-02.epub'), 'the finished book');
  // Another run's temporary (another pid) stays: that run may still be writing it.
  await writeFile(path.join(named, 'llxx-2024-02.qikan-tmp-999999999-abcdefgh.epub'), 'another run');
  // Written by workers of this process, below a folder registered with its subfolders.
  ownTemporariesGoIfInterrupted(archive, true);
  await writeFile(path.join(archive, '2023-01', path.basename(temporaryName(path.join(archive, 'x', 'llxx-2023-01.epub')))), 'worker');
  await writeFile(path.join(archive, '2023-01', 'deeper', path.basename(temporaryName(path.join(archive, 'y', 'cover.png')))), 'worker');
  await writeFile(path.join(archive, '2023-01', 'llxx-2023-01.epub'), 'finished');

  removeOwnTemporaries();

  expect(await tree(named)).toEqual(['llxx-2024-02.epub', 'llxx-2024-02.qikan-tmp-999999999-abcdefgh.epub']);
  expect(await tree(archive)).toEqual(['2023-01/llxx-2023-01.epub']);
});
