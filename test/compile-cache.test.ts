// Node's compile cache (Node ≥ 22.1): where the CLI keeps it — the user's
// cache folder, never beside the sources — and that it is really written,
// on the Node that runs this test (skipped on Node 20, which has none).
import module from 'node:module';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheDir } from '../src/compile-cache.js';
import { ROOT, runCli, tempDir } from './helpers/book.js';

const hasCompileCache = typeof (module as unknown as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe('compileCacheDir', () => {
  it('is $XDG_CACHE_HOME/qikan, else ~/.cache/qikan', () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/cache/me' }, '/home/me')).toBe('/var/cache/me/qikan');
    expect(compileCacheDir({}, '/home/me')).toBe('/home/me/.cache/qikan');
    // The XDG spec: a relative path is invalid and must be ignored.
    expect(compileCacheDir({ XDG_CACHE_HOME: 'cache' }, '/home/me')).toBe('/home/me/.cache/qikan');
    expect(compileCacheDir({}, '')).toBeUndefined();
  });
});

describe.skipIf(!hasCompileCache)(`the CLI on Node ${process.versions.node}`, () => {
  it('keeps compiled code under $XDG_CACHE_HOME/qikan, and nothing beside the sources', async () => {
    const cache = await tempDir();
    const before = readdirSync(path.join(ROOT, 'dist-js')).sort();
    const result = await runCli(['check', '2024-02'], { env: { XDG_CACHE_HOME: cache, NODE_COMPILE_CACHE: '' } });
    expect(result.code, result.stderr).toBe(0);
    const [versionFolder] = readdirSync(path.join(cache, 'qikan'));
    expect(versionFolder).toMatch(new RegExp(`^v${process.versions.node}-`));
    expect(readdirSync(path.join(cache, 'qikan', versionFolder!)).length).toBeGreaterThan(3);
    expect(readdirSync(path.join(ROOT, 'dist-js')).sort()).toEqual(before);
    expect(existsSync(path.join(ROOT, 'node_modules', '.cache', 'qikan'))).toBe(false);
  });

  it('NODE_DISABLE_COMPILE_CACHE=1 turns it off', async () => {
    const cache = await tempDir();
    const result = await runCli(['--version'], { env: { XDG_CACHE_HOME: cache, NODE_DISABLE_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: '' } });
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(path.join(cache, 'qikan'))).toBe(false);
  });
});
