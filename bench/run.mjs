#!/usr/bin/env node
// npm run bench — speed as ratios against a reference run in the same script
// (pandoc on the same text), never as a timed unit test. Prints a table and
// writes the numbers to bench/results.json for comparison across commits.
//
//   1. one issue: `qikan build 2024-02` vs `pandoc book.md -o book.epub`, alternately, N times;
//   2. an archive of 50 issues: one `qikan build` of all vs 50 pandoc runs;
//   3. `qikan check` on 10 MB of Chinese Markdown: MB/s;
//   4. peak RSS of the 50-issue build;
//   4b. one article of 10,000 and of 100,000 short paragraphs: build time (linear) and peak RSS;
//   5. start-up: `qikan --version` vs `node -e 0`;
//   6. each Node line (20, 22, 24): one issue vs pandoc and `--version` vs `node -e 0`,
//      with Node's compile cache where the line has one (warm: one run first);
//   7. `qikan release 2024-02` on Node 24 (compile cache warm) vs EPUBCheck alone on the same
//      book (needs Calibre and EPUBCheck; RELEASE_RUNS, default 3).
//   8. `qikan import` of a ~30-page PDF of 2024-02 (printed by Chromium) vs `pdftotext` on the same file.
//   9. `qikan preview`: save → reloaded page in Chromium (median of 10 edits), rebuild vs pandoc;
//  10. search over a 50-issue archive: right article first, index size, time added to `qikan site`.
//  11. install size: `npm ci --omit=dev` of this package.json and lock, in a folder of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist-js', 'cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const RELEASE_RUNS = Number(process.env.RELEASE_RUNS ?? 3);
const NODE_LINES = [20, 22, 24];
const EPUBCHECK_JAR = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';
const ARCHIVE_SIZE = 50;
const work = mkdtempSync(path.join(os.tmpdir(), 'qikan-bench-'));
// The compile cache of every run here lives in the bench's own folder, so a
// user's cache neither helps nor is disturbed; each measure warms it first.
process.env.XDG_CACHE_HOME = path.join(work, 'cache');

function requireTool(command) {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) {
    console.error(`bench: ${command} is missing (apt-get install -y ${command})`);
    process.exit(1);
  }
}
requireTool('pandoc');
if (!existsSync(CLI)) {
  console.error('bench: the CLI is not compiled — run npm ci (or npm run prepare) first');
  process.exit(1);
}

/** Wall time of one run in ms; throws when the command fails. */
function timed(command, args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: options.cwd ?? ROOT, encoding: 'utf8', env: { ...process.env, ...options.env } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && !options.allowFailure) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The issue as one Markdown file for pandoc: each article under a `#` heading. */
function pandocBook(issueDir, file) {
  const issue = readFileSync(path.join(issueDir, 'issue.yaml'), 'utf8');
  const names = [...issue.matchAll(/^\s+- (\S+\.md)$/gm)].map((m) => m[1]);
  const parts = [`---\ntitle: 理论学习中心组学习资料\nlang: zh-CN\n---\n`];
  for (const name of names) {
    const text = readFileSync(path.join(issueDir, name), 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    const title = /^title: (.*)$/m.exec(front)[1];
    parts.push(`# ${title}\n\n${body}`);
  }
  writeFileSync(file, parts.join('\n'));
}

/** Peak RSS (MB) of a command, via GNU time when present. */
function peakRssMb(command, args, cwd) {
  if (!existsSync('/usr/bin/time')) return null;
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd, encoding: 'utf8' });
  const kb = Number(result.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : null;
}

const results = {};

