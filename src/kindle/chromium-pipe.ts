// Chromium driven over its DevTools pipe (`--remote-debugging-pipe`): the
// handful of DevTools Protocol commands Ace's pages need (ace-pages.ts), and
// nothing else. The protocol on the pipe is JSON messages, each ended by a NUL
// byte: commands go out on the child's fd 3, answers and events come back on
// fd 4.
//
// Why not playwright-core, which the tests still use for their browser work: a
// release runs Ace while EPUBCheck and Calibre share two cores, so every second
// of CPU is a second of the release. Loading playwright-core took ~0.5 s of CPU,
// and its machinery around each document (the scripts it injects, its protocol
// validation, the events it follows) ~0.5 s more on 2024-02, for the eleven
// commands used here (measured 2026-12-01, see README “The release”).
import { spawn, type ChildProcess } from 'node:child_process';
import { killIfInterrupted } from '../output/interruption.js';

/** What a command's answer or an event carries (the protocol's JSON). */
export type ProtocolObject = Record<string, unknown>;

export interface ProtocolEvent {
  method: string;
  params: ProtocolObject;
  sessionId?: string;
}

interface Waiting {
  resolve(result: ProtocolObject): void;
  reject(error: Error): void;
}

/** How long a browser asked to close may take before it is killed. */
const CLOSE_GRACE_MS = 5_000;

export class ChromiumPipe {
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();
  private readonly listeners = new Set<(event: ProtocolEvent) => void>();
  private ended: Error | undefined;
  private readonly exited: Promise<void>;
  /** Resolves with the reason once the browser can no longer answer (it crashed, or was closed). */
  readonly whenEnded: Promise<Error>;
  private markEnded: (reason: Error) => void = () => undefined;

  private stderr = '';

  private constructor(private readonly child: ChildProcess) {
    child.stderr?.setEncoding('utf8').on('data', (text: string) => (this.stderr = (this.stderr + text).slice(-2000)));
    // A browser that could not start closes no streams: its error ends it.
    child.once('error', (error) => this.end(error));
    this.exited = new Promise((resolve) => {
      child.once('close', () => resolve());
      child.once('error', () => resolve());
    });
    this.whenEnded = new Promise((resolve) => (this.markEnded = resolve));
    const input = child.stdio[4] as NodeJS.ReadableStream;
    let pending: Buffer[] = [];
    input.on('data', (chunk: Buffer) => {
      let start = 0;
      for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
        pending.push(chunk.subarray(start, end));
        // JSON escapes every control character, so a NUL only ever ends a message.
        this.receive(JSON.parse(Buffer.concat(pending).toString('utf8')) as ProtocolObject);
        pending = [];
        start = end + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    });
    input.on('error', () => undefined);
    (child.stdio[3] as NodeJS.WritableStream).on('error', () => undefined);
    child.once('close', (code, signal) => this.end(new Error(`Chromium ended (${signal ?? `exit ${String(code)}`})`)));
  }

  /**
   * Starts `executable` headless with `args` (a --user-data-dir among them).
   * Its own process group: close() takes its helper processes with it, and so
   * does an interrupted run (src/output/interruption.ts). If this process dies
   * instead, the pipe closes and Chromium ends by itself. ready() says when it answers.
   */
  static start(executable: string, args: readonly string[]): ChromiumPipe {
    const child = spawn(executable, ['--headless', '--remote-debugging-pipe', ...args, 'about:blank'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      detached: true,
    });
    killIfInterrupted(child, { group: true });
    return new ChromiumPipe(child);
  }

  /**
   * Resolves once the browser answers; rejects with why it cannot (it is not
   * there, it ended — with the last line it printed — or it gave no answer
   * within `timeoutMs`, after which it is closed).
   */
  async ready(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const silent = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Chromium gave no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      await Promise.race([this.send('Browser.getVersion'), silent]);
    } catch (error) {
      await this.close();
      const last = this.stderr.trim().split('\n').at(-1);
      throw new Error(`${(error as Error).message}${last ? `: ${last}` : ''}`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends a command (to a page when `sessionId` is given); resolves with its result. */
  send(method: string, params: ProtocolObject = {}, sessionId?: string): Promise<ProtocolObject> {
    if (this.ended) return Promise.reject(this.ended);
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      (this.child.stdio[3] as NodeJS.WritableStream).write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Calls `listener` with every event until the returned function is called. */
  onEvent(listener: (event: ProtocolEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Asks the browser to close, and kills its process group if it has not within a few seconds. */
  async close(): Promise<void> {
    if (!this.ended) void this.send('Browser.close').catch(() => undefined);
    const closed = await Promise.race([this.exited.then(() => true), new Promise<false>((resolve) => setTimeout(resolve, CLOSE_GRACE_MS, false).unref())]);
    if (this.child.pid !== undefined) {
      try {
        // Its zygotes and renderers too: they are in its process group.
        process.kill(-this.child.pid, 'SIGKILL');
      } catch {
        // The group has gone already.
      }
    }
    if (!closed) await this.exited;
  }

  private receive(message: ProtocolObject): void {
    if (typeof message.id === 'number') {
      const waiting = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      const error = message.error as { message?: string } | undefined;
      if (error) waiting?.reject(new Error(error.message ?? 'DevTools command failed'));
      else waiting?.resolve((message.result ?? {}) as ProtocolObject);
      return;
    }
    const event = message as unknown as ProtocolEvent;
    for (const listener of [...this.listeners]) listener(event);
  }

  private end(reason: Error): void {
    this.ended ??= reason;
    this.markEnded(this.ended);
    for (const waiting of this.waiting.values()) waiting.reject(this.ended);
    this.waiting.clear();
  }
}
