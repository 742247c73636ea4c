// `qikan release ID|DIR|YEAR [--out DIR]`: argv → a ReleaseRequest. A year
// (2024) releases that year's 合订本, as an issue id releases the issue. Pure.
import { YEAR } from '../book-files.js';
import { outDirValue, parseCommandArgs, UsageError } from './args.js';

export type ReleaseRequest =
  /** One issue: its id (2024-02) or its folder. */
  | { kind: 'issue'; target: string; outDir: string }
  /** The annual 合订本 of `year`, from the issues under ./issues. */
  | { kind: 'year'; year: number; outDir: string };

export function parseReleaseCommand(args: string[]): ReleaseRequest {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('release takes exactly one issue or year: qikan release 2024-02, qikan release 2024');
  const [target] = positionals as [string];
  const outDir = outDirValue(values, 'dist');
  return YEAR.test(target) ? { kind: 'year', year: Number(target), outDir } : { kind: 'issue', target, outDir };
}
