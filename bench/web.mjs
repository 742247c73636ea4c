// The web edition's measures, run by bench/run.mjs (npm run bench) or alone
// (node bench/web.mjs). Needs Chromium (QIKAN_CHROMIUM or /usr/bin/chromium),
// pandoc, and for the search archive Debian's manpages-zh.
//
//   1. qikan preview: from the save of an article of 2024-02 to the reloaded
//      page in Chromium (the `load` event of the page with the new text),
//      median of 10 edits; the rebuild inside the running preview (what it
//      prints), against pandoc's cold build of the same issue.
//   2. Search: an archive of 50 issues with different text in every article
//      — 2024-02 and 49 issues made of the Chinese man pages of manpages-zh,
//      six pages an issue (real Chinese prose, each page its own; 2024-02 is
//      the only real issue there is) — built with `qikan site`: the size of
//      the index, the time it adds (`qikan site` against `--no-search`), and
//      whether the right article comes first for 10 phrases of 8 characters
//      taken from 10 articles of different issues, each phrase found in that
//      article only.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';


const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist-js', 'cli.js');
const CHROMIUM = process.env.QIKAN_CHROMIUM ?? '/usr/bin/chromium';
const EDITS = 10;
const ISSUES = 50;
const PHRASES = 10;
const MAN = '/usr/share/man/zh_CN';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function timed(command, args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function launch() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
}

/** The issue as one Markdown file for pandoc (as bench/run.mjs makes it). */
function pandocBook(issueDir, file) {
  const names = [...readFileSync(path.join(issueDir, 'issue.yaml'), 'utf8').matchAll(/^\s+- (\S+\.md)$/gm)].map((m) => m[1]);
  const parts = ['---\ntitle: 理论学习中心组学习资料\nlang: zh-CN\n---\n'];
  for (const name of names) {
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path.join(issueDir, name), 'utf8'));
    parts.push(`# ${/^title: (.*)$/m.exec(front)[1]}\n\n${body}`);
  }
  writeFileSync(file, parts.join('\n'));
}

export async function measurePreview(work) {
  const dir = path.join(work, 'preview');
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(ROOT, 'issues'), path.join(dir, 'issues'), { recursive: true });
  pandocBook(path.join(dir, 'issues', '2024-02'), path.join(dir, 'book.md'));
  const pandoc = [];
  for (let i = 0; i < 5; i++) pandoc.push(timed('pandoc', [path.join(dir, 'book.md'), '-o', path.join(dir, 'book.epub')], dir));

  const child = spawn(process.execPath, [CLI, 'preview', '2024-02'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`qikan preview printed no address:\n${stdout}`)), 120_000);
    child.stdout.on('data', () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(stdout);
      if (match) resolve((clearTimeout(timer), match[1]));
    });
  });
  const browser = await launch();
  const reload = [];
  const rebuild = [];
  try {
    const page = await browser.newPage();
    await page.goto(new URL('04-shiwei.html', url).href);
    const file = path.join(dir, 'issues', '2024-02', '04-shiwei.md');
    const original = readFileSync(file, 'utf8');
    for (let i = 0; i < EDITS; i++) {
      const sentence = `这是第${i + 1}次测量时加上的一句话。`;
      const printed = stdout.length;
      const loaded = page.waitForEvent('load');
      const start = performance.now();
      const paragraphs = original.split('\n\n');
      paragraphs.splice(3, 0, sentence);
      writeFileSync(file, paragraphs.join('\n\n'));
      await loaded;
      const ms = performance.now() - start;
      if (!(await page.evaluate(() => document.body.textContent)).includes(sentence)) throw new Error(`edit ${i + 1}: the reloaded page lacks the new sentence`);
      reload.push(ms);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const match = /rebuilt 2024-02 in (\d+) ms/.exec(stdout.slice(printed));
      if (match) rebuild.push(Number(match[1]));
    }
  } finally {
    await browser.close();
    child.kill('SIGINT');
  }
  const result = { reloadMs: median(reload), rebuildMs: median(rebuild), pandocMs: median(pandoc), edits: reload.length };
  result.rebuildRatio = result.rebuildMs / result.pandocMs;
  return result;
}

