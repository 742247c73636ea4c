// Ace by DAISY, the EPUB accessibility checker (axe-core in a browser, plus
// checks of the package's accessibility metadata), as EPUBCheck's companion:
// EPUBCheck says the book is well-formed, Ace says a reader with a screen
// reader can use it. Every violation becomes one diagnostic.
//
// Ace runs in this process: @daisy/ace-core, the engine of the `ace` command
// and of the Ace app, with its pages opened in the system's Chromium over its
// DevTools pipe (ace-pages.ts says why not by Ace's own runner). Ace is a
// development package: a release needs it, a build does not, so it is loaded
// only here, when a check is asked for.
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { existsSync } from '../builtins.js';
import { fileProblem, type Diagnostic } from '../diagnostic.js';
import { displayPath } from '../files.js';
import { AcePages, type AxeRunner } from './ace-pages.js';
import { removeScratchFolder, scratchFolder } from '../output/interruption.js';

const INSTALL_HINT = 'install it: npm install --save-dev @daisy/ace-core (no browser is downloaded) and apt-get install -y chromium-headless-shell';
// Debian's Chromium as a headless shell, without the browser's own interface:
// the same engine, and about a third less CPU for Ace on 2024-02 (README, “The
// release”). Playwright, too, runs headless work in it. The whole browser serves
// where the shell is not installed.
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const DEFAULT_TIME_LIMIT_MS = 180_000;
// How long a stopped check may take to wind down before its folder is removed.
const SETTLE_MS = 10_000;

export interface AceOptions {
  /** The Chromium Ace runs in; default QIKAN_CHROMIUM, or Debian's headless shell, or Debian's Chromium. */
  chromium?: string;
  /** Ace is stopped (with its browser) after this long; default 3 minutes. */
  timeLimitMs?: number;
  /** How long the browser may take for one step (starting, a command, a document's load); default 60 s. */
  stepLimitMs?: number;
  /** How messages name the book, when `epubPath` is a staged temporary of it. */
  shownAs?: string;
}

/** Ace's report.json, the parts read here (EARL assertions per document). */
export interface AceReport {
  assertions?: {
    'earl:testSubject': { url: string };
    assertions?: {
      'earl:test': { 'dct:title': string; 'earl:impact': string; 'help'?: { 'dct:description'?: string } };
      'earl:result': { 'dct:description': string; 'earl:pointer'?: { css?: string[] } };
    }[];
  }[];
  'a11y-metadata'?: { missing?: string[] };
}

/** Every Ace violation as a diagnostic; [] when the book passes. */
export async function aceProblems(epubPath: string, options: AceOptions = {}): Promise<Diagnostic[]> {
  const shown = options.shownAs ?? displayPath(epubPath);
  const ace = loadAce();
  if (ace === undefined) return [fileProblem('ace', 'kindle/ace-missing', `Ace by DAISY is not installed — ${INSTALL_HINT}`)];
  const executable = options.chromium ?? process.env.QIKAN_CHROMIUM ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : DEFAULT_CHROMIUM);
  if (!existsSync(executable)) return [fileProblem(executable, 'kindle/ace-missing', `is not there, and Ace needs Chromium — ${INSTALL_HINT}`)];
  if (!existsSync(epubPath)) return [fileProblem(shown, 'kindle/ace', 'is not there, so Ace cannot check it')];
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const workDir = await scratchFolder('ace');
  const pages = new AcePages(executable, options.stepLimitMs);
  const restoreLog = withoutAceErrorLog();
  const checked = (async () => {
    // Unpacked here, so that nothing of the book outlives the check (Ace would unpack it in the
    // system's temporary folder until the process ends); Ace takes a folder as an unpacked EPUB.
    const book = path.join(workDir, 'book');
    await new ace.EPUB(path.resolve(epubPath)).extract(book);
    // Ace writes its report (JSON, HTML and the book's images) to outdir; without one it prints the
    // JSON to stdout. Without tmpdir it makes a folder of its own in the system's.
    const [, report] = await ace.check(book, { cwd: process.cwd(), outdir: path.join(workDir, 'report'), tmpdir: path.join(workDir, 'tmp'), silent: true }, pages);
    return report;
  })();
  let timer: NodeJS.Timeout | undefined;
  try {
    const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), timeLimitMs)));
    const outcome = await Promise.race([checked, expired]);
    if (outcome === 'expired') return [fileProblem(shown, 'kindle/ace', `Ace did not finish within ${seconds(timeLimitMs)} and was stopped`)];
    return aceViolations(outcome, shown);
  } catch (error) {
    return [fileProblem(shown, 'kindle/ace', `Ace could not check it: ${reason(error)}`)];
  } finally {
    clearTimeout(timer);
    // Closed pages stop a check still under way: it fails at its next document, or as its browser starts.
    await pages.close();
    await Promise.race([checked.catch(() => undefined), delay(SETTLE_MS, undefined, { ref: false })]);
    restoreLog();
    await removeScratchFolder(workDir);
  }
}

