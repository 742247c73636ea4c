// The driver: runs every rule over an issue's documents. It walks the files,
// blocks, images, links and pattern matches, hands each rule what it asked
// for, and turns what the rule reports (positions in that text) into
// Diagnostics with file lines and columns. A rule that reports outside the
// text it was given is a bug in the rule: the driver throws rather than print
// a wrong position.
import type { Diagnostic } from '../diagnostic.js';
import type { Issue } from '../issue/model.js';
import { blockLines, lineText, offsetIn, positionOf, type CheckDoc, type TextBlock } from './document.js';
import type { BlockContext, Edit, FileContext, IssueContext, MatchAtHand, Report, Rule, RuleInfo, SourceLine } from './rule.js';

export function runRules(rules: readonly Rule[], issue: Issue, docs: readonly CheckDoc[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  const articles = docs.filter((doc) => doc.format === 'markdown');
  for (const rule of rules) {
    if (rule.scope === 'issue') {
      const issueYaml = docs.find((doc) => doc.fileName === 'issue.yaml');
      if (!issueYaml) continue;
      const seriesYaml = docs.find((doc) => doc.fileName === '../series.yaml');
      const context: IssueContext = {
        issue,
        issueYaml,
        ...(seriesYaml ? { seriesYaml } : {}),
        articles,
        report: (doc, start, end, message, edit) => found.push(diagnostic(rule, doc, start, end, message, edit)),
        reportAtKey: (path, message, key) => {
          const at = issueYaml.locate(path, key);
          found.push(diagnostic(rule, issueYaml, at, at, message));
        },
      };
      rule.check(context);
    } else if (rule.scope === 'file') {
      for (const doc of rule.files === 'all' ? docs : articles) {
        if (rule.pattern) forEachMatch(doc.text, rule.pattern, () => fileContext(rule, doc, found), (context) => rule.check(context));
        else rule.check(fileContext(rule, doc, found));
      }
    } else if (rule.scope === 'image') {
      for (const doc of articles) {
        const report = fileReport(rule, doc, found);
        for (const image of doc.images) rule.check({ doc, image, fact: doc.imageFiles.get(image), report });
      }
    } else if (rule.scope === 'link') {
      for (const doc of articles) {
        const report = fileReport(rule, doc, found);
        for (const link of doc.links) rule.check({ doc, link, report });
      }
    } else {
      for (const doc of articles) {
        for (const block of doc.blocks) {
          if (rule.kinds && !rule.kinds.includes(block.kind)) continue;
          if (rule.pattern) forEachMatch(block.text, rule.pattern, () => blockContext(rule, doc, block, found), (context) => rule.check(context));
          else rule.check(blockContext(rule, doc, block, found));
        }
      }
    }
  }
  return found;
}

/**
 * Calls `check` with each match of a rule's pattern in `text`, in order. The
 * context is made at the first match (most blocks have none) and carries the
 * match at hand and its [start, end).
 */
function forEachMatch<Context>(text: string, pattern: RegExp, makeContext: () => Context, check: (context: Context & MatchAtHand) => void): void {
  let context: (Context & MatchAtHand) | undefined;
  for (const match of matchesIn(text, pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (context) {
      context.match = match;
      context.start = start;
      context.end = end;
    } else context = { ...makeContext(), match, start, end };
    check(context);
  }
}

function fileReport(rule: RuleInfo, doc: CheckDoc, found: Diagnostic[]): Report {
  return (start, end, message, edit) => found.push(diagnostic(rule, doc, start, end, message, edit));
}

function fileContext(rule: RuleInfo, doc: CheckDoc, found: Diagnostic[]): FileContext {
  const text = doc.text;
  return {
    doc,
    text,
    matches: (pattern) => matchesIn(text, pattern),
    lines: () => linesOf(doc),
    inCode: (offset) => doc.codeLines[positionOf(doc, offset).line - 1] === 1,
    blocks: () => blocksOf(rule, doc, found),
    offsetIn,
    report: fileReport(rule, doc, found),
    reportLine: (offset, message) => found.push(lineDiagnostic(rule, doc, offset, message)),
  };
}

function* blocksOf(rule: RuleInfo, doc: CheckDoc, found: Diagnostic[]): IterableIterator<BlockContext> {
  for (const block of doc.blocks) yield blockContext(rule, doc, block, found);
}

function blockContext(rule: RuleInfo, doc: CheckDoc, block: TextBlock, found: Diagnostic[]): BlockContext {
  const text = block.text;
  const report: Report = (start, end, message, edit) => {
    check(rule, [0, text.length], start, end, edit);
    const map = (index: number) => offsetIn(block, index);
    const mapped = edit && { text: edit.text, start: map(edit.start ?? start), end: map(edit.end ?? end) };
    found.push(diagnostic(rule, doc, map(start), map(end), message, mapped));
  };
  return {
    text,
    source: block.source ?? text,
    block,
    matches: (pattern) => matchesIn(text, pattern),
    lines: () => blockLines(block),
    report,
    reportLine: (at, message) => {
      check(rule, [0, text.length], at, at);
      found.push(lineDiagnostic(rule, doc, offsetIn(block, at), message));
    },
  };
}

/** Each match of a global pattern; an empty match moves on by one, so no rule can loop for ever. */
function* matchesIn(text: string, pattern: RegExp): IterableIterator<RegExpExecArray> {
  if (!pattern.global) throw new Error(`internal: a rule's pattern ${pattern} must have the g flag`);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const next = match.index + Math.max(1, match[0].length);
    yield match;
    pattern.lastIndex = next;
  }
}

function linesOf(doc: CheckDoc): SourceLine[] {
  return doc.lineStarts.map((start, index) => ({ index, start, text: lineText(doc, index) }));
}

function check(rule: RuleInfo, [from, to]: [number, number], start: number, end: number, edit?: Edit): void {
  const inside = (a: number, b: number) => Number.isInteger(a) && Number.isInteger(b) && from <= a && a <= b && b <= to;
  if (!inside(start, end) || (edit && !inside(edit.start ?? start, edit.end ?? end))) {
    throw new Error(`internal: rule ${rule.id} reported [${start}, ${end}) outside the text it was given [${from}, ${to})`);
  }
}

function diagnostic(rule: RuleInfo, doc: CheckDoc, start: number, end: number, message: string, edit?: Edit): Diagnostic {
  check(rule, [0, doc.text.length], start, end, edit);
  const from = positionOf(doc, start);
  const to = positionOf(doc, end);
  return {
    ruleId: rule.id,
    severity: rule.severity,
    file: doc.file,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    message,
    ...(edit ? { fix: { range: [edit.start ?? start, edit.end ?? end] as [number, number], text: edit.text } } : {}),
  };
}

/** The whole source line holding `offset`, from its first to its last visible character. */
function lineDiagnostic(rule: RuleInfo, doc: CheckDoc, offset: number, message: string): Diagnostic {
  const line0 = positionOf(doc, offset).line - 1;
  const source = lineText(doc, line0);
  const start = doc.lineStarts[line0]! + source.length - source.trimStart().length;
  const end = doc.lineStarts[line0]! + source.trimEnd().length;
  return diagnostic(rule, doc, start, end, message);
}
