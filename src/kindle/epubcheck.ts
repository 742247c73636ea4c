// EPUBCheck, the W3C's conformance checker, as the gate before any Kindle
// conversion: Calibre repairs or drops what it does not understand, so a
// broken EPUB would turn into a Kindle book that looks fine and is not.
// Zero fatals, errors and warnings are required.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { existsSync, promisify } from '../builtins.js';
import { fileProblem, type Diagnostic } from '../diagnostic.js';
import { displayPath } from '../files.js';
import { killIfInterrupted, removeScratchFolder, scratchFolder } from '../output/interruption.js';

const execFileAsync = promisify(execFile);

/** Where Debian's and Ubuntu's epubcheck package puts the jar; EPUBCHECK_JAR overrides. */
const DEFAULT_EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';

/**
 * EPUBCheck is a short-lived JVM run: most of its time is the JIT compiling
 * code it runs once. The client compiler alone (TieredStopAtLevel=1) and the
 * serial collector cut its CPU time from ~14 s to ~6 s on the 2024-02 book
 * (same report), which leaves the cores to Calibre running beside it.
 */
/*
 * A heap bound: EPUBCheck reads every XML file with a DTD-aware parser, and a
 * book that expands entities (a billion-laughs SVG) took it to 5.6 GB; the
 * 2024-02 book needs about 100 MB.
 */
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xmx768m'];

/**
 * A time bound: that same book kept EPUBCheck busy for over 11 minutes. The
 * 2024-02 book takes ~6 s of CPU; an annual volume a few times that.
 * QIKAN_EPUBCHECK_TIMEOUT (seconds) overrides.
 */
const EPUBCHECK_TIMEOUT_S = 300;

function timeoutSeconds(): number {
  const set = Number(process.env.QIKAN_EPUBCHECK_TIMEOUT);
  return Number.isFinite(set) && set > 0 ? set : EPUBCHECK_TIMEOUT_S;
}

const INSTALL_HINT = 'install it: apt-get install -y epubcheck default-jre-headless (or download it from https://github.com/w3c/epubcheck/releases and set EPUBCHECK_JAR to the jar)';

export interface EpubcheckReport {
  messages: { ID: string; severity: string; message: string; locations: { path: string; line: number; column: number }[] }[];
}

export interface EpubcheckOptions {
  /** The jar; default EPUBCHECK_JAR or Debian's. */
  jar?: string;
  /** How messages name the book, when `epubPath` is a staged temporary of it. */
  shownAs?: string;
  /** Seconds before EPUBCheck is stopped; default QIKAN_EPUBCHECK_TIMEOUT or EPUBCHECK_TIMEOUT_S. */
  timeoutSeconds?: number;
}

/** Every EPUBCheck message above INFO/USAGE, as diagnostics; [] when the EPUB passes. */
export async function epubcheckProblems(epubPath: string, options: EpubcheckOptions = {}): Promise<Diagnostic[]> {
  const jar = options.jar ?? process.env.EPUBCHECK_JAR ?? DEFAULT_EPUBCHECK_JAR;
  if (!existsSync(jar)) return [fileProblem(jar, 'kindle/epubcheck-missing', `EPUBCheck is not installed — ${INSTALL_HINT}`)];
  const workDir = await scratchFolder('epubcheck');
  const jsonPath = path.join(workDir, 'report.json');
  let output = '';
  const limit = options.timeoutSeconds ?? timeoutSeconds();
  const shown = options.shownAs ?? displayPath(epubPath);
  try {
    try {
      const running = execFileAsync('java', [...JVM_FLAGS, '-jar', jar, '--json', jsonPath, epubPath], {
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
        timeout: limit * 1000,
        killSignal: 'SIGKILL',
      });
      killIfInterrupted(running.child);
      await running;
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string; killed?: boolean; signal?: string };
      if (e.code === 'ENOENT') return [fileProblem('java', 'kindle/epubcheck-missing', `is not installed, and EPUBCheck needs it — ${INSTALL_HINT}`)];
      if (e.killed || e.signal === 'SIGKILL') {
        return [fileProblem(shown, 'kindle/epubcheck-timeout', `EPUBCheck did not finish within ${limit} s and was stopped — the book is too large or holds something that makes it work without end (set QIKAN_EPUBCHECK_TIMEOUT to allow longer)`)];
      }
      if (/OutOfMemoryError/.test(`${e.stdout ?? ''}${e.stderr ?? ''}`)) {
        return [fileProblem(shown, 'kindle/epubcheck-memory', 'EPUBCheck ran out of its 768 MB of memory and was stopped — the book is too large or holds something that expands without end')];
      }
      // Exit 1 means "found problems": the report says which.
      output = `${e.stdout ?? ''}\n${e.stderr ?? ''}`;
    }
    return reportProblems(await readReport(jsonPath), epubPath, shown, output);
  } finally {
    await removeScratchFolder(workDir);
  }
}

/** EPUBCheck's --json report, or undefined when it wrote none. */
export async function readReport(jsonPath: string): Promise<EpubcheckReport | undefined> {
  try {
    return JSON.parse(await readFile(jsonPath, 'utf8')) as EpubcheckReport;
  } catch {
    return undefined;
  }
}

/** The report's FATAL, ERROR and WARNING messages as diagnostics about `shown` (the book as the user knows it). */
export function reportProblems(report: EpubcheckReport | undefined, epubPath: string, shown: string, output: string): Diagnostic[] {
  if (report === undefined) {
    // No report at all (a file that is not a ZIP can stop EPUBCheck early): its own words.
    const tail = output.trim().split('\n').slice(-5).join(' | ');
    return [fileProblem(shown, 'kindle/epubcheck', `EPUBCheck could not check it: ${tail || 'no report written'}`)];
  }
  return report.messages
    .filter((m) => ['FATAL', 'ERROR', 'WARNING'].includes(m.severity))
    .map((m) => {
      const at = m.locations[0];
      // A location inside the book is written file!/entry, as Java names a
      // ZIP entry; some messages (a missing file) locate the book itself.
      const inside = at !== undefined && at.path !== path.basename(epubPath) && !path.isAbsolute(at.path);
      const file = inside ? `${shown}!/${at.path}` : shown;
      return fileProblem(file, `epubcheck/${m.ID}`, `${m.severity.toLowerCase()}: ${m.message}`, Math.max(at?.line ?? 0, 0), Math.max(at?.column ?? 0, 0));
    });
}
