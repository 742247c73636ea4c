// The README's Layout says which way imports run between the modules of
// src/ (cli at the top, diagnostic at the bottom). This test reads that line
// and every import of src/, so the order cannot drift from the code: a module
// imports from its own level or below, never from above, and every top-level
// module has its place in the line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');

/** The README's order: one entry per level, each the modules of that level (a/b/c). */
function readmeLevels(readme: string): Map<string, number> {
  const line = /never from above \(`([^`]+)`/.exec(readme)?.[1];
  if (line === undefined) throw new Error('README: the Layout line “never from above (`cli → …`” is missing');
  const levels = line.replace(/\s+/g, ' ').split('→').map((level) => level.trim().split('/'));
  return new Map(levels.flatMap((modules, level) => modules.map((name) => [name, level] as const)));
}

/** The top-level module a file of src/ belongs to: its folder, or the file's name for a file of src/ itself. */
function moduleOf(file: string): string {
  const [first, ...rest] = path.relative(SRC, file).split(path.sep);
  return rest.length === 0 ? first!.replace(/\.ts$/, '') : first!;
}

/** The relative modules a source imports, statically, dynamically or for its side effects. */
function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => match[1]!);
}

interface Import {
  file: string;
  from: string;
  to: string;
}

/** Every import between two different top-level modules of src/ (declaration files have none that run). */
function crossModuleImports(): Import[] {
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts')).map((name) => path.join(SRC, name));
  return files.flatMap((file) =>
    importsOf(readFileSync(file, 'utf8'))
      .map((specifier) => ({ file: path.relative(ROOT, file), from: moduleOf(file), to: moduleOf(path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts')) }))
      .filter((link) => link.from !== link.to),
  );
}

/** The imports that run up the order, as "file (from → to)". */
function upwardImports(imports: Import[], levels: Map<string, number>): string[] {
  return imports.filter((link) => (levels.get(link.to) ?? Infinity) < (levels.get(link.from) ?? -Infinity)).map((link) => `${link.file} (${link.from} → ${link.to})`);
}

describe('the README’s Layout', () => {
  const levels = readmeLevels(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
  const imports = crossModuleImports();

  it('gives every top-level module of src/ a level', () => {
    const modules = new Set(imports.flatMap((link) => [link.from, link.to]));
    expect([...modules].filter((name) => !levels.has(name)).sort()).toEqual([]);
  });

  it('is the direction of every import in src/: none runs from a lower level to a higher one', () => {
    // The reading must see the imports it judges: hundreds, build → epub among them.
    expect(imports.length).toBeGreaterThan(200);
    expect(imports.some((link) => link.from === 'build' && link.to === 'epub')).toBe(true);
    expect(upwardImports(imports, levels)).toEqual([]);
  });

  it('finds an import that runs upward, and only that one', () => {
    const order = readmeLevels('never from above (`cli → build → render/check → issue`)');
    const made: Import[] = [
      { file: 'src/render/a.ts', from: 'render', to: 'build' },
      { file: 'src/render/b.ts', from: 'render', to: 'check' },
      { file: 'src/build.ts', from: 'build', to: 'issue' },
    ];
    expect(upwardImports(made, order)).toEqual(['src/render/a.ts (render → build)']);
  });

  it('reads static, dynamic, re-exporting and side-effect imports, and no package import', () => {
    const source = ["import { a } from './a.js';", "import type { B } from '../b/b.js';", "export { c } from './c.js';", "import './d.js';", "const e = await import('./e.js');", "import z from 'zod';"].join('\n');
    expect(importsOf(source)).toEqual(['./a.js', '../b/b.js', './c.js', './d.js', './e.js']);
  });
});

describe('node:fs, node:util and node:crypto', () => {
  // An ES import of either reads all its exports, and their lazy ones (file
  // streams, TextDecoder, webcrypto) cost every command ~19 ms of start-up: src/builtins.ts.
  it('are imported only through src/builtins.ts, or for their types', () => {
    const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((name) => name.endsWith('.ts') && name !== 'builtins.ts');
    const importing = files.filter((name) => /^import (?!type )[^;]*from 'node:(fs|util|crypto)';$/m.test(readFileSync(path.join(SRC, name), 'utf8')));
    expect(files.length).toBeGreaterThan(100);
    expect(importing).toEqual([]);
  });
});
