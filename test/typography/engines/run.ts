// Runs an engine's command with a time limit. The command runs in its own
// process group and the whole group is stopped at the limit: a reading engine
// can loop for minutes on one page (MuPDF did, ENGINES.md), and Calibre and
// WebKit start helper processes of their own.
import { spawn } from 'node:child_process';

export interface RunResult {
  stdout: string;
  stderr: string;
}

export function runTool(command: string, args: readonly string[], options: { timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child.pid);
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const result = { stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
      if (timedOut) reject(new Error(`${command} did not finish within ${options.timeoutMs / 1000} s and was stopped`));
      else if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}): ${result.stderr.trim().split('\n').slice(-5).join(' | ')}`));
      else resolve(result);
    });
  });
}

/** Stops a process started by runTool and everything it started. */
export function stopGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
