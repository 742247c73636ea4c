// `qikan import FILE [--id ID] [--into DIR] [--force]`: argv → an ImportRequest. Pure.
import path from 'node:path';
import { ISSUE_ID } from '../book-files.js';
import type { ImportOptions } from '../import/command.js';
import { parseCommandArgs, stringValue, UsageError } from './args.js';

/** What the import is asked: its options as the import takes them (paths absolute, `into` default ./issues). */
export type ImportRequest = ImportOptions;

export function parseImportCommand(args: string[]): ImportRequest {
  const { values, positionals } = parseCommandArgs(args, { id: { type: 'string' }, into: { type: 'string' }, force: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UsageError('import takes one file: qikan import 2024-03.docx');
  const id = stringValue(values, 'id');
  if (id !== undefined && !ISSUE_ID.test(id)) throw new UsageError(`--id must look like 2024-03, not “${id}”`);
  return { input: path.resolve(positionals[0]!), into: path.resolve(stringValue(values, 'into') ?? 'issues'), ...(id !== undefined ? { id } : {}), force: values.force === true };
}
