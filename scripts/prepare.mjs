// The prepare script (`npm ci`, `npm test`): type-check the sources, then
// compile the CLI into dist-js/ (scripts/bundle.mjs). TypeScript and esbuild
// are development packages; an install without them — `npm ci --omit=dev` on
// a checkout whose CLI is compiled already — keeps dist-js/ as it is and says
// so, and one with no compiled CLI says what to run instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * In this checkout's own node_modules: Node's resolution would also find a
 * TypeScript of a project the checkout sits in, whose type check then fails
 * for want of this project's development packages.
 */
function installed(name) {
  return existsSync(path.join(root, 'node_modules', name, 'package.json'));
}

if (!installed('typescript') || !installed('esbuild')) {
  if (existsSync(new URL('../dist-js/cli.js', import.meta.url))) {
    console.log('qikan: development packages not installed (npm ci --omit=dev): the compiled CLI in dist-js/ is kept as it is');
    process.exit(0);
  }
  console.error('qikan: the CLI is not compiled, and compiling it needs the development packages (TypeScript, esbuild) — run npm ci without --omit=dev');
  process.exit(1);
}

const typecheck = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--noEmit'], { cwd: root, stdio: 'inherit' });
if (typecheck.status !== 0) process.exit(typecheck.status ?? 1);
await import('./bundle.mjs');
