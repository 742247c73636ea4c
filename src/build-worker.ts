// Worker thread entry for build-many.ts: builds its share of the issues and
// posts the outcomes back; an internal error travels back as a stack trace.
import { parentPort, workerData } from 'node:worker_threads';
import type { BuildOptions } from './build.js';
import { buildInThisThread } from './build-many.js';

const { dirs, options } = workerData as { dirs: string[]; options: BuildOptions };
buildInThisThread(dirs, options).then(
  (outcomes) => parentPort!.postMessage({ outcomes }),
  (error: unknown) => parentPort!.postMessage({ bug: (error as Error)?.stack ?? String(error) }),
);
