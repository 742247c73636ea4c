// Reading issues/<id>/check.yaml (the per-issue ignores, see ignores.ts):
// what `qikan check` and the check that `qikan build` runs first both need,
// so it sits in the check stage, not in either command.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { UserError, type Diagnostic } from '../diagnostic.js';
import { displayPath } from '../files.js';
import { readSource } from '../issue/read-source.js';
import type { SourceFile } from '../issue/model.js';
import { parseCheckConfig, type Ignore } from './ignores.js';

/** issues/<id>/check.yaml, when there is one. */
export async function readCheckConfig(dir: string): Promise<{ ignores: Ignore[]; diagnostics: Diagnostic[] }> {
  const file = path.join(dir, 'check.yaml');
  let source: SourceFile;
  try {
    source = await readSource(file, { inside: dir });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    if (error.diagnostics.every((d) => d.ruleId === 'source/missing-file') && !(await exists(file))) return { ignores: [], diagnostics: [] };
    return { ignores: [], diagnostics: error.diagnostics };
  }
  return parseCheckConfig(source.text, displayPath(file));
}

async function exists(file: string): Promise<boolean> {
  try {
    await (await open(file)).close();
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}
