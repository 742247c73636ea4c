// The preview's HTTP server: loopback only (127.0.0.1 — nothing on the
// network can reach a maintainer's drafts), a free port unless one is asked
// for. It serves the latest build from memory, the error page while the
// sources cannot be built, and /__qikan/events, the Server-Sent Events
// stream that tells open pages to reload. A page connects to it with the
// generation it was served at (?since=N): a rebuild that came between the
// page's load and its connection — or while it was disconnected — reloads
// it at once; otherwise that save would be lost on it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const EVENTS_PATH = '/__qikan/events';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

export interface Served {
  body: string | Buffer;
  type?: string;
  status?: number;
  /** Content at this address never changes (fonts named by their hash). */
  immutable?: boolean;
  redirect?: string;
}

export interface PreviewServer {
  url: string;
  /** How many times pages were told to reload: the generation a page served now shows. */
  readonly generation: number;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

/** `resolve` answers a path (decoded, without query) with what to send. */
export async function startServer(port: number, resolve: (pathname: string) => Served): Promise<PreviewServer> {
  const streams = new Set<ServerResponse>();
  let reloads = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const pathname = safePath(request.url ?? '/');
    if (pathname === EVENTS_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write('retry: 500\n\n');
      const since = Number(new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('since'));
      if (Number.isInteger(since) && since < reloads) response.write(reloadEvent(reloads));
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    const served = pathname === undefined ? { status: 400, body: 'bad request' } : resolve(pathname);
    if (served.redirect) return void response.writeHead(302, { location: served.redirect }).end();
    const type = served.type ?? TYPES[path.extname(pathname ?? '')] ?? 'application/octet-stream';
    response.writeHead(served.status ?? 200, { 'content-type': type, 'cache-control': served.immutable ? 'max-age=31536000, immutable' : 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : served.body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    get generation() {
      return reloads;
    },
    reload() {
      reloads++;
      for (const stream of streams) stream.write(reloadEvent(reloads));
    },
    async close() {
      for (const stream of streams) stream.end();
      streams.clear();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}

function reloadEvent(generation: number): string {
  return `event: reload\ndata: ${generation}\n\n`;
}

/** The request's path, decoded, normalised, never above the root; undefined when it cannot be decoded. */
function safePath(url: string): string | undefined {
  try {
    return path.posix.normalize(decodeURIComponent(new URL(url, 'http://127.0.0.1').pathname));
  } catch {
    return undefined;
  }
}
