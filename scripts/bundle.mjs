// Compiles the CLI for `npm ci` (the `prepare` script): one ESM bundle with
// code splitting, so each command loads only its own chunks. Measured with
// `npm run bench`: a warm single-issue build went from ~450 ms to ~320 ms,
// almost all of it module resolution and loading of ~200 small files.
// Native and WebAssembly packages stay external: they locate their binaries
// relative to their own package folders.
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { asciiSource } from './ascii-source.mjs';

/**
 * epub-gen-memory validates its options with `ow` and downloads images with
 * node-fetch (which brings whatwg-url and its 300 KB tr46 table): ~35 ms of
 * module loading per run, by `node --cpu-prof`. We hand it options our own
 * code made and no URL at all, so we take the two modules its package.json
 * `browser` field names for exactly this: predicates-nop (no validation) and
 * fetchable-browser (the platform's fetch, never called). Same output.
 *
 * Its html-parse module cleans each chapter's HTML with its own copies of
 * htmlparser2, css-select, domutils and dom-serializer (~25 ms of loading on
 * Node 24, by --cpu-prof). qikan's chapters reach it with empty `content`
 * (src/epub/package.ts passes each document through its template instead),
 * and the parse of '' is ''. So html-parse is replaced by a module that
 * returns '' for '' and throws for anything else: a chapter with content
 * fails the build instead of being cleaned differently. Same output.
 */
const EMPTY_CHAPTERS_ONLY = `exports.fixHTML = function (index, html) {
  if (html !== '') throw new Error('qikan bundles epub-gen-memory for empty chapter content only (scripts/bundle.mjs); chapter ' + index + ' has content');
  return '';
};`;

/**
 * epub-gen-memory gathers the files it renders in a JSZip, and qikan takes
 * them from there (src/epub/package.ts) and writes the container itself with
 * Node's zlib (src/epub/zip.ts): JSZip's own writer, with pako's deflate and
 * its stream polyfills (~310 KB of bundle), is never called, yet loading
 * them took ~15 ms of every build on Node 24. So the bundle gives
 * epub-gen-memory scripts/stand-ins/file-map-zip.cjs in JSZip's place: a map
 * of its files as JSZip lists them, which refuses any other use, so a use
 * qikan does not make fails the build instead of writing something else. The
 * mammoth of the Word import keeps the real JSZip. Same EPUB bytes
 * (test/epub/bundled-libraries.test.ts).
 */
const FILE_MAP_ZIP = fileURLToPath(new URL('./stand-ins/file-map-zip.cjs', import.meta.url));

const epubGenMemoryLight = {
  name: 'epub-gen-memory-light',
  setup(context) {
    const variants = { './predicates': 'predicates-nop.js', './fetchable': 'fetchable-browser.js' };
    // Only epub-gen-memory's own modules (dist/lib/, its util/ below) get these: mammoth keeps the real JSZip.
    const inLib = (importer, ...below) => importer.includes(`${path.sep}${path.join('epub-gen-memory', 'dist', 'lib', ...below)}${path.sep}`);
    const inUtil = (importer) => inLib(importer, 'util');
    context.onResolve({ filter: /^\.\/(predicates|fetchable)$/ }, (args) => {
      if (!inUtil(args.importer)) return undefined;
      return { path: path.join(path.dirname(args.importer), variants[args.path]) };
    });
    context.onResolve({ filter: /^\.\/html-parse$/ }, (args) => (inUtil(args.importer) ? { path: 'html-parse', namespace: 'epub-gen-memory-empty-chapters' } : undefined));
    context.onLoad({ filter: /.*/, namespace: 'epub-gen-memory-empty-chapters' }, () => ({ contents: EMPTY_CHAPTERS_ONLY, loader: 'js' }));
    context.onResolve({ filter: /^jszip$/ }, (args) => (inLib(args.importer) ? { path: FILE_MAP_ZIP } : undefined));
  },
};

/**
 * BudouX's HTML processor parses HTML with linkedom (700 KB of bundle, ~100
 * ms of compiling at every start on Node 20); qikan calls only its parser on
 * plain text. Its package.json `browser` field swaps the DOM module for one
 * that uses the platform's DOMParser, never called here. Same phrases.
 */
const budouxWithoutDom = {
  name: 'budoux-without-dom',
  setup(context) {
    context.onResolve({ filter: /^\.\/dom\.js$/ }, (args) => {
      if (!args.importer.includes(`${path.sep}budoux${path.sep}`)) return undefined;
      return { path: path.join(path.dirname(args.importer), 'dom-browser.js') };
    });
  },
};

/**
 * BudouX's model is a 98 KB object literal. V8 parses JSON.parse of the same
 * text several times faster than it runs the literal (V8's own advice for
 * objects over 10 KB), and the compile cache then holds a string instead of
 * the literal’s bytecode: ~13 ms less per build on Node 24 (hyperfine,
 * 2026-12-01). The same object, so the same phrases. Marked pure, so the
 * models qikan never loads (Japanese, Thai, Traditional) stay out as before.
 */
const budouxModelAsJson = {
  name: 'budoux-model-as-json',
  setup(context) {
    context.onLoad({ filter: /[\\/]budoux[\\/]module[\\/]data[\\/]models[\\/][^\\/]+\.js$/ }, async (args) => {
      const { model } = await import(pathToFileURL(args.path).href);
      return { contents: `export const model = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(model))});`, loader: 'js' };
    });
  },
};

rmSync(new URL('../dist-js', import.meta.url), { recursive: true, force: true });
await build({
  // Paths below are the checkout's, wherever the script is started from.
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  // The build worker is an entry of its own: worker threads load it by file name.
  entryPoints: ['src/cli.ts', 'src/build-worker.ts'],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist-js',
  // Native, or loaded lazily from their own folders: font packages are read as files, and
  // pdfjs-dist loads its worker, CMaps and standard fonts from its own package folder;
  // pagefind finds its binary (@pagefind/<platform>) from its own. Ace and the
  // browser driver it runs in are development packages, loaded only by a release.
  external: ['@resvg/resvg-js', 'subset-font', 'opentype.js', '@fontsource-variable/noto-serif-sc', 'lxgw-wenkai-webfont', 'pdfjs-dist', 'pagefind', '@daisy/ace-core'],
  // Bundled CommonJS dependencies call require(); give every chunk one.
  banner: { js: "import { createRequire as __qikanRequire } from 'node:module'; const require = __qikanRequire(import.meta.url);" },
  plugins: [epubGenMemoryLight, budouxWithoutDom, budouxModelAsJson],
  logLevel: 'warning',
});
// Comments and patterns in ASCII too (scripts/ascii-source.mjs): faster to load.
for (const name of readdirSync(new URL('../dist-js', import.meta.url))) {
  if (!name.endsWith('.js')) continue;
  const file = new URL(`../dist-js/${name}`, import.meta.url);
  const code = readFileSync(file, 'utf8');
  const ascii = asciiSource(code);
  if (ascii !== code) writeFileSync(file, ascii);
}
chmodSync(new URL('../dist-js/cli.js', import.meta.url), 0o755);
