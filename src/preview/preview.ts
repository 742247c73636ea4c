// `qikan preview`: the web edition of one issue, served on the loopback and
// rebuilt on every save — the page open in the browser reloads by itself and
// keeps its place; the check's findings show on the page, at the block they
// are about, and in the terminal. A source that cannot be read shows the
// error page until a save fixes it. Nothing is written but the font cache.
//   save → watch → PreviewSession.rebuild → server.reload → the page reloads
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_ROOT } from '../build.js';
import { canonicalJson } from '../output/cache.js';
import { webIssueFolder } from '../site/web-edition/paths.js';
import { errorPage } from './error-page.js';
import { findingLines } from './findings.js';
import { startServer, type Served } from './server.js';
import { PreviewSession, type Rebuild } from './session.js';
import { watchIssue } from './watch.js';

const SCRIPT_PATH = '/__qikan/preview.js';
const SCRIPT_TAG = `<script src="${SCRIPT_PATH}" defer></script>\n`;

/** The page's script tag, telling the script which generation of the build the page shows. */
function stamped(html: string, generation: number): string {
  return html.replace(`src="${SCRIPT_PATH}"`, `src="${SCRIPT_PATH}?since=${generation}"`);
}

export interface PreviewOptions {
  issueDir: string;
  /** 0: a free port. */
  port: number;
  /** The cut fonts' cache, shared with qikan build (dist/.cache). */
  cacheDir: string;
  /** Where the rebuilds and findings are reported. */
  out: (text: string) => void;
}

export interface RunningPreview {
  /** The address to open: the issue's title page. */
  url: string;
  /** The last rebuild. */
  last(): Rebuild;
  stop(): Promise<void>;
}

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const script = await readFile(path.join(PACKAGE_ROOT, 'web', 'preview.js'), 'utf8');
  const session = new PreviewSession(options.issueDir, options.cacheDir, SCRIPT_TAG);
  let current = await session.rebuild();
  let shownFindings = '';
  let lastId = current.ok ? current.id : path.basename(options.issueDir);
  report(current);

  const server = await startServer(options.port, (pathname) => serve(pathname));
  let running = false;
  let again = false;
  const rebuild = async () => {
    if (running) return void (again = true);
    running = true;
    try {
      do {
        again = false;
        const next = await session.rebuild();
        const changed = digest(next) !== digest(current);
        current = next;
        if (current.ok) lastId = current.id;
        report(current);
        if (changed) server.reload();
      } while (again);
    } finally {
      running = false;
    }
  };
  const watcher = watchIssue(options.issueDir, () => void rebuild());

  function serve(pathname: string): Served {
    const served = unstamped(pathname);
    return typeof served.body === 'string' ? { ...served, body: stamped(served.body, server.generation) } : served;
  }

  function unstamped(pathname: string): Served {
    if (pathname === SCRIPT_PATH) return { body: script };
    const home = `/${webIssueFolder(lastId)}/index.html`;
    if (pathname === '/') return { redirect: home, body: '' };
    const name = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    if (!current.ok) {
      const lang = 'zh-CN';
      return name.endsWith('.html') ? { status: 500, body: errorPage({ lang, problems: current.problems, ...(current.bug ? { bug: current.bug } : {}), script: SCRIPT_TAG }) } : { status: 404, body: '' };
    }
    const file = current.files.get(name.slice(1));
    if (file !== undefined) return { body: file, immutable: /\/fonts\//.test(name) };
    return { status: 404, type: 'text/html; charset=utf-8', body: notInPreview(current.lang, home) };
  }

  function report(result: Rebuild): void {
    const time = new Date().toTimeString().slice(0, 8);
    if (!result.ok) {
      options.out(`[${time}] cannot build ${lastId} (${result.ms} ms) — the page shows the problems until a save fixes them:\n`);
      options.out(result.bug ?? findingLines(result.problems));
      shownFindings = '';
      return;
    }
    options.out(`[${time}] rebuilt ${result.id} in ${result.ms} ms (${result.rendered} article${result.rendered === 1 ? '' : 's'} rendered)\n`);
    const findings = findingLines(result.diagnostics);
    // The findings when they change, not again on every save.
    if (findings !== shownFindings) options.out(findings);
    shownFindings = findings;
  }

  return {
    url: `${server.url}${webIssueFolder(lastId)}/index.html`,
    last: () => current,
    async stop() {
      watcher.close();
      await server.close();
    },
  };
}

/** What a page shows: a rebuild that changes nothing (a save without edits) reloads nothing. */
function digest(result: Rebuild): string {
  if (!result.ok) return canonicalJson({ problems: result.problems, bug: result.bug });
  return canonicalJson([...result.files].map(([name, data]) => [name, typeof data === 'string' ? data : data.length]));
}

function notInPreview(lang: string, home: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>预览中没有这个页面</title>${SCRIPT_TAG}</head>
<body><p>预览只显示本期的网页版。书架、搜索和下载页由 <code>qikan site</code> 生成。</p><p><a href="${home}">回到本期目录</a></p></body></html>
`;
}
