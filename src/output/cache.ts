// The on-disk cache of rendered covers and cut fonts: one file per distinct
// input, named by a hash of everything that decides its bytes, so an
// unchanged issue is never rendered again and a changed one can never be
// served a stale file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from '../builtins.js';
import { removeStaleTemporaries, writeFileAtomic } from './atomic-write.js';

/** JSON with object keys sorted, so equal inputs hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function cacheKey(inputs: unknown): string {
  return createHash('sha256').update(canonicalJson(inputs)).digest('hex');
}

/**
 * The cached bytes when the entry exists and `isValid` accepts them. Anything
 * else — missing, unreadable, truncated by a crash — is a miss: the caller
 * renders again and overwrites it.
 */
export async function readCacheEntry(file: string, isValid: (data: Buffer) => boolean): Promise<Buffer | undefined> {
  try {
    const data = await readFile(file);
    return isValid(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Atomic (temporary name in the same folder, then rename), through the same
 * helper as the books: a crash or a concurrent build leaves either no entry or
 * a complete one, and debris from a killed build is swept on the next write.
 */
export async function writeCacheEntry(file: string, data: Buffer): Promise<void> {
  await removeStaleTemporaries(path.dirname(file));
  await writeFileAtomic(file, data);
}
