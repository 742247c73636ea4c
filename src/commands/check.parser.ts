// `qikan check [ID|DIR]... [--fix] [--format text|json|github]`: argv → a CheckRequest. Pure.
import { parseCommandArgs, stringValue, UsageError } from './args.js';

export interface CheckRequest {
  /** Issue ids or folders; none means every issue under ./issues. */
  targets: string[];
  fix: boolean;
  format: 'text' | 'json' | 'github';
}

export function parseCheckCommand(args: string[]): CheckRequest {
  const { values, positionals } = parseCommandArgs(args, { fix: { type: 'boolean' }, format: { type: 'string' } });
  const format = stringValue(values, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'github') throw new UsageError(`--format must be text, json or github, not “${format}”`);
  return { targets: positionals, fix: values.fix === true, format };
}
