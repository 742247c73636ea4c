// `qikan site`: builds the members' shelf (src/site/) and says where.
import path from 'node:path';
import { displayPath } from '../files.js';
import { buildSite } from '../site/build-site.js';
import type { Out } from './args.js';
import { ISSUES_ROOT } from './issue-dirs.js';
import type { SiteRequest } from './site.parser.js';

export async function runSite(request: SiteRequest, out: Out): Promise<number> {
  const repository = request.repository ?? process.env.GITHUB_REPOSITORY ?? '';
  const files = await buildSite({
    issuesRoot: path.resolve(ISSUES_ROOT),
    outDir: request.outDir,
    repository,
    ...(request.released ? { released: request.released } : {}),
    search: request.search,
  });
  out(`wrote ${files.length} files into ${displayPath(request.outDir)}\n`);
  return 0;
}
