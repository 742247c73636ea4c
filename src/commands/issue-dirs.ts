// The issue folders a command names, for its runner: an id (2024-02) is
// ./issues/<id> unless a folder of that name is right here; anything else is
// a folder; nothing means every issue under ./issues.
import path from 'node:path';
import { existsSync, statSync } from '../builtins.js';
import { ISSUE_ID } from '../book-files.js';
import { UserError } from '../diagnostic.js';
import { displayPath } from '../files.js';
import { findIssueDirs } from '../issue/load.js';

/** ./issues, where ids and years are looked up. */
export const ISSUES_ROOT = 'issues';

export async function resolveIssueDirs(targets: string[]): Promise<string[]> {
  if (targets.length === 0) {
    const dirs = await findIssueDirs(path.resolve(ISSUES_ROOT));
    if (dirs.length === 0) throw new UserError({ ruleId: 'source/no-issues', severity: 'error', file: ISSUES_ROOT, line: 0, column: 0, message: 'holds no issue folder (named like 2024-02)' });
    return dirs;
  }
  const dirs = targets.map((target) => (ISSUE_ID.test(target) && !existsSync(target) ? path.resolve(ISSUES_ROOT, target) : path.resolve(target)));
  const missing = dirs.filter((dir) => !statSync(dir, { throwIfNoEntry: false })?.isDirectory());
  if (missing.length > 0) {
    throw new UserError(
      missing.map((dir) => ({
        ruleId: 'source/no-issue',
        severity: 'error' as const,
        file: displayPath(dir),
        line: 0,
        column: 0,
        message: 'is not an issue folder — name an issue by its id (2024-02, a folder under ./issues) or give the path of a folder holding issue.yaml',
      })),
    );
  }
  return dirs;
}
