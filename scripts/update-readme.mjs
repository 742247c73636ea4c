// npm run docs: regenerate README's field tables (from the zod schemas) and rule table (from the rules).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Inside the project, so the bundle's bare imports (zod) resolve from node_modules.
const dir = mkdtempSync(path.join(process.cwd(), 'node_modules', '.qikan-docs-'));
const out = path.join(dir, 'readme-tables.mjs');
await build({ entryPoints: ['scripts/readme-tables.ts'], bundle: true, platform: 'node', format: 'esm', outfile: out, packages: 'external', logLevel: 'warning', absWorkingDir: process.cwd() });
const { updateReadme } = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });
const readmePath = new URL('../README.md', import.meta.url);
writeFileSync(readmePath, updateReadme(readFileSync(readmePath, 'utf8')));
