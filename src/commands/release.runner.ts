// `qikan release`: runs the release core (src/release/release.ts) for an
// issue or a year and reports what it made: each asset, the notes and the
// manifest the workflow uploads from.
import path from 'node:path';
import { displayPath } from '../files.js';
import { releaseIssue, releaseYear, type ReleaseResult } from '../release/release.js';
import type { Out } from './args.js';
import { ISSUES_ROOT, resolveIssueDirs } from './issue-dirs.js';
import type { ReleaseRequest } from './release.parser.js';

export async function runRelease(request: ReleaseRequest, out: Out): Promise<number> {
  const options = { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH };
  let result: ReleaseResult;
  if (request.kind === 'year') {
    result = await releaseYear(path.resolve(ISSUES_ROOT), request.year, request.outDir, options);
  } else {
    const [dir] = await resolveIssueDirs([request.target]);
    result = await releaseIssue(dir!, request.outDir, options);
  }
  for (const asset of result.assets) out(`asset ${displayPath(asset)}\n`);
  out(`notes ${displayPath(result.notes)}\nmanifest ${displayPath(result.manifest)}\n`);
  return 0;
}
