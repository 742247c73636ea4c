// Running Calibre's command-line tools (ebook-convert, calibre-debug): the one
// place this stage spawns processes. Calibre is a Qt application; headless
// runs need the "offscreen" platform plugin and must not try an X display.
import { execFile, type ExecFileOptions } from 'node:child_process';
import { fileProblem, UserError } from '../diagnostic.js';
import { killIfInterrupted, removeScratchFolder, scratchFolder } from '../output/interruption.js';

export type CalibreTool = 'ebook-convert' | 'calibre-debug';

/** How a failure names the tool: calibre-debug runs the read-back (src/kindle/read-back.ts). */
export const TOOL_WORDS: Record<CalibreTool, string> = {
  'ebook-convert': 'ebook-convert',
  'calibre-debug': 'reading it back with Calibre (ebook-meta, ebook-convert)',
};

const CALIBRE_INSTALL_HINT =
  'install Calibre: apt-get install -y calibre (Debian/Ubuntu), or see https://calibre-ebook.com/download';

/** A conversion of a 1–2 MB book takes seconds; ten minutes means Calibre hangs. */
const TIMEOUT_MS = 10 * 60 * 1000;

export interface CalibreOutput {
  stdout: string;
  stderr: string;
}

/** For a run of several steps: the step that failed (asked once it has), as the book it was about and the words naming it. */
export type FailedStep = () => { subject: string; words: string };

/**
 * Runs a Calibre tool. A missing tool is a UserError saying how to install it;
 * a failing run is a UserError about `subject` (the book being read or made),
 * or about the step `failedStep` names, with the end of Calibre's output, which
 * names the actual problem. `signal` stops the tool (its AbortError is rethrown
 * as it is: the caller knows why).
 */
export async function runCalibre(tool: CalibreTool, args: string[], subject: string, signal?: AbortSignal, failedStep?: FailedStep): Promise<CalibreOutput> {
  const configDir = await scratchFolder('calibre-config');
  try {
    return await runToTheEnd(tool, args, {
      env: calibreEnvironment(configDir),
      maxBuffer: 64 * 1024 * 1024,
      timeout: TIMEOUT_MS,
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    const e = error as NodeJS.ErrnoException & { stdout?: string; stderr?: string; killed?: boolean };
    if (e.code === 'ENOENT') {
      throw new UserError(fileProblem(tool, 'kindle/calibre-missing', `is not installed or not on PATH — ${CALIBRE_INSTALL_HINT}`));
    }
    // Calibre's error (a traceback) is on stderr, its progress on stdout: the error last.
    const output = `${e.stdout ?? ''}\n${e.stderr ?? ''}`.trim().split('\n').slice(-8).join(' | ');
    const why = e.killed ? `did not finish within ${TIMEOUT_MS / 60000} minutes` : `failed (exit ${String(e.code)})`;
    const step = failedStep?.() ?? { subject, words: TOOL_WORDS[tool] };
    throw new UserError(fileProblem(step.subject, 'kindle/calibre-failed', `${step.words} ${why}: ${output}`));
  } finally {
    await removeScratchFolder(configDir);
  }
}

/**
 * execFile, settled only when the process has ended: aborted or timed out,
 * Node rejects at once while the killed tool may still be writing — the
 * caller would discard its staged files under it.
 */
function runToTheEnd(tool: string, args: string[], options: ExecFileOptions): Promise<CalibreOutput> {
  return new Promise((resolve, reject) => {
    const child = execFile(tool, args, { ...options, encoding: 'utf8' }, (error, stdout, stderr) => {
      const settle = () => (error ? reject(Object.assign(error, { stdout, stderr })) : resolve({ stdout, stderr }));
      const ended = child.pid === undefined || child.exitCode !== null || child.signalCode !== null;
      if (ended) settle();
      else child.once('close', settle);
    });
    killIfInterrupted(child);
  });
}

/**
 * The environment for Calibre: no DISPLAY/WAYLAND_DISPLAY (a dead X server
 * would otherwise make Qt abort), the offscreen Qt platform, and a fresh
 * configuration folder so a maintainer's Calibre plugins and preferences
 * cannot change what the release contains (and CI writes nothing to $HOME),
 * which also holds Calibre's working files.
 */
function calibreEnvironment(configDir: string): NodeJS.ProcessEnv {
  const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, ...inherited } = process.env;
  // Calibre's own working files (calibre_*_tmp_*) go in the same folder, removed with it.
  // A fixed hash seed: Python's sets of strings iterate in the same order every run (read-back.ts).
  return { ...inherited, QT_QPA_PLATFORM: 'offscreen', CALIBRE_CONFIG_DIRECTORY: configDir, TMPDIR: configDir, PYTHONHASHSEED: '0' };
}
