// Compiles the CLI for `npm ci` (the `prepare` script): one ESM bundle with
// code splitting, so each command loads only its own chunks. Measured with
// `npm run bench`: a warm single-issue build went from ~450 ms to ~320 ms,
// almost all of it module resolution and loading of ~200 small files.
// Native and WebAssembly packages stay external: they locate their binaries
// relative to their own package folders.
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync(new URL('../dist-js', import.meta.url), { recursive: true, force: true });
await build({
  // The build worker is an entry of its own: worker threads load it by file name.
  entryPoints: ['src/cli.ts', 'src/build-worker.ts'],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist-js',
  external: ['@resvg/resvg-js', 'subset-font', '@expo-google-fonts/noto-serif-sc'],
  // Bundled CommonJS dependencies call require(); give every chunk one.
  banner: { js: "import { createRequire as __qikanRequire } from 'node:module'; const require = __qikanRequire(import.meta.url);" },
  logLevel: 'warning',
});
chmodSync(new URL('../dist-js/cli.js', import.meta.url), 0o755);
