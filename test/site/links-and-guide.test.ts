// The shelf's pure parts: where the buttons point, which repositories are
// accepted, and the device guide read from the release notes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostic.js';
import { loadIssue } from '../../src/issue/load.js';
import { releaseNotes } from '../../src/release/notes.js';
import { deviceGuide } from '../../src/site/device-guide.js';
import { parseRepository, releaseAssets } from '../../src/site/release-assets.js';
import { ROOT } from '../helpers/book.js';

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
    const notes = releaseNotes(issue, { epub: 'a.epub', azw3: 'a.azw3', mobi: 'a.mobi' }, []);
    for (const advice of guide) expect(notes).toContain(`| ${advice.text} |`);
    expect(guide[0]!.text).toContain('Send to Kindle');
    expect(guide[1]!.text).toContain('USB');
    expect(guide[2]!.text).toContain('2012');
  });
});
