// The check's findings where the maintainer reads: on the preview's page, the
// block a finding is about is marked and followed by a note with the rule and
// the message; findings about issue.yaml, series.yaml or check.yaml stand in
// a banner above the text. Pure.
import { formatDiagnostic, type Diagnostic } from '../diagnostic.js';
import type { Article } from '../issue/model.js';
import { escapeXml as x } from '../render/xml.js';
import type { BlockMark } from '../site/web-edition/web-body.js';
import { blockAt, sourceBlocks } from '../site/web-edition/source-blocks.js';

/** The marks of the findings about one article. */
export function articleMarks(article: Pick<Article, 'body' | 'bodyLine' | 'source'>, diagnostics: readonly Diagnostic[]): BlockMark[] {
  const own = diagnostics.filter((d) => d.file === article.source.display);
  if (own.length === 0) return [];
  const blocks = sourceBlocks(article);
  return own.map((d) => ({
    // Front matter and whole-file findings go on the headline.
    block: d.line >= article.bodyLine ? blockAt(blocks, d.line) : -1,
    className: d.severity === 'error' ? 'finding finding-error' : 'finding',
    noteHtml: findingNote(d),
  }));
}

function findingNote(d: Diagnostic): string {
  const where = d.line > 0 ? `第 ${d.line} 行${d.column > 0 ? `第 ${d.column} 列` : ''}` : '';
  const severity = d.severity === 'error' ? '错误' : '提示';
  return `<p class="finding-note ${d.severity}" role="note"><strong>${severity}</strong> <code>${x(d.ruleId)}</code> ${x(where)}：${x(d.message)}</p>`;
}

/** The findings that belong to no article page (the YAML files), as a banner; '' when there are none. */
export function issueBanner(diagnostics: readonly Diagnostic[], articleFiles: ReadonlySet<string>): string {
  const rest = diagnostics.filter((d) => !articleFiles.has(d.file));
  if (rest.length === 0) return '';
  return `<section class="finding-banner" aria-label="检查结果">\n${rest.map((d) => findingNote({ ...d, message: `${d.file}：${d.message}` })).join('\n')}\n</section>\n`;
}

/** One line per finding and a count, as the terminal shows them. */
export function findingLines(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const lines = diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join('');
  return `${lines}${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`;
}