// 1. One issue (warm cover cache: one build before measuring).
const single = path.join(work, 'single');
const singleOut = path.join(single, 'dist');
mkdirSync(single, { recursive: true });
pandocBook(path.join(ROOT, 'issues', '2024-02'), path.join(single, 'book.md'));
timed(process.execPath, [CLI, 'build', '2024-02', '--out', singleOut]);
const qikanSingle = [];
const pandocSingle = [];
for (let i = 0; i < RUNS; i++) {
  qikanSingle.push(timed(process.execPath, [CLI, 'build', '2024-02', '--out', singleOut]));
  pandocSingle.push(timed('pandoc', [path.join(single, 'book.md'), '-o', path.join(single, 'book.epub')]));
}
results.singleIssue = { qikanMs: median(qikanSingle), pandocMs: median(pandocSingle) };
results.singleIssue.ratio = results.singleIssue.qikanMs / results.singleIssue.pandocMs;

// 2. An archive of 50 issues made from 2024-02 with other ids.
const archive = path.join(work, 'archive');
mkdirSync(path.join(archive, 'issues'), { recursive: true });
cpSync(path.join(ROOT, 'issues', 'series.yaml'), path.join(archive, 'issues', 'series.yaml'));
const pandocFiles = [];
for (let n = 0; n < ARCHIVE_SIZE; n++) {
  const year = 2020 + Math.floor(n / 12);
  const number = (n % 12) + 1;
  const id = `${year}-${String(number).padStart(2, '0')}`;
  const dir = path.join(archive, 'issues', id);
  cpSync(path.join(ROOT, 'issues', '2024-02'), dir, { recursive: true });
  const yaml = readFileSync(path.join(dir, 'issue.yaml'), 'utf8')
    .replace(/^year: .*$/m, `year: ${year}`)
    .replace(/^number: .*$/m, `number: ${number}`)
    .replace(/^date: .*$/m, `date: ${id}`);
  writeFileSync(path.join(dir, 'issue.yaml'), yaml);
  const md = path.join(archive, `${id}.md`);
  pandocBook(dir, md);
  pandocFiles.push(md);
}
const archiveOut = path.join(archive, 'dist');
timed(process.execPath, [CLI, 'build', '--out', archiveOut], { cwd: archive }); // warm the cover cache
const qikanArchive = [];
const pandocArchive = [];
const archiveRuns = Math.max(3, Math.floor(RUNS / 2));
for (let i = 0; i < archiveRuns; i++) {
  qikanArchive.push(timed(process.execPath, [CLI, 'build', '--out', archiveOut], { cwd: archive }));
  const start = process.hrtime.bigint();
  for (const md of pandocFiles) execFileSync('pandoc', [md, '-o', md.replace(/\.md$/, '.epub')]);
  pandocArchive.push(Number(process.hrtime.bigint() - start) / 1e6);
}
results.archive50 = { qikanMs: median(qikanArchive), pandocMs: median(pandocArchive) };
results.archive50.ratio = results.archive50.qikanMs / results.archive50.pandocMs;
results.archive50.peakRssMb = peakRssMb(process.execPath, [CLI, 'build', '--out', archiveOut], archive);

