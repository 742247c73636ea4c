// What every command's parser shares: Node's parseArgs (strict, with
// --debug allowed everywhere), usage mistakes as UsageError (exit 2), the
// --out folder. Parsers turn argv into a plain request and touch nothing.
import path from 'node:path';
import { parseArgs } from '../builtins.js';

/** Where a runner prints its report: whole lines, each ending in \n. */
export type Out = (text: string) => void;

/** A usage mistake: the CLI prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}

export type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(args: string[], options: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...options, debug: { type: 'boolean' } }, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function stringValue(values: ParsedArgs['values'], name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** --out DIR as an absolute path, or `fallback` (relative to the working directory). */
export function outDirValue(values: ParsedArgs['values'], fallback: string): string {
  return path.resolve(stringValue(values, 'out') ?? fallback);
}
