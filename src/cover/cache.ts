// The on-disk cache of rendered covers: one file per distinct input, named by
// a hash of everything that decides the pixels, so an unchanged issue is never
// re-rendered and a changed one can never be served a stale image.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

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
 * Writes to a unique temporary name in the same folder, then renames: rename
 * within one file system is atomic, so a concurrent build or a crash leaves
 * either the old entry or the complete new one, never half a PNG.
 */
export async function writeCacheEntry(file: string, data: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
