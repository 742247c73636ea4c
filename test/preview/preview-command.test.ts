// `qikan preview` as a command: it prints a loopback address that serves the
// issue, and Ctrl-C (SIGINT) stops it cleanly with exit status 0. The parser
// turns its arguments into a request and refuses a bad port.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/commands/args.js';
import { parsePreviewCommand } from '../../src/commands/preview.parser.js';
import { CLI, copyIssues } from '../helpers/book.js';

describe('qikan preview', () => {
  it('parses an issue, a port and the output folder; no issue means the newest', () => {
    expect(parsePreviewCommand([])).toEqual({ port: 0, outDir: path.resolve('dist') });
    expect(parsePreviewCommand(['2024-02', '--port', '8080', '--out', 'out'])).toEqual({ target: '2024-02', port: 8080, outDir: path.resolve('out') });
    for (const args of [['--port', 'x'], ['--port', '70000'], ['2024-02', '2024-03']]) expect(() => parsePreviewCommand(args)).toThrow(UsageError);
  });

  it('prints its address, serves the page there, and stops on Ctrl-C with status 0', async () => {
    const cwd = await copyIssues();
    const child = spawn(process.execPath, [CLI, 'preview'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed:\n${stdout}`)), 60_000);
      child.stdout.on('data', () => {
        const match = /preview of 2024-02: (http:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<html lang="zh-CN">');
    const stopping = Date.now();
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(5_000);
    expect(stdout).toContain('preview stopped');
  }, 90_000);
});
