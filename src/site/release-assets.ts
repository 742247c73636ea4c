// Where an issue's books are downloaded from: the assets of its GitHub
// release (tag = issue id), the same files the release workflow uploads.
// Pure: the shelf page and the OPDS feed both link through this.
import { bookFileName, bookStem, type BookFormat } from '../book-files.js';
import { fileProblem, UserError } from '../diagnostic.js';
import type { Issue } from '../issue/model.js';

export interface ReleaseAsset {
  format: BookFormat;
  /** <slug>-<id>.<format>, as src/book-files.ts names every file of a book. */
  fileName: string;
  url: string;
  /** IANA / de-facto media types, as OPDS clients match them. */
  mediaType: string;
  /** Button text on the shelf. */
  label: string;
}

/** EPUB first: it suits most readers; MOBI last, for old Kindles only. */
const FORMATS: ReadonlyArray<Omit<ReleaseAsset, 'fileName' | 'url'>> = [
  { format: 'epub', mediaType: 'application/epub+zip', label: '下载 EPUB' },
  // KF8: the type Calibre's content server and MobileRead use for .azw3.
  { format: 'azw3', mediaType: 'application/x-mobi8-ebook', label: 'Kindle（AZW3）' },
  { format: 'mobi', mediaType: 'application/x-mobipocket-ebook', label: '旧款 Kindle（MOBI）' },
];

// GitHub's rules for owner (39 chars, letters, digits, hyphens) and repository names.
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** Checks `owner/repo`; a UserError names where it came from when it is malformed. */
export function parseRepository(repository: string): { owner: string; repo: string } {
  if (!REPOSITORY.test(repository) || repository.endsWith('/.') || repository.endsWith('/..')) {
    throw new UserError(
      fileProblem('GITHUB_REPOSITORY', 'site/repository', repository === '' ? 'is not set — pass --repository owner/repo (e.g. octo-org/qikan) or set GITHUB_REPOSITORY' : `“${repository}” is not a GitHub repository written owner/repo, e.g. octo-org/qikan`),
    );
  }
  const [owner, repo] = repository.split('/') as [string, string];
  return { owner, repo };
}

export function releaseAssets(issue: Issue, repository: string): ReleaseAsset[] {
  const { owner, repo } = parseRepository(repository);
  const base = `https://github.com/${owner}/${repo}/releases/download/${encodeURIComponent(issue.id)}`;
  return FORMATS.map((f) => {
    const fileName = bookFileName(bookStem(issue.series.slug, issue.id), f.format);
    return { ...f, fileName, url: `${base}/${encodeURIComponent(fileName)}` };
  });
}

/** The page listing every release, for the shelf's footer. */
export function releasesPage(repository: string): string {
  const { owner, repo } = parseRepository(repository);
  return `https://github.com/${owner}/${repo}/releases`;
}
