// The W3C WebDriver protocol over HTTP (https://www.w3.org/TR/webdriver2/),
// as much of it as the harness needs, spoken with fetch to Debian's
// WebKitWebDriver (webkit2gtk-driver), which drives WebKitGTK's MiniBrowser.
// The driver needs a display: it runs under xvfb-run, in a process group of
// its own that is stopped as a whole.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { stopGroup } from './run.js';

export interface WebDriverSession {
  /** Runs `script` (a function body; `arguments` holds `args`) and returns its result, awaiting a promise. */
  execute<T>(script: string, args?: unknown[]): Promise<T>;
  navigate(url: string): Promise<void>;
  setWindowSize(width: number, height: number): Promise<void>;
  /** A PNG of the whole viewport (WebKitGTK 2.50's element screenshots come out partly black). */
  screenshot(): Promise<Buffer>;
  /** Ends the session, the browser and the driver. */
  quit(): Promise<void>;
  browserVersion: string;
}

export async function startWebKit(driver = 'WebKitWebDriver'): Promise<WebDriverSession> {
  const port = await freePort();
  const child = spawn('xvfb-run', ['-a', driver, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(base, child);
    const created = await command<{ sessionId: string; capabilities: { browserVersion: string } }>(base, 'POST', '/session', { capabilities: { alwaysMatch: {} } });
    const session = `${base}/session/${created.sessionId}`;
    await command(session, 'POST', '/timeouts', { script: 300_000, pageLoad: 120_000 });
    return {
      browserVersion: created.capabilities.browserVersion,
      execute: (script, args = []) => command(session, 'POST', '/execute/sync', { script, args }),
      navigate: async (url) => void (await command(session, 'POST', '/url', { url })),
      setWindowSize: async (width, height) => void (await command(session, 'POST', '/window/rect', { width, height })),
      screenshot: async () => Buffer.from(await command<string>(session, 'GET', '/screenshot'), 'base64'),
      quit: async () => {
        await command(session, 'DELETE', '').catch(() => undefined);
        stopGroup(child.pid);
      },
    };
  } catch (error) {
    stopGroup(child.pid);
    throw error;
  }
}

async function command<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const reply = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${reply.value.error ?? response.status}: ${reply.value.message ?? ''}`);
  return reply.value;
}

async function waitUntilReady(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver under xvfb-run exited with ${child.exitCode}`);
    try {
      const status = await command<{ ready: boolean }>(base, 'GET', '/status');
      if (status.ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('WebKitWebDriver did not answer within 30 s');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
