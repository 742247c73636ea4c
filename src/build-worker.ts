// Worker thread entry for build-many.ts: builds its share of the issues and
// posts the outcomes back; an internal error travels back as a stack trace.
// Like the CLI's entry, it turns on Node's compile cache before it loads the
// build (a worker is a Node instance of its own: the main thread's cache
// setting does not reach it).
import { parentPort, workerData } from 'node:worker_threads';
import type { BuildOptions } from './build.js';
import { enableCompileCache } from './compile-cache.js';

enableCompileCache();
const { buildInThisThread } = await import('./build-many.js');
const { dirs, options } = workerData as { dirs: string[]; options: BuildOptions };
buildInThisThread(dirs, options).then(
  (outcomes) => parentPort!.postMessage({ outcomes }),
  (error: unknown) => parentPort!.postMessage({ bug: (error as Error)?.stack ?? String(error) }),
);
