// `qikan release 2024` with real EPUBCheck and Calibre: the year's 合订本 is
// released exactly as an issue is — the three books and SHA256SUMS, the
// Chinese notes with the device table, and release.json for the workflow.
import { execFileSync } from 'node:child_process';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyIssues, runCli, type CliResult } from '../helpers/book.js';
import { hasCommand, toolAvailable } from '../helpers/tools.js';

const ready = toolAvailable('calibre') && toolAvailable('epubcheck');

describe.skipIf(!ready)('qikan release 2024 (EPUBCheck, Calibre)', () => {
  let work: string;
  let result: CliResult;
  const folder = () => path.join(work, 'dist', '2024');

  beforeAll(async () => {
    work = await copyIssues();
    // A second issue of the year, so the volume holds two: 2024-02 numbered 3.
    const third = path.join(work, 'issues', '2024-03');
    await cp(path.join(work, 'issues', '2024-02'), third, { recursive: true });
    const yaml = (await readFile(path.join(third, 'issue.yaml'), 'utf8')).replace('number: 2', 'number: 3').replace('date: 2024-02', 'date: 2024-03');
    await writeFile(path.join(third, 'issue.yaml'), yaml);
    // A page begun inside the text, as the PDF import writes it: Ace refused the volume
    // (its page breaks were in no page list) until it got a page list of its own.
    const first = path.join(third, '01-xi-tuanbai.md');
    await writeFile(first, (await readFile(first, 'utf8')).replace('举行2024年春节团拜会', '举行<!-- page 2 -->2024年春节团拜会'));
    result = await runCli(['release', '2024', '--out', 'dist'], { cwd: work });
  }, 300_000);

  it('reports each asset, the notes and the manifest', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      [
        'asset dist/2024/llxx-2024.epub',
        'asset dist/2024/llxx-2024.azw3',
        'asset dist/2024/llxx-2024.mobi',
        'asset dist/2024/SHA256SUMS',
        'notes dist/2024/release-notes.md',
        'manifest dist/2024/release.json',
        '',
      ].join('\n'),
    );
  });

  it('makes the same files as an issue’s release, named after the year', async () => {
    expect((await readdir(folder())).sort()).toEqual(['SHA256SUMS', 'llxx-2024.azw3', 'llxx-2024.epub', 'llxx-2024.mobi', 'release-notes.md', 'release.json']);
    expect(JSON.parse(await readFile(path.join(folder(), 'release.json'), 'utf8'))).toEqual({
      tag: '2024',
      title: '《理论学习中心组学习资料》2024年合订本',
      notes: 'release-notes.md',
      assets: ['llxx-2024.epub', 'llxx-2024.azw3', 'llxx-2024.mobi', 'SHA256SUMS'],
    });
  });

  it('SHA256SUMS passes `sha256sum -c` in the folder, and the notes carry it', async (context) => {
    if (!hasCommand('sha256sum')) return context.skip();
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder(), encoding: 'utf8' })).toBe('llxx-2024.epub: OK\nllxx-2024.azw3: OK\nllxx-2024.mobi: OK\n');
    const notes = await readFile(path.join(folder(), 'release-notes.md'), 'utf8');
    expect(notes).toContain((await readFile(path.join(folder(), 'SHA256SUMS'), 'utf8')).trimEnd());
  });

  it('the notes have the title, both issues with their contents, and the device table', async () => {
    const notes = await readFile(path.join(folder(), 'release-notes.md'), 'utf8');
    expect(notes.split('\n').slice(0, 3)).toEqual(['# 《理论学习中心组学习资料》2024年合订本', '', '中共运城开放大学总支委员会 综合办 编 · 2024年第2—3次']);
    expect(notes).toContain('### 2024年第2次\n\n1. 习近平在二〇二四年春节团拜会上的讲话\n');
    expect(notes).toContain('### 2024年第3次\n\n1. 习近平在二〇二四年春节团拜会上的讲话\n');
    expect(notes).toContain('| `llxx-2024.epub` | Apple Books');
    expect(notes).toContain('| `llxx-2024.azw3` | 用 USB 数据线');
    expect(notes).toContain('| `llxx-2024.mobi` | 仅供 2012 年以前');
  });
});
