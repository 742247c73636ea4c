// `qikan build [ID|DIR]... [--out DIR] [--kindle]` and `qikan build --year
// YYYY [--out DIR] [--kindle]`: argv → a BuildRequest. Pure.
import { YEAR } from '../book-files.js';
import { outDirValue, parseCommandArgs, stringValue, UsageError } from './args.js';

export type BuildRequest =
  /** Issues: ids (2024-02) or folders; none means every issue under ./issues. */
  | { kind: 'issues'; targets: string[]; outDir: string; kindle: boolean }
  /** The annual 合订本 of `year`, from the issues under ./issues. */
  | { kind: 'year'; year: number; outDir: string; kindle: boolean };

export function parseBuildCommand(args: string[]): BuildRequest {
  const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, kindle: { type: 'boolean' }, year: { type: 'string' } });
  const outDir = outDirValue(values, 'dist');
  const kindle = values.kindle === true;
  const year = stringValue(values, 'year');
  if (year === undefined) return { kind: 'issues', targets: positionals, outDir, kindle };
  if (!YEAR.test(year)) throw new UsageError(`--year must be a year like 2024, not “${year}”`);
  if (positionals.length > 0) throw new UsageError('--year builds every issue of that year under ./issues; name no issue with it');
  return { kind: 'year', year: Number(year), outDir, kindle };
}
