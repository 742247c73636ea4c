// Ace by DAISY, the EPUB accessibility checker (axe-core in a browser, plus
// checks of the package's accessibility metadata), as EPUBCheck's companion:
// EPUBCheck says the book is well-formed, Ace says a reader with a screen
// reader can use it. Every violation becomes one diagnostic.
//
// Ace is the npm package @daisy/ace-cli (the `ace` command without the
// Electron app that @daisy/ace adds); it drives Chromium through Puppeteer.
// .puppeteerrc.cjs stops Puppeteer downloading a browser of its own, so Ace
// is pointed at the system's Chromium (PUPPETEER_EXECUTABLE_PATH).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileProblem, type Diagnostic } from '../diagnostic.js';
import { displayPath } from '../files.js';

const INSTALL_HINT = 'install it: npm install --save-dev @daisy/ace-cli (no browser is downloaded: .puppeteerrc.cjs) and apt-get install -y chromium';
const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const DEFAULT_TIME_LIMIT_MS = 180_000;

export interface AceOptions {
  /** The Chromium Ace drives; default PUPPETEER_EXECUTABLE_PATH, QIKAN_CHROMIUM or Debian's. */
  chromium?: string;
  /** Ace's bin/ace.js; default the one of the installed @daisy/ace-cli. */
  aceScript?: string;
  /** Ace is stopped (with its browser) after this long; default 3 minutes. */
  timeLimitMs?: number;
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
  const aceScript = options.aceScript ?? installedAceScript();
  if (aceScript === undefined || !existsSync(aceScript)) return [fileProblem('ace', 'kindle/ace-missing', `Ace by DAISY is not installed — ${INSTALL_HINT}`)];
  const chromium = options.chromium ?? process.env.PUPPETEER_EXECUTABLE_PATH ?? process.env.QIKAN_CHROMIUM ?? DEFAULT_CHROMIUM;
  if (!existsSync(chromium)) return [fileProblem(chromium, 'kindle/ace-missing', `is not there, and Ace needs Chromium — ${INSTALL_HINT}`)];
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'qikan-ace-'));
  try {
    const run = await runAce(aceScript, chromium, epubPath, workDir, options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
    if (run.timedOut) return [fileProblem(shown, 'kindle/ace', `Ace did not finish within ${Math.round((options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS) / 1000)} s and was stopped`)];
    const report = await readReport(path.join(workDir, 'report', 'report.json'));
    if (report === undefined) {
      const tail = run.output.trim().split('\n').slice(-5).join(' | ');
      return [fileProblem(shown, 'kindle/ace', `Ace could not check it (exit ${run.code}): ${tail || 'no report written'}`)];
    }
    return aceViolations(report, shown);
  } finally {
    await rm(workDir, { recursive: true, force: true });
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

function installedAceScript(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('@daisy/ace-cli/package.json');
    return path.join(path.dirname(manifest), 'bin', 'ace.js');
  } catch {
    return undefined;
  }
}

interface AceRun {
  code: number | null;
  output: string;
  timedOut: boolean;
}

/** Ace in its own process group, so that a time-out stops its browser too. */
function runAce(aceScript: string, chromium: string, epubPath: string, workDir: string, timeLimitMs: number): Promise<AceRun> {
  return new Promise((resolve, reject) => {
    const args = [aceScript, '--silent', '--force', '--outdir', path.join(workDir, 'report'), '--tempdir', path.join(workDir, 'tmp'), epubPath];
    const child = spawn(process.execPath, args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromium, PUPPETEER_SKIP_DOWNLOAD: 'true' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeLimitMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

async function readReport(jsonPath: string): Promise<AceReport | undefined> {
  try {
    return JSON.parse(await readFile(jsonPath, 'utf8')) as AceReport;
  } catch {
    return undefined;
  }
}
