// `check --fix` rewrites the maintainer's file and nothing else about it: its
// mode, its owner, a symbolic link (written through to its target), a hard
// link (both names see the fix); a read-only file is left alone, with a line.
import { chmod, chown, link, lstat, readFile, rename, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/command.js';
import { rewriteInPlace } from '../../src/output/rewrite-in-place.js';
import { capture, removeTempIssues, tempIssue } from './temp-issue.js';

afterAll(removeTempIssues);

const BROKEN = '---\ntitle: 测试文章\n---\n\n会议召开。。\n';
const FIXED = '---\ntitle: 测试文章\n---\n\n会议召开。\n';
const fix = (dir: string) => capture((out) => runCheck({ dirs: [dir], fix: true, format: 'text' }, out));

describe('--fix keeps the file as it was', () => {
  it.each([0o600, 0o640, 0o664, 0o755])('mode %o', async (mode) => {
    const dir = await tempIssue({ '01-a.md': BROKEN });
    const file = path.join(dir, '01-a.md');
    await chmod(file, mode);
    expect((await fix(dir)).output).toMatch(/^fixed 1 problem in 1 file$/m);
    expect(await readFile(file, 'utf8')).toBe(FIXED);
    expect((await stat(file)).mode & 0o7777).toBe(mode);
  });

  it('owner and group (where the system lets us set them: root here)', async () => {
    const dir = await tempIssue({ '01-a.md': BROKEN });
    const file = path.join(dir, '01-a.md');
    await chown(file, 1234, 5678).catch(() => undefined);
    const before = await stat(file);
    await fix(dir);
    const after = await stat(file);
    expect(await readFile(file, 'utf8')).toBe(FIXED);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
  });

  it('a read-only file: left as it is, and said so', async () => {
    const dir = await tempIssue({ '01-a.md': BROKEN });
    const file = path.join(dir, '01-a.md');
    await chmod(file, 0o444);
    const { code, output } = await fix(dir);
    expect(await readFile(file, 'utf8')).toBe(BROKEN);
    expect((await stat(file)).mode & 0o7777).toBe(0o444);
    expect(output).toBe(
      `${file}  warning  check/fix-refused  is read-only — --fix leaves it as it is; make it writable (chmod u+w) to let --fix change it\n` +
        `${file}:5:5  warning  cjk/duplicate-punctuation  "。。" repeats a punctuation mark — keep one "。"\n` +
        '0 errors, 2 warnings, 1 fixable with --fix\n',
    );
    expect(code).toBe(0);
  });

  it('an article that is a symbolic link: the link stays, its target is fixed', async () => {
    const dir = await tempIssue({ '01-a.md': BROKEN });
    const file = path.join(dir, '01-a.md');
    await rename(file, path.join(dir, 'real.txt'));
    await symlink('real.txt', file);
    await fix(dir);
    expect((await lstat(file)).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(dir, 'real.txt'), 'utf8')).toBe(FIXED);
  });

  it('a symbolic link that leads out of the folder: refused (the loader refuses such an article too)', async () => {
    const dir = await tempIssue({ '01-a.md': BROKEN });
    const outside = path.join(dir, '..', 'outside.md');
    await writeFile(outside, BROKEN);
    await symlink(outside, path.join(dir, 'link.md'));
    await expect(rewriteInPlace(path.join(dir, 'link.md'), FIXED, dir)).rejects.toThrow(/check\/fix-refused {2}is a symbolic link to .*outside\.md, outside .* — --fix does not write there; copy the file into the folder to fix it$/);
    expect(await readFile(outside, 'utf8')).toBe(BROKEN);
  });

  it('a file with another hard link: one file still, both names fixed', async () => {
    const dir = await tempIssue({ '01-a.md': BROKEN });
    const file = path.join(dir, '01-a.md');
    const other = path.join(dir, '..', 'copy.md');
    await link(file, other);
    await fix(dir);
    expect(await readFile(other, 'utf8')).toBe(FIXED);
    expect((await stat(file)).ino).toBe((await stat(other)).ino);
    expect((await stat(file)).nlink).toBe(2);
  });
});