/** The violations of an Ace report, one diagnostic each, located as file!/entry. */
export function aceViolations(report: AceReport, shown: string): Diagnostic[] {
  return (report.assertions ?? []).flatMap((document) =>
    (document.assertions ?? []).map((assertion) => {
      const test = assertion['earl:test'];
      const where = assertion['earl:result']['earl:pointer']?.css?.join(', ');
      const message = `${test['earl:impact']}: ${assertion['earl:result']['dct:description']}${where ? ` (${where})` : ''}`;
      return { ...fileProblem(`${shown}!/${document['earl:testSubject'].url}`, `ace/${test['dct:title']}`, message), severity: severityOf(test['earl:impact']) };
    }),
  );
}

/** The accessibility metadata Ace looked for and did not find (reported, not violations). */
export function aceMissingMetadata(report: AceReport): string[] {
  return report['a11y-metadata']?.missing ?? [];
}

function severityOf(impact: string): Diagnostic['severity'] {
  return impact === 'critical' || impact === 'serious' ? 'error' : 'warning';
}

interface AceEngine {
  /** @daisy/ace-core's entry point: resolves with [job id, report] or rejects with the reason. */
  check: (epubPath: string, options: { cwd: string; outdir: string; tmpdir: string; silent: boolean }, runner: AxeRunner) => Promise<[string, AceReport]>;
  /** Ace's own EPUB reader (@daisy/epub-utils), which unpacks a book as Ace does, damaged ZIPs included. */
  EPUB: new (epubPath: string) => { extract(folder: string): Promise<unknown> };
}

function loadAce(): AceEngine | undefined {
  try {
    const core = createRequire(import.meta.url).resolve('@daisy/ace-core');
    const fromAce = createRequire(core);
    // Ace logs with winston's shared logger, which has no outlet until its
    // command adds one (and then writes log files); its errors reach us as
    // rejections, so the logger gets a silent outlet instead of complaining.
    const winston = fromAce('winston') as { configure(options: object): void; transports: { Console: new (options: object) => object } };
    winston.configure({ transports: [new winston.transports.Console({ silent: true })] });
    return { check: fromAce(core) as AceEngine['check'], EPUB: (fromAce('@daisy/epub-utils') as { EPUB: AceEngine['EPUB'] }).EPUB };
  } catch {
    return undefined;
  }
}

// Checks running at once in this process, and console.log as it was before the first.
let checksRunning = 0;
let consoleLog: typeof console.log = console.log;

/**
 * Ace prints the error of a document it could not check with console.log
 * (ace-core's checker-chromium.js) before it rejects with it: on qikan's
 * output that would be a stack trace. While Ace runs, errors given to
 * console.log alone are dropped; the rejection says what went wrong.
 */
function withoutAceErrorLog(): () => void {
  if (checksRunning++ === 0) {
    consoleLog = console.log;
    console.log = (...args: unknown[]) => {
      if (args.length === 1 && args[0] instanceof Error) return;
      consoleLog(...args);
    };
  }
  return () => {
    if (--checksRunning === 0) console.log = consoleLog;
  };
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

/** Ace rejects with an Error, or with the job id ('') when it has already logged the reason. */
function reason(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0]!;
  return typeof error === 'string' && error !== '' ? error : 'no report written (is it an EPUB?)';
}
