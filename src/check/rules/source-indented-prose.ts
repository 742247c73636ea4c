// Input: "    2月6日，全省学习贯彻……会议在太原召开。" — a paragraph indented with
// four spaces or a tab, as text pasted from Word or a web page often is. In
// Markdown that is a code block: the book sets it in a monospace font, with
// its line breaks kept. A block of mostly Chinese text is such a paragraph;
// code, even with Chinese strings or comments (print("你好")), is mostly not.
import { startsBlockSyntax } from '../../markdown/escape.js';
import { hanAt } from '../cjk.js';
import { lineText, type CheckDoc } from '../document.js';
import { fileRule } from '../rule.js';

export const sourceIndentedProse = fileRule('source/indented-prose', 'warning', {
  description: 'Chinese text indented by four spaces or a tab, which Markdown takes for a code block (monospace, its line breaks kept).',
  fix: 'deletes the indentation (the stylesheet indents paragraphs), where each line is a paragraph of its own, outside lists and block quotes',
  fixReshapes: 'code-to-paragraphs',
  check({ doc, report }) {
    for (const { start, end, topLevel } of doc.indentedCode) {
      const lines = Array.from({ length: end - start }, (_, k) => lineText(doc, start + k));
      if (!isMostlyChinese(lines.join(''))) continue;
      const first = lines[0]!;
      const indent = /^[ \t]*/.exec(first)![0].length;
      const message = `this text is indented by ${/\t/.test(first.slice(0, indent)) ? 'a tab' : `${indent} spaces`}, so Markdown shows it as code (monospace, its line breaks kept) — delete the indentation (the stylesheet indents paragraphs)`;
      const from = doc.lineStarts[start]!;
      const to = doc.lineStarts[end - 1]! + lines[lines.length - 1]!.length;
      report(from + indent, from + first.trimEnd().length, message, topLevel && fixable(lines) ? { start: from, end: to, text: unindented(doc, from, to, end) } : undefined);
    }
  },
});

/** More than half of what is not white space is Han (a line of code is mostly ASCII). */
function isMostlyChinese(text: string): boolean {
  let han = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!) || (text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff)) continue;
    if (hanAt(text, i)) han++;
    else other++;
  }
  return han > other;
}

/**
 * Certain only where each line stands alone (blank lines between them: a
 * Word paste, a paragraph a line) and none would turn into other Markdown
 * syntax (a list, a quote, a rule, a definition…). Two lines in a row are one paragraph hard-wrapped, or two pasted
 * paragraphs: a person knows which.
 */
function fixable(lines: string[]): boolean {
  return lines.every((line, k) => line.trim() === '' || ((k === 0 || lines[k - 1]!.trim() === '') && !startsBlockSyntax(line.trim())));
}

/** The block without its indentation, and a blank line after it when text follows at once (it would join the paragraph). */
function unindented(doc: CheckDoc, from: number, to: number, end: number): string {
  const next = lineText(doc, end);
  const eol = doc.text[to] === '\r' ? '\r\n' : '\n';
  return doc.text.slice(from, to).replace(/^[ \t]+/gm, '') + (end < doc.lineStarts.length && next.trim() !== '' ? eol : '');
}
