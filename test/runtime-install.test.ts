// The install without development packages: a checkout with the CLI compiled
// (dist-js/), installed with `npm ci --omit=dev`. The libraries qikan bundles
// into dist-js (markdown-it, cheerio, zod, epub-gen-memory, yaml …) are
// development packages; what stays in "dependencies" is what the compiled CLI
// loads from node_modules at run time (native code, WebAssembly, fonts, pdf.js,
// Pagefind). This test proves that list complete — build, the annual volume,
// the shelf with its search index and a PDF import all run there, the book the
// same bytes as with every package installed — and the install under 60 MB.
// The command is the README's: npm ci runs the prepare script, which keeps the
// compiled CLI when the compilers are not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/book.js';
import { toolAvailable } from './helpers/tools.js';
import { closeBrowser, FIXTURES, printFixture } from './import/pdf/print-pdf.js';

const haveChromium = toolAvailable('chromium');
let dir: string;
let work: string;
let prepared: string;

/** The files a checkout has (tracked, or new and not ignored), and the compiled CLI. */
function copyCheckout(into: string): void {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  for (const file of listed.split('\0')) {
    if (file === '' || !existsSync(path.join(ROOT, file))) continue;
    mkdirSync(path.dirname(path.join(into, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(into, file));
  }
  cpSync(path.join(ROOT, 'dist-js'), path.join(into, 'dist-js'), { recursive: true });
}

function cli(args: string[]) {
  return spawnSync(process.execPath, [path.join(dir, 'dist-js', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8' });
}

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'qikan-runtime-'));
  dir = path.join(work, 'qikan');
  copyCheckout(dir);
  // From npm's cache where it can: the full install of this checkout filled it.
  const installed = spawnSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, encoding: 'utf8' });
  if (installed.status !== 0) throw new Error(`npm ci --omit=dev failed:\n${installed.stdout}\n${installed.stderr}`);
  prepared = installed.stdout;
}, 300_000);

afterAll(async () => {
  await closeBrowser();
  rmSync(work, { recursive: true, force: true });
});

describe('the install without development packages', () => {
  it('keeps the compiled CLI, saying so, where the compilers are not installed', () => {
    expect(prepared).toMatch(/development packages not installed \(npm ci --omit=dev\): the compiled CLI in dist-js\/ is kept as it is/);
    expect(existsSync(path.join(dir, 'dist-js', 'cli.js'))).toBe(true);
  });

  it('says what to run, and fails, where the CLI is not compiled and cannot be — a project around the checkout with TypeScript does not count', () => {
    const around = path.join(work, 'around');
    for (const name of ['typescript', 'esbuild']) {
      mkdirSync(path.join(around, 'node_modules', name), { recursive: true });
      writeFileSync(path.join(around, 'node_modules', name, 'package.json'), JSON.stringify({ name, version: '0.0.0' }));
    }
    const bare = path.join(around, 'qikan');
    mkdirSync(path.join(bare, 'scripts'), { recursive: true });
    cpSync(path.join(ROOT, 'scripts', 'prepare.mjs'), path.join(bare, 'scripts', 'prepare.mjs'));
    const prepare = spawnSync(process.execPath, [path.join(bare, 'scripts', 'prepare.mjs')], { cwd: bare, encoding: 'utf8' });
    expect(prepare.status).toBe(1);
    expect(prepare.stderr.trim()).toBe('qikan: the CLI is not compiled, and compiling it needs the development packages (TypeScript, esbuild) — run npm ci without --omit=dev');
  });

  it('is under 60 MB, vendored packages counted, and has none of the bundled libraries', () => {
    const du = execFileSync('du', ['-skL', path.join(dir, 'node_modules')], { encoding: 'utf8' });
    expect(Number(du.split('\t')[0]) / 1024).toBeLessThan(60);
    const installed = readdirSync(path.join(dir, 'node_modules'));
    for (const bundled of ['markdown-it', 'cheerio', 'zod', 'epub-gen-memory', 'yaml', 'mammoth', 'vitest']) expect(installed).not.toContain(bundled);
  });

  it('builds 2024-02 to the same bytes as the full install', async () => {
    const built = cli(['build', '2024-02', '--out', 'out']);
    expect(built.status, built.stderr).toBe(0);
    const full = await runCli(['build', '2024-02', '--out', path.join(work, 'full')]);
    expect(full.code, full.stderr).toBe(0);
    const name = path.join('2024-02', 'llxx-2024-02.epub');
    expect(readFileSync(path.join(dir, 'out', name)).equals(readFileSync(path.join(work, 'full', name)))).toBe(true);
  }, 120_000);

  it('builds the annual volume and the shelf with its search index', () => {
    const annual = cli(['build', '--year', '2024', '--out', 'out']);
    expect(annual.status, annual.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'out', '2024', 'llxx-2024.epub'))).toBe(true);
    const site = cli(['site', '--out', 'site', '--repository', 'owner/repo']);
    expect(site.status, site.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'site', 'pagefind')).some((name) => name.startsWith('pagefind-entry'))).toBe(true);
  }, 120_000);

  it.skipIf(!haveChromium && process.env.CI !== 'true')('imports a printed PDF (pdf.js, its CMaps and fonts from vendor/) with no warning', async () => {
    const { pdf, cleanup } = await printFixture('2024-05');
    try {
      const into = path.join(work, 'imported');
      mkdirSync(into);
      cpSync(path.join(ROOT, 'issues', 'series.yaml'), path.join(into, 'series.yaml'));
      const imported = cli(['import', pdf, '--into', into]);
      expect(imported.status, imported.stderr).toBe(0);
      expect(imported.stderr).toBe('');
      const expected = path.join(FIXTURES, '2024-05-expected');
      for (const file of readdirSync(expected)) {
        expect(readFileSync(path.join(into, '2024-05', file), 'utf8'), file).toBe(readFileSync(path.join(expected, file), 'utf8'));
      }
    } finally {
      await cleanup();
    }
  }, 120_000);
});
