// `qikan check`: the check stage's own runner (src/check/command.ts) on the
// issue folders the request names.
import { runCheck } from '../check/command.js';
import type { Out } from './args.js';
import type { CheckRequest } from './check.parser.js';
import { resolveIssueDirs } from './issue-dirs.js';

export async function runCheckCommand(request: CheckRequest, out: Out): Promise<number> {
  const dirs = await resolveIssueDirs(request.targets);
  return runCheck({ dirs, fix: request.fix, format: request.format }, out);
}
