// series.yaml and the imported text must tell the same story: when the file
// exists, the title page's publisher, title and editor must agree with it (a
// disagreement is the maintainer's to settle, never silently taken); when it
// is missing, it is written from the cover, title page and closing lines.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { fileProblem, UserError, type Diagnostic } from '../diagnostic.js';
import { displayPath } from '../files.js';
import { loadSeries } from '../issue/load.js';
import { SeriesSchema, type Series } from '../issue/schema.js';
import type { ImportedIssue } from './build-issue.js';
import { seriesSlug } from './slug.js';

export async function readExistingSeries(file: string): Promise<Series | undefined> {
  try {
    await stat(file);
  } catch (error) {
    // Absent (or its folder is not there yet): it will be written; writing reports a bad path.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
  }
  return (await loadSeries(file)).series;
}

const compact = (value: string): string => value.replace(/\s+/g, '');

/** One diagnostic per field that the text prints differently from series.yaml. */
export function seriesDisagreements(series: Series, issue: ImportedIssue, seriesFile: string, inputDisplay: string): Diagnostic[] {
  const fields = ['publisher', 'title', 'editor'] as const;
  return fields.flatMap((field) => {
    const printed = issue.printed[field];
    const recorded = series[field];
    if (printed === undefined || (recorded !== undefined && compact(recorded) === compact(printed))) return [];
    const has = recorded === undefined ? `has no ${field}` : `has ${field} "${recorded}"`;
    return [
      fileProblem(
        displayPath(seriesFile),
        'import/series-mismatch',
        `${has}, but the title page of ${inputDisplay} prints "${printed}" — correct whichever is wrong, then import again`,
      ),
    ];
  });
}

/** The text of a new series.yaml, validated against the schema the build will apply. */
export function newSeriesText(issue: ImportedIssue, seriesFile: string, inputDisplay: string): string {
  const { printed, closing } = issue;
  if (!printed.title || !printed.publisher) {
    throw new UserError(
      fileProblem(
        displayPath(seriesFile),
        'import/no-series',
        `is missing and ${inputDisplay} has no title page naming the publisher and the series title (publisher, title, (第N次) on separate lines) — write series.yaml first (see README.md)`,
      ),
    );
  }
  // The cover takes at most 4 lines of each kind (src/issue/cover-style.ts).
  const fits = (lines: string[]): boolean => lines.length > 0 && lines.length <= 4;
  const cover = {
    ...(fits(printed.organisation) ? { organisation: printed.organisation } : {}),
    ...(fits(printed.titleLines) ? { title_lines: printed.titleLines } : {}),
  };
  const value = {
    title: printed.title,
    publisher: printed.publisher,
    ...(printed.editor ? { editor: printed.editor } : {}),
    language: 'zh-CN',
    slug: seriesSlug(printed.title),
    ...(printed.slogan ? { slogan: printed.slogan } : {}),
    ...(closing.motto ? { motto: closing.motto } : {}),
    ...(closing.backNote ? { back_note: closing.backNote } : {}),
    ...(Object.keys(cover).length > 0 ? { cover } : {}),
  };
  const checked = SeriesSchema.safeParse(value);
  if (!checked.success) {
    const first = checked.error.issues[0]!;
    throw new UserError(fileProblem(displayPath(seriesFile), 'import/no-series', `cannot be written from ${inputDisplay}: ${first.path.join('.')} ${first.message}`));
  }
  const header = `# What every issue of the periodical shares, read from ${path.basename(inputDisplay)}. The fields are documented in README.md.\n`;
  return header + stringify(value, { lineWidth: 0 });
}
