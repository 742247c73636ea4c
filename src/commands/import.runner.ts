// `qikan import`: the import stage (src/import/command.ts), then the check
// report on what it wrote — what is left is for a person to decide.
import { runCheck } from '../check/command.js';
import { formatDiagnostic } from '../diagnostic.js';
import { runImport } from '../import/command.js';
import { pageSummary } from '../import/page-numbers.js';
import { displayPath } from '../files.js';
import type { Out } from './args.js';
import type { ImportRequest } from './import.parser.js';

export async function runImportCommand(request: ImportRequest, out: Out): Promise<number> {
  const result = await runImport(request);
  const articles = result.files.filter((f) => f.endsWith('.md')).length;
  out(`imported ${articles} articles into ${displayPath(result.issueDir)}\n${pageSummary(result.pages)}\n`);
  for (const note of result.notes) out(`${formatDiagnostic(note)}\n`);
  out('What still needs a person:\n');
  await runCheck({ dirs: [result.issueDir], fix: false, format: 'text' }, out);
  // The import itself succeeded; the findings are for the maintainer to decide.
  return 0;
}
