#!/usr/bin/env node
// The entry: Node's compile cache first (before any other module of ours is
// loaded), then --help and --version here, and every command through the
// dispatcher (src/commands/: parser → runner → core). Errors become exit
// codes: 1 a problem the user can fix, 2 a usage mistake, 70 a bug.
import { readFileSync } from './builtins.js';
import { enableCompileCache } from './compile-cache.js';
import { UsageError } from './commands/args.js';
import { HELP } from './commands/help.js';
import { formatDiagnostic, UserError } from './diagnostic.js';
import { cleanUpWhenInterrupted } from './output/interruption.js';

enableCompileCache();
// preview stops on Ctrl-C its own way (src/commands/preview.runner.ts), and makes no release.
if (process.argv[2] !== 'preview') cleanUpWhenInterrupted();

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (text: string) => void process.stdout.write(text);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    out(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    out(`${version()}\n`);
    return 0;
  }
  const { dispatch } = await import('./commands/dispatch.js');
  return dispatch(command, rest, out);
}

function version(): string {
  // ../package.json from src/ and from the bundle in dist-js/ alike.
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

// `qikan check | head`: the reader left; stop quietly, as Unix tools do, instead of an EPIPE trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

// Once nothing is left to run (no stream, timer, child or server pending, or
// 'beforeExit' would not fire), exit at once: Node's own way out then tears
// down the heap and the environment piece by piece, ~7 ms of a one-issue build
// (hyperfine, Node 24, 2026-12-01), for memory the system takes back anyway.
// process.exit still runs 'exit' listeners and writes the compile cache.
process.once('beforeExit', (code) => process.exit(code));

const argv = process.argv.slice(2);
const debug = argv.includes('--debug');
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UserError) {
      for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      if (debug) process.stderr.write(`${error.stack}\n`);
      process.exitCode = 1;
    } else if (error instanceof UsageError) {
      process.stderr.write(`qikan: ${error.message}\nRun “qikan --help” for usage.\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`qikan: internal error — this is a bug in qikan, please report it with the output below.\n${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 70;
    }
  },
);