// 3. Checking 10 MB of Chinese Markdown (the 2024-02 text repeated).
const checkDir = path.join(work, 'check');
mkdirSync(path.join(checkDir, 'issues', '2024-02'), { recursive: true });
cpSync(path.join(ROOT, 'issues', 'series.yaml'), path.join(checkDir, 'issues', 'series.yaml'));
const articles = readdirSync(path.join(ROOT, 'issues', '2024-02')).filter((f) => f.endsWith('.md')).sort();
const bodies = articles.map((f) => readFileSync(path.join(ROOT, 'issues', '2024-02', f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
const unit = bodies.join('\n');
const copies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(unit));
const names = [];
for (let i = 0; i < 10; i++) {
  const name = `${String(i + 1).padStart(2, '0')}-part.md`;
  names.push(name);
  writeFileSync(path.join(checkDir, 'issues', '2024-02', name), `---\ntitle: 第${i + 1}部分\n---\n\n${unit.repeat(Math.ceil(copies / 10))}`);
}
writeFileSync(path.join(checkDir, 'issues', '2024-02', 'issue.yaml'), `year: 2024\nnumber: 2\ndate: 2024-02\narticles:\n${names.map((n) => `  - ${n}`).join('\n')}\n`);
const bytes = names.reduce((sum, n) => sum + readFileSync(path.join(checkDir, 'issues', '2024-02', n)).length, 0);
const checkTimes = [];
for (let i = 0; i < 3; i++) checkTimes.push(timed(process.execPath, [CLI, 'check', '2024-02'], { cwd: checkDir, allowFailure: true }));
const startupBaseline = median(Array.from({ length: RUNS }, () => timed(process.execPath, ['-e', '0'])));
results.check = { megabytes: bytes / 1048576, ms: median(checkTimes) };
// Throughput of the check itself: the process start-up is not checking.
results.check.mbPerSecond = results.check.megabytes / ((results.check.ms - startupBaseline) / 1000);

// 4b. One article of many short paragraphs: the build must take time in
// proportion to its size (100,000 paragraphs once took 157 s, 10,000 took 2 s).
function longArticle(paragraphs) {
  const dir = path.join(work, `long-${paragraphs}`);
  mkdirSync(path.join(dir, 'issues', '2024-02'), { recursive: true });
  cpSync(path.join(ROOT, 'issues', 'series.yaml'), path.join(dir, 'issues', 'series.yaml'));
  writeFileSync(path.join(dir, 'issues', '2024-02', 'issue.yaml'), 'year: 2024\nnumber: 2\ndate: 2024-02\narticles:\n  - 01-long.md\n');
  const body = Array.from({ length: paragraphs }, (_, i) => `第${i + 1}段，学习贯彻党的二十大精神。`).join('\n\n');
  writeFileSync(path.join(dir, 'issues', '2024-02', '01-long.md'), `---\ntitle: 长文\n---\n\n${body}\n`);
  const out = path.join(dir, 'dist');
  timed(process.execPath, [CLI, 'build', '2024-02', '--out', out], { cwd: dir }); // warm the cover cache
  return { ms: median(Array.from({ length: 3 }, () => timed(process.execPath, [CLI, 'build', '2024-02', '--out', out], { cwd: dir }))), peakRssMb: peakRssMb(process.execPath, [CLI, 'build', '2024-02', '--out', out], dir) };
}
results.longArticle = { p10k: longArticle(10_000), p100k: longArticle(100_000) };
results.longArticle.ratio = results.longArticle.p100k.ms / results.longArticle.p10k.ms;

// 5. Start-up.
const version = [];
const node0 = [];
const npxVersion = [];
for (let i = 0; i < RUNS; i++) {
  version.push(timed(process.execPath, [CLI, '--version']));
  node0.push(timed(process.execPath, ['-e', '0']));
  npxVersion.push(timed('npx', ['--no-install', 'qikan', '--version']));
}
results.startup = { qikanVersionMs: median(version), nodeMs: median(node0), npxQikanVersionMs: median(npxVersion) };
results.startup.ratio = results.startup.qikanVersionMs / results.startup.nodeMs;

// 6. The Node lines: the current process's, or the registry's `node` package run through npx.
function nodeBinary(line) {
  if (Number(process.versions.node.split('.')[0]) === line) return process.execPath;
  const found = spawnSync('npx', ['-y', `node@${line}`, '-p', 'process.execPath'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}
results.nodeLines = {};
for (const line of NODE_LINES) {
  const node = nodeBinary(line);
  if (node === null) {
    results.nodeLines[line] = null;
    continue;
  }
  const build = [node, [CLI, 'build', '2024-02', '--out', singleOut]];
  timed(...build); // fills the compile cache, where the line has one
  const qikan = [];
  const pandoc = [];
  const versions = [];
  const bare = [];
  for (let i = 0; i < RUNS; i++) {
    qikan.push(timed(...build));
    pandoc.push(timed('pandoc', [path.join(single, 'book.md'), '-o', path.join(single, 'book.epub')]));
    versions.push(timed(node, [CLI, '--version']));
    bare.push(timed(node, ['-e', '0']));
  }
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const compileCache = execFileSync(node, ['-p', "typeof require('node:module').enableCompileCache === 'function'"], { encoding: 'utf8' }).trim() === 'true';
  results.nodeLines[line] = { version, compileCache, qikanMs: median(qikan), pandocMs: median(pandoc), versionMs: median(versions), nodeMs: median(bare) };
  results.nodeLines[line].ratio = results.nodeLines[line].qikanMs / results.nodeLines[line].pandocMs;
}

// 7. A release against EPUBCheck alone, alternately, on the same book: on Node 24 with the
// compile cache, as the target says (the machine's Node where the registry's is out of reach),
// after one release that fills the cache.
const releaseReady = existsSync(EPUBCHECK_JAR) && spawnSync('sh', ['-c', 'command -v java && command -v ebook-convert']).status === 0;
if (releaseReady) {
  const releaseOut = path.join(work, 'release');
  const epub = path.join(singleOut, '2024-02', 'llxx-2024-02.epub');
  const node = nodeBinary(24) ?? process.execPath;
  const releaseRun = [node, [CLI, 'release', '2024-02', '--out', releaseOut]];
  timed(...releaseRun);
  const release = [];
  const epubcheck = [];
  for (let i = 0; i < RELEASE_RUNS; i++) {
    release.push(timed(...releaseRun));
    epubcheck.push(timed('java', ['-jar', EPUBCHECK_JAR, epub]));
  }
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  results.release = { node: nodeVersion, qikanMs: median(release), epubcheckMs: median(epubcheck) };
  results.release.ratio = results.release.qikanMs / results.release.epubcheckMs;
} else {
  results.release = null;
}

// 8. Importing a printed PDF: 2024-02 set in 12 pt on A5 (about 30 pages), printed by Chromium.
results.pdfImport = await pdfImport();

// 9–10. qikan preview (save → reloaded page, rebuild vs pandoc) and search over 50 issues (bench/web.mjs).
const web = await import('./web.mjs');
results.preview = existsSync(process.env.QIKAN_CHROMIUM ?? '/usr/bin/chromium') ? await web.measurePreview(work) : null;
results.search = results.preview === null ? null : await web.measureSearch(work);

results.machine = { cpus: os.cpus().length, node: process.version, runs: RUNS, date: new Date().toISOString() };
rmSync(work, { recursive: true, force: true });

async function pdfImport() {
  const chromium = process.env.QIKAN_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium) || spawnSync('sh', ['-c', 'command -v pdftotext']).status !== 0) {
    console.error('bench: no chromium or pdftotext — the PDF import is not measured');
    return null;
  }
  const { chromium: playwright } = await import('playwright-core');
  const { printIssue } = await import('../test/import/pdf/issue-pdf.mjs');
  const dir = path.join(work, 'pdf');
  mkdirSync(path.join(dir, 'issues'), { recursive: true });
  cpSync(path.join(ROOT, 'issues', 'series.yaml'), path.join(dir, 'issues', 'series.yaml'));
  const browser = await playwright.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  let printed;
  try {
    printed = await printIssue(browser, path.join(ROOT, 'issues', '2024-02'), path.join(dir, '2024-02.pdf'), { fontSize: '12pt' });
  } finally {
    await browser.close();
  }
  const qikan = [];
  const poppler = [];
  for (let i = 0; i < RUNS; i++) {
    qikan.push(timed(process.execPath, [CLI, 'import', printed.pdf, '--into', path.join(dir, 'issues'), '--force'], { cwd: dir }));
    poppler.push(timed('pdftotext', [printed.pdf, path.join(dir, 'out.txt')]));
  }
  const result = { pages: printed.count, qikanMs: median(qikan), pdftotextMs: median(poppler) };
  result.ratio = result.qikanMs / result.pdftotextMs;
  return result;
}

// 11. What every user and every release run downloads and unpacks.
function installSize() {
  const dir = path.join(work, 'install');
  mkdirSync(dir, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) cpSync(path.join(ROOT, file), path.join(dir, file));
  cpSync(path.join(ROOT, 'vendor'), path.join(dir, 'vendor'), { recursive: true });
  const installed = spawnSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
  if (installed.status !== 0) return null;
  // -L: the packages in vendor/ are installed as links, and their files count too.
  const du = spawnSync('du', ['-skL', path.join(dir, 'node_modules')], { encoding: 'utf8' });
  return { megabytes: Number(du.stdout.split('\t')[0]) / 1024 };
}
results.installSize = installSize();

const f = (n, digits = 0) => (n === null ? 'n/a' : n.toFixed(digits));
const rows = [
  ['one issue (warm cover cache)', `${f(results.singleIssue.qikanMs)} ms`, `${f(results.singleIssue.pandocMs)} ms`, `${f(results.singleIssue.ratio, 2)}×`, '≤ 1.5×'],
  [`${ARCHIVE_SIZE} issues`, `${f(results.archive50.qikanMs)} ms`, `${f(results.archive50.pandocMs)} ms`, `${f(results.archive50.ratio, 2)}×`, '≤ 0.5×'],
  ['check 10 MB', `${f(results.check.mbPerSecond, 1)} MB/s`, '', '', '≥ 20 MB/s'],
  [`peak RSS, ${ARCHIVE_SIZE} issues`, `${f(results.archive50.peakRssMb)} MB`, '', '', '≤ 300 MB'],
  ['one article, 100k paragraphs vs 10k', `${f(results.longArticle.p100k.ms)} ms`, `${f(results.longArticle.p10k.ms)} ms`, `${f(results.longArticle.ratio, 1)}×`, '< 10 s; ≈ 10× (linear)'],
  ['peak RSS, 100k paragraphs', `${f(results.longArticle.p100k.peakRssMb)} MB`, '', '', '< 1 GB'],
  ['qikan --version vs node -e 0', `${f(results.startup.qikanVersionMs)} ms`, `${f(results.startup.nodeMs)} ms`, `${f(results.startup.ratio, 2)}×`, '≤ 2×'],
  ['npx qikan --version', `${f(results.startup.npxQikanVersionMs)} ms`, '', '', '(npm start-up included)'],
  ...(results.pdfImport
    ? [[`import, ${results.pdfImport.pages}-page PDF vs pdftotext`, `${f(results.pdfImport.qikanMs)} ms`, `${f(results.pdfImport.pdftotextMs)} ms`, `${f(results.pdfImport.ratio, 1)}×`, '< 2000 ms']]
    : []),
  ...NODE_LINES.flatMap((line) => {
    const r = results.nodeLines[line];
    if (r === null) return [[`Node ${line}`, 'n/a', '', '', '(npx -y node@' + line + ' failed)']];
    const cache = r.compileCache ? 'compile cache' : 'no compile cache';
    return [
      [`one issue, ${r.version}, ${cache}`, `${f(r.qikanMs)} ms`, `${f(r.pandocMs)} ms`, `${f(r.ratio, 2)}×`, line === 24 ? '≤ 2×' : ''],
      [`qikan --version, ${r.version}`, `${f(r.versionMs)} ms`, `${f(r.nodeMs)} ms`, `${f(r.versionMs / r.nodeMs, 2)}×`, '≤ 2×'],
    ];
  }),
  results.release === null
    ? ['qikan release 2024-02', 'n/a', '', '', '(needs Calibre and EPUBCheck)']
    : [`qikan release 2024-02 (${results.release.node}) vs EPUBCheck`, `${f(results.release.qikanMs)} ms`, `${f(results.release.epubcheckMs)} ms`, `${f(results.release.ratio, 2)}×`, '≤ 1.3×'],
  ...web.webRows(results.preview, results.search),
  ['npm ci --omit=dev', results.installSize === null ? 'n/a' : `${f(results.installSize.megabytes)} MB`, '', '', '< 60 MB'],
];
const header = ['measure', 'qikan', 'reference', 'ratio', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '));
writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten to bench/results.json');
