// Many issues at once (a whole archive, CI, the annual rebuild): the issues
// are shared among worker threads, one per core, so a 50-issue build pays
// module loading once per core and uses both cores of the machine.
import os from 'node:os';
import { UserError, type Diagnostic } from './diagnostic.js';
import { buildIssue, type BuildOptions } from './build.js';
import { ownTemporariesGoIfInterrupted } from './output/atomic-write.js';

export interface IssueOutcome {
  dir: string;
  epubPath?: string;
  diagnostics?: Diagnostic[];
}

/** The worker thread entry: beside this module in the source tree, and in the bundle (an entry of its own). */
export const BUILD_WORKER = new URL('./build-worker.js', import.meta.url);

/** Below this many issues a worker's start-up costs more than it saves. */
const MIN_ISSUES_FOR_WORKERS = 4;

export async function buildIssues(dirs: string[], options: BuildOptions, workerUrl?: URL): Promise<IssueOutcome[]> {
  const workers = Math.min(os.availableParallelism?.() ?? os.cpus().length, Math.ceil(dirs.length / MIN_ISSUES_FOR_WORKERS));
  if (workerUrl === undefined || workers < 2) return buildInThisThread(dirs, options);
  // The workers' temporaries are this process's too, but a signal reaches only this thread.
  ownTemporariesGoIfInterrupted(options.outDir, true);
  // Round-robin, so neighbouring (similar-sized) issues spread over the workers.
  const shares = Array.from({ length: workers }, (_, w) => dirs.filter((_, i) => i % workers === w));
  const outcomes = (await Promise.all(shares.map((share) => runWorker(workerUrl, share, options)))).flat();
  return dirs.map((dir) => outcomes.find((o) => o.dir === dir)!);
}

export async function buildInThisThread(dirs: string[], options: BuildOptions): Promise<IssueOutcome[]> {
  const outcomes: IssueOutcome[] = [];
  for (const dir of dirs) {
    try {
      outcomes.push({ dir, epubPath: (await buildIssue(dir, options)).epubPath });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      outcomes.push({ dir, diagnostics: error.diagnostics });
    }
  }
  return outcomes;
}

async function runWorker(url: URL, dirs: string[], options: BuildOptions): Promise<IssueOutcome[]> {
  // Loaded only here: a build of one issue never starts a worker, and node:worker_threads costs it ~5 ms of start-up.
  const { Worker } = await import('node:worker_threads');
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: { dirs, options } });
    worker.once('message', (message: { outcomes?: IssueOutcome[]; bug?: string }) => {
      if (message.outcomes) resolve(message.outcomes);
      else reject(new Error(message.bug));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a build worker stopped with exit code ${code}`));
    });
  });
}
