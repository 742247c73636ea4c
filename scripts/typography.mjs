// npm run typography: the typography harness (test/typography/, TypeScript)
// bundled by esbuild and run with the repository as its root. It writes
// dist/typography/report.md, report.json and png/ (README “Typography harness”).
// The CLI bundle is rebuilt first (`npm run typography` does it), so the books
// are made from the sources as they are now.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// Inside the repository, so that the bundle finds node_modules; dist/ is not committed.
const outfile = path.join(root, 'dist', 'typography-harness.mjs');
await build({
  entryPoints: [path.join(root, 'test', 'typography', 'run-report.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
const { runReport } = await import(pathToFileURL(outfile).href);
await runReport(root);
