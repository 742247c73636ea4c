// `qikan preview`: starts the preview (src/preview/) of the issue the request
// names, prints its address, and runs until Ctrl-C (SIGINT) or SIGTERM, then
// stops the watcher and the server and returns.
import path from 'node:path';
import { startPreview } from '../preview/preview.js';
import type { Out } from './args.js';
import { resolveIssueDirs } from './issue-dirs.js';
import type { PreviewRequest } from './preview.parser.js';

export async function runPreview(request: PreviewRequest, out: Out): Promise<number> {
  // No issue named: the newest one, the one being edited.
  const dirs = await resolveIssueDirs(request.target !== undefined ? [request.target] : []);
  const issueDir = dirs.at(-1)!;
  const preview = await startPreview({ issueDir, port: request.port, cacheDir: path.join(request.outDir, '.cache'), out });
  out(`preview of ${path.basename(issueDir)}: ${preview.url}\n(loopback only; it rebuilds on every save — Ctrl-C stops it)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await preview.stop();
  out('preview stopped\n');
  return 0;
}
