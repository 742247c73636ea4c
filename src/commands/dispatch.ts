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

type Runner<Request> = (request: Request, out: Out) => Promise<number>;

/** A command: its parser runs first; its runner's module is imported only then. */
function lazyCommand<Request>(parse: (args: string[]) => Request, runner: () => Promise<Runner<Request>>) {
  return async (args: string[], out: Out): Promise<number> => {
    const request = parse(args);
    return (await runner())(request, out);
  };
}

const COMMANDS: Record<string, (args: string[], out: Out) => Promise<number>> = {
  build: lazyCommand(parseBuildCommand, async () => (await import('./build.runner.js')).runBuild),
  release: lazyCommand(parseReleaseCommand, async () => (await import('./release.runner.js')).runRelease),
  check: lazyCommand(parseCheckCommand, async () => (await import('./check.runner.js')).runCheckCommand),
  import: lazyCommand(parseImportCommand, async () => (await import('./import.runner.js')).runImportCommand),
  site: lazyCommand(parseSiteCommand, async () => (await import('./site.runner.js')).runSite),
  preview: lazyCommand(parsePreviewCommand, async () => (await import('./preview.runner.js')).runPreview),
};

/** Runs `qikan <command> <args>`; returns the exit code, or throws a UserError / UsageError / bug. */
export async function dispatch(command: string, args: string[], out: Out): Promise<number> {
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) throw new UsageError(`unknown command “${command}”`);
  return run(args, out);
}