/** The Chinese lines of a man page, roff requests and fonts stripped; Latin-heavy lines left out. */
function manText(file) {
  const out = spawnSync('sh', ['-c', `zcat "${file}"`], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout ?? '';
  const lines = [];
  for (let line of out.split('\n')) {
    if (line.startsWith('.') || line.startsWith("'")) continue;
    line = line.replace(/\\f[BIRP]|\\f\(..|\\[-e&|^]|\\\(..|\\\*.|\\s[-+]?\d/g, '').replace(/[\\*_#<>[\]`|]/g, '').trim();
    const han = (line.match(/\p{Script=Han}/gu) ?? []).length;
    if (han >= 12 && han / line.length > 0.5) lines.push(line);
  }
  return lines;
}

/** 49 issues of six man pages each, after the real 2024-02; ids 2020-01 … */
function makeArchive(dir) {
  mkdirSync(path.join(dir, 'issues'), { recursive: true });
  cpSync(path.join(ROOT, 'issues', 'series.yaml'), path.join(dir, 'issues', 'series.yaml'));
  cpSync(path.join(ROOT, 'issues', '2024-02'), path.join(dir, 'issues', '2024-02'), { recursive: true });
  const pages = [];
  for (const section of readdirSync(MAN).filter((s) => s.startsWith('man')).sort()) {
    for (const name of readdirSync(path.join(MAN, section)).sort()) {
      const lines = manText(path.join(MAN, section, name));
      if (lines.length >= 12) pages.push({ name: name.replace(/\.gz$/, ''), lines });
    }
  }
  if (pages.length < (ISSUES - 1) * 6) throw new Error(`manpages-zh has only ${pages.length} pages of Chinese text`);
  const articles = [];
  for (let n = 0; n < ISSUES - 1; n++) {
    const id = `${2020 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
    const issueDir = path.join(dir, 'issues', id);
    mkdirSync(issueDir);
    const files = [];
    for (let k = 0; k < 6; k++) {
      const page = pages[n * 6 + k];
      const file = `${String(k + 1).padStart(2, '0')}-${page.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.md`;
      const title = `${page.name}（第${n + 1}期第${k + 1}篇）`;
      writeFileSync(path.join(issueDir, file), `---\ntitle: ${title}\n---\n\n${page.lines.join('\n\n')}\n`);
      files.push(file);
      articles.push({ url: `read/${id}/${file.replace(/\.md$/, '.html')}`, text: page.lines.join('\n') });
    }
    writeFileSync(path.join(issueDir, 'issue.yaml'), `year: ${id.slice(0, 4)}\nnumber: ${Number(id.slice(5))}\ndate: ${id}\narticles:\n${files.map((f) => `  - ${f}`).join('\n')}\n`);
    // Each line of a man page is a paragraph here: many end mid-sentence, where the page's
    // text wrapped, and the check takes them for paragraphs cut at a page break — which
    // qikan site, like build, refuses. They are not; the check is told so, as a maintainer would.
    writeFileSync(path.join(issueDir, 'check.yaml'), 'ignore:\n  - cjk/page-break-split\n');
  }
  return articles;
}

/** From 10 articles of different issues, a run of 8 Chinese characters that no other article has. */
function pickPhrases(articles) {
  const chosen = [];
  for (let i = 0; chosen.length < PHRASES && i < articles.length; i += Math.floor(articles.length / PHRASES)) {
    const { url, text } = articles[i];
    for (const line of text.split('\n').slice(3)) {
      const run = /\p{Script=Han}{8}/u.exec(line.slice(Math.floor(line.length / 3)));
      if (!run) continue;
      const phrase = run[0];
      if (articles.filter((a) => a.text.includes(phrase)).length === 1) {
        chosen.push({ phrase, url });
        break;
      }
    }
  }
  return chosen;
}

function folderBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

export async function measureSearch(work) {
  if (!existsSync(MAN)) return { skipped: 'manpages-zh is not installed (apt-get install -y manpages-zh)' };
  const dir = path.join(work, 'search');
  const articles = makeArchive(dir);
  const site = path.join(dir, 'dist', 'site');
  const bare = path.join(dir, 'dist', 'bare');
  const run = (out, ...extra) => timed(process.execPath, [CLI, 'site', '--repository', 'octo/qikan', '--out', out, ...extra], dir);
  run(site); // covers and fonts into the cache
  const withSearch = [];
  const without = [];
  for (let i = 0; i < 3; i++) {
    withSearch.push(run(site));
    without.push(run(bare, '--no-search'));
  }
  const phrases = pickPhrases(articles);
  const server = createServer((request, response) => {
    let file = path.join(site, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!existsSync(file) || statSync(file).isDirectory()) return void response.writeHead(404).end();
    const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.pagefind': 'application/wasm' };
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  const outcomes = [];
  try {
    const page = await browser.newPage();
    for (const { phrase, url } of phrases) {
      await page.goto(`${origin}/search.html?q=${encodeURIComponent(phrase)}`);
      await page.waitForFunction(() => /^(找到|没有|搜索出错)/.test(document.querySelector('#search-status')?.textContent ?? ''), null, { timeout: 30_000 });
      const first = await page.locator('#results li a').first().getAttribute('href').catch(() => null);
      outcomes.push({ phrase, expected: url, first: first?.split('#')[0].replace(/^\//, '') ?? null });
    }
  } finally {
    await browser.close();
    server.close();
  }
  const indexBytes = folderBytes(path.join(site, 'pagefind'));
  const result = {
    issues: ISSUES,
    articles: articles.length + 6,
    indexMb: indexBytes / 1048576,
    siteMs: median(withSearch),
    noSearchMs: median(without),
    firstRight: outcomes.filter((o) => o.first === o.expected).length,
    phrases: outcomes,
  };
  result.searchShare = (result.siteMs - result.noSearchMs) / result.noSearchMs;
  return result;
}

export function webRows(preview, search) {
  const f = (n, d = 0) => (n === null || n === undefined ? 'n/a' : n.toFixed(d));
  const rows = [];
  if (preview) {
    rows.push([`preview: save → reloaded page (median of ${preview.edits})`, `${f(preview.reloadMs)} ms`, '', '', '≤ 300 ms']);
    rows.push(['preview: rebuild vs pandoc cold build', `${f(preview.rebuildMs)} ms`, `${f(preview.pandocMs)} ms`, `${f(preview.rebuildRatio, 2)}×`, '≤ 0.3×']);
  }
  if (search?.skipped) rows.push(['search, 50 issues', 'n/a', '', '', search.skipped]);
  else if (search) {
    rows.push([`search: right article first (${search.phrases.length} phrases)`, `${search.firstRight}/${search.phrases.length}`, '', '', 'all']);
    rows.push([`search index, ${search.issues} issues`, `${f(search.indexMb, 2)} MB`, '', '', '< 5 MB']);
    rows.push(['qikan site with vs without index', `${f(search.siteMs)} ms`, `${f(search.noSearchMs)} ms`, `+${f(search.searchShare * 100)}%`, '≤ +20%']);
  }
  return rows;
}

// Run alone: node bench/web.mjs
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'qikan-bench-web-'));
  try {
    const preview = await measurePreview(work);
    const search = await measureSearch(work);
    for (const row of webRows(preview, search)) console.log(row.join('  '));
    console.log(JSON.stringify({ preview, search }, null, 2));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
