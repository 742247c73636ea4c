// Node's on-disk compile cache (module.enableCompileCache, Node ≥ 22.1):
// V8 keeps the code it compiled for our modules and the libraries we bundle,
// so the next run skips compiling ~2.5 MB of JavaScript. It lives in the
// user's cache folder — never beside the sources or in the package — and is
// quietly skipped where Node has none (Node 20) or cannot use the folder.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off; NODE_COMPILE_CACHE=DIR moves it.
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

type EnableCompileCache = (directory?: string) => { status: number; message?: string; directory?: string };

/** $XDG_CACHE_HOME/qikan, else ~/.cache/qikan; undefined without a home folder. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string | undefined {
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'qikan');
  return home ? path.join(home, '.cache', 'qikan') : undefined;
}

/** Turns the cache on for this thread: the CLI entry and each build worker call it before loading anything else. */
export function enableCompileCache(): void {
  const enable = (module as unknown as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (enable === undefined) return;
  try {
    // An explicit NODE_COMPILE_CACHE has already turned it on, where the user asked.
    if (process.env.NODE_COMPILE_CACHE) return;
    const dir = compileCacheDir();
    if (dir !== undefined) enable(dir);
  } catch {
    // A cache is an optimisation: whatever goes wrong, run without it.
  }
}
