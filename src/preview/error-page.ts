// What the preview shows while the sources cannot be read (a YAML file that
// does not parse, an article without front matter …): the problems, each
// with its file and line, on a page that reloads by itself when a save fixes
// them. Never a crash and never a stale page that looks fine. Pure.
import { formatDiagnostic, type Diagnostic } from '../diagnostic.js';
import { escapeXml as x } from '../render/xml.js';

export function errorPage(options: { lang: string; problems: readonly Diagnostic[]; bug?: string; script: string }): string {
  const items = options.problems.map((d) => `<li><code>${x(formatDiagnostic(d))}</code></li>`).join('\n');
  const bug = options.bug ? `<p>qikan 自身出错（请报告）：</p>\n<pre>${x(options.bug)}</pre>` : '';
  return `<!DOCTYPE html>
<html lang="${x(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>预览：源文件有问题</title>
<style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:50rem;padding:1rem;line-height:1.6;color:#221c18;background:#fdecec}h1{color:#b91c1c;font-size:1.4rem}code,pre{font-family:ui-monospace,monospace;white-space:pre-wrap;word-break:break-all}li{margin:.5rem 0}</style>
${options.script}</head>
<body>
<main>
<h1>源文件有问题，网页暂时无法生成</h1>
<p>改正下列问题并保存，本页会自动刷新。</p>
<ul class="problems">
${items}
</ul>
${bug}
</main>
</body>
</html>
`;
}
