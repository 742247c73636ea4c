// `qikan preview [ID|DIR] [--port N] [--out DIR]`: argv → a PreviewRequest. Pure.
import { outDirValue, parseCommandArgs, stringValue, UsageError } from './args.js';

export interface PreviewRequest {
  /** An issue id or folder; undefined: the newest issue under ./issues. */
  target?: string;
  /** 0: a free port. */
  port: number;
  /** The build folder whose .cache holds the cut fonts (default dist). */
  outDir: string;
}

export function parsePreviewCommand(args: string[]): PreviewRequest {
  const { values, positionals } = parseCommandArgs(args, { port: { type: 'string' }, out: { type: 'string' } });
  if (positionals.length > 1) throw new UsageError('preview shows one issue: name one id (2024-02) or folder');
  const portText = stringValue(values, 'port');
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || portText === '') throw new UsageError(`--port takes a port number from 1 to 65535 (or 0 for a free one), not “${portText}”`);
  return { ...(positionals[0] !== undefined ? { target: positionals[0] } : {}), port, outDir: outDirValue(values, 'dist') };
}
