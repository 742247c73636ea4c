// The shelf's pure parts: where the buttons point, which repositories are
// accepted, the device guide read from the release notes; and which issues
// the shelf lists.
import { appendFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostic.js';
import { loadIssue } from '../../src/issue/load.js';
import { issueReleaseText, releaseNotes } from '../../src/release/notes.js';
import { deviceGuide } from '../../src/site/device-guide.js';
import { parseRepository, releaseAssets } from '../../src/site/release-assets.js';
import { ROOT, runCli } from '../helpers/book.js';
import { REPOSITORY, twoIssues } from './issues-fixture.js';

const issue = await loadIssue(path.join(ROOT, 'issues', '2024-02'));

describe('releaseAssets', () => {
  it('links the release of the issue’s tag, with the file names the build and the workflow use', () => {
    expect(releaseAssets(issue, 'octo-org/qikan').map((a) => [a.format, a.mediaType, a.url])).toEqual([
      ['epub', 'application/epub+zip', 'https://github.com/octo-org/qikan/releases/download/2024-02/llxx-2024-02.epub'],
      ['azw3', 'application/x-mobi8-ebook', 'https://github.com/octo-org/qikan/releases/download/2024-02/llxx-2024-02.azw3'],
      ['mobi', 'application/x-mobipocket-ebook', 'https://github.com/octo-org/qikan/releases/download/2024-02/llxx-2024-02.mobi'],
    ]);
  });
});

describe('parseRepository', () => {
  it.each(['octo-org/qikan', 'a/b', 'Yc-2/llxx.books', 'o/repo_name-1'])('accepts %s', (repository) => {
    expect(() => parseRepository(repository)).not.toThrow();
  });

  it.each(['', 'qikan', 'octo-org/', '/qikan', 'a/b/c', 'https://github.com/a/b', '-org/qikan', 'org/..', 'org/q ikan', 'org/qikan"><script>'])(
    'rejects “%s” with one line saying how it should look',
    (repository) => {
      const error = (() => {
        try {
          parseRepository(repository);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).diagnostics).toHaveLength(1);
      expect((error as UserError).diagnostics[0]).toMatchObject({ ruleId: 'site/repository', file: 'GITHUB_REPOSITORY' });
      expect((error as UserError).message).toMatch(/owner\/repo/);
    },
  );
});

describe('deviceGuide', () => {
  it('gives the release notes’ advice, one entry per format, word for word', () => {
    const guide = deviceGuide();
    expect(guide.map((g) => g.format)).toEqual(['epub', 'azw3', 'mobi']);
    const notes = releaseNotes(issueReleaseText(issue), { epub: 'a.epub', azw3: 'a.azw3', mobi: 'a.mobi' }, []);
    for (const advice of guide) expect(notes).toContain(`| ${advice.text} |`);
    expect(guide[0]!.text).toContain('Send to Kindle');
    expect(guide[1]!.text).toContain('USB');
    expect(guide[2]!.text).toContain('2012');
  });
});

describe('qikan site --released', () => {
  it('lists only the issues that have a release: no page, feed entry or button for the others', async () => {
    const root = await twoIssues();
    const work = path.dirname(root);
    const result = await runCli(['site', '--out', 'site', '--repository', REPOSITORY, '--released', '2024-02,2023-11'], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    const files = await readdir(path.join(work, 'site'));
    expect(files).toContain('2024-02.html');
    expect(files).not.toContain('2024-03.html');
    const shelf = await readFile(path.join(work, 'site', 'index.html'), 'utf8');
    const feed = await readFile(path.join(work, 'site', 'opds.xml'), 'utf8');
    expect(shelf).toContain('/releases/download/2024-02/');
    for (const text of [shelf, feed]) expect(text).not.toContain('2024-03');
  }, 120_000);

  // Found by a hostile review: the site published a page without the note, and said nothing.
  it('refuses sources the check refuses, with the check’s lines, and writes nothing', async () => {
    const root = await twoIssues();
    const work = path.dirname(root);
    await appendFile(path.join(root, '2024-03', '01-xi-tuanbai.md'), '\n[^x]: 未使用的注释。\n');
    const result = await runCli(['site', '--out', 'site', '--repository', REPOSITORY], { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^issues\/2024-03\/01-xi-tuanbai\.md:\d+:1 {2}error {2}note\/unused {2}/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    await expect(readdir(path.join(work, 'site'))).rejects.toThrow(/ENOENT/);
  }, 120_000);

  it('with no released issue among the sources: one line saying to release one first; a bad id is a usage mistake', async () => {
    const work = path.dirname(await twoIssues());
    const none = await runCli(['site', '--out', 'site', '--repository', REPOSITORY, '--released', ''], { cwd: work });
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('issues  error  site/nothing-released  holds no issue that has a release (released: none) — release an issue first: push its tag, e.g. 2024-02\n');
    const bad = await runCli(['site', '--released', '2024'], { cwd: work });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--released takes issue ids like 2024-02,2024-03, not “2024”/);
  }, 60_000);
});
