// A static HTTP server on the loopback address for an unpacked book and the
// harness page, so that the harness page may script the book's documents in
// its iframe (file:// pages are of different origins in WebKit).
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PAGE } from './geometry.js';

export const HARNESS_PAGE = '/__qikan-harness.html';

const TYPES: Record<string, string> = {
  '.xhtml': 'application/xhtml+xml',
  '.html': 'text/html',
  '.css': 'text/css',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.otf': 'font/otf',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

function harnessPage(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>qikan typography harness</title>
<style>html, body { margin: 0; padding: 0; background: #fff; } iframe { display: block; border: 0; width: ${PAGE.width}px; height: ${PAGE.height}px; }</style>
</head><body><iframe id="book"></iframe></body></html>`;
}

export interface BookServer {
  url: (file: string) => string;
  close: () => Promise<void>;
}

export async function serveBook(dir: string): Promise<BookServer> {
  const server = http.createServer(async (request, response) => {
    const file = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (file === HARNESS_PAGE) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(harnessPage());
      return;
    }
    const target = path.join(dir, path.normalize(file));
    if (!target.startsWith(dir + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(target);
      response.writeHead(200, { 'content-type': TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (file) => `http://127.0.0.1:${port}/${file.split('/').map(encodeURIComponent).join('/')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
