// The command word → its parser, then its runner. Parsers are small and
// loaded with this module, so a usage mistake is reported before anything
// heavy loads; each runner (and the core it drives) is imported only when
// its command runs.
import { UsageError, type Out } from './args.js';
import { parseBuildCommand } from './build.parser.js';
import { parseCheckCommand } from './check.parser.js';
import { parseImportCommand } from './import.parser.js';
import { parsePreviewCommand } from './preview.parser.js';
import { parseReleaseCommand } from './release.parser.js';
import { parseSiteCommand } from './site.parser.js';

const COMMANDS: Record<string, (args: string[], out: Out) => Promise<number>> = {
  build: async (args, out) => {
    const request = parseBuildCommand(args);
    return (await import('./build.runner.js')).runBuild(request, out);
  },
  release: async (args, out) => {
    const request = parseReleaseCommand(args);
    return (await import('./release.runner.js')).runRelease(request, out);
  },
  check: async (args, out) => {
    const request = parseCheckCommand(args);
    return (await import('./check.runner.js')).runCheckCommand(request, out);
  },
  import: async (args, out) => {
    const request = parseImportCommand(args);
    return (await import('./import.runner.js')).runImportCommand(request, out);
  },
  site: async (args, out) => {
    const request = parseSiteCommand(args);
    return (await import('./site.runner.js')).runSite(request, out);
  },
  preview: async (args, out) => {
    const request = parsePreviewCommand(args);
    return (await import('./preview.runner.js')).runPreview(request, out);
  },
};

/** Runs `qikan <command> <args>`; returns the exit code, or throws a UserError / UsageError / bug. */
export async function dispatch(command: string, args: string[], out: Out): Promise<number> {
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) throw new UsageError(`unknown command “${command}”`);
  return run(args, out);
}
