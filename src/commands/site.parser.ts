// `qikan site [--out DIR] [--repository OWNER/REPO] [--released IDS] [--no-search]`:
// argv → a SiteRequest. Pure: the $GITHUB_REPOSITORY default is the runner's.
import path from 'node:path';
import { ISSUE_ID } from '../book-files.js';
import { outDirValue, parseCommandArgs, stringValue, UsageError } from './args.js';

export interface SiteRequest {
  outDir: string;
  /** owner/repo; undefined: the runner takes $GITHUB_REPOSITORY. */
  repository?: string;
  /** Only these issue ids get a page; undefined: every issue. */
  released?: string[];
  /** --no-search: no full-text index (search.html then offers the contents only). */
  search: boolean;
}

export function parseSiteCommand(args: string[]): SiteRequest {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, repository: { type: 'string' }, released: { type: 'string' }, 'no-search': { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError('site takes no issue: it lists every issue under ./issues (--released limits it)');
  const releasedList = stringValue(values, 'released');
  const released = releasedList?.split(/[\s,]+/).filter(Boolean);
  const badId = released?.find((id) => !ISSUE_ID.test(id));
  if (badId !== undefined) throw new UsageError(`--released takes issue ids like 2024-02,2024-03, not “${badId}”`);
  const repository = stringValue(values, 'repository');
  return {
    outDir: outDirValue(values, path.join('dist', 'site')),
    ...(repository !== undefined ? { repository } : {}),
    ...(released ? { released } : {}),
    search: values['no-search'] !== true,
  };
}
