// What a rule is: a small module with a stable id, a default severity, a
// one-line description, what `--fix` does (when its fix is certain), what it
// looks at (its scope: an issue, a file, a prose block, an image, a link) and,
// for a rule that looks for a pattern, the pattern. The driver (run-rules.ts)
// owns the loops — over files, blocks, images, links and pattern matches —
// calls `check` with each thing the rule looks for, and maps every position a
// rule reports, in the text it was given, to a line and column of the file.
// (The models: markdown-it's Ruler, textlint's node handlers.)
import type { Severity } from '../diagnostic.js';
import type { Issue } from '../issue/model.js';
import type { CheckDoc, ImageFileFact, TextBlock } from './document.js';
import type { ImageSpan, LinkSpan } from './inline-mask.js';

export interface RuleInfo {
  /** `category/name`, stable, never renumbered. */
  id: string;
  severity: Severity;
  description: string;
  /** What --fix does, when the rule fixes. */
  fix?: string;
  /**
   * The Markdown structure the fix changes on purpose; any other fix must
   * leave it as it was (fix-guard.ts holds every fix to this).
   */
  fixReshapes?: FixReshape;
  /**
   * The book cannot be made right with such a finding (text it would lose,
   * XML it could not write, a file EPUBCheck refuses): no disable comment or
   * check.yaml ignore silences it, so what `check` passes, `build` and
   * `release` accept.
   */
  unsilenceable?: true;
}

/** Two paragraphs become one; an indented code block becomes paragraphs of prose; a link definition becomes a paragraph printed as written. */
export type FixReshape = 'joins-paragraphs' | 'code-to-paragraphs' | 'definition-to-paragraph';

/** A replacement of [start, end) — by default the finding's own range — with `text`. */
export interface Edit {
  text: string;
  start?: number;
  end?: number;
}

/**
 * A finding at [start, end) of the text the rule was given (a block's text,
 * or the file's). The driver refuses a range outside that text.
 */
export type Report = (start: number, end: number, message: string, edit?: Edit) => void;

/** One prose block as a block rule sees it. */
export interface BlockContext {
  /** The block's text: lines joined by \n, inline Markdown masked (MASK), so every index maps to the source. */
  text: string;
  /** The block's text as written, inline Markdown and all (index for index with `text`): what a mask stands for. */
  source: string;
  block: TextBlock;
  /** Every match of a global pattern in the text, in order; the driver advances past each. */
  matches(pattern: RegExp): IterableIterator<RegExpExecArray>;
  /** [start, end) of each line of the text (end excludes the \n). */
  lines(): [number, number][];
  report: Report;
  /** A finding on the whole source line holding index `at`: from its first to its last visible character (list markers, #s included). */
  reportLine(at: number, message: string): void;
}

export interface SourceLine {
  /** 0-based line index. */
  index: number;
  /** File offset of its first character. */
  start: number;
  /** Its text, without the line ending. */
  text: string;
}

/** A whole source file as a file rule sees it. */
export interface FileContext {
  doc: CheckDoc;
  text: string;
  matches(pattern: RegExp): IterableIterator<RegExpExecArray>;
  /** Every line of the file, in order. */
  lines(): SourceLine[];
  /** Is the offset inside a fenced or indented code block? */
  inCode(offset: number): boolean;
  /** The body's prose blocks, each with its own block-relative report. */
  blocks(): IterableIterator<BlockContext>;
  /** File offset of an index in a block's text (for a finding that spans blocks). */
  offsetIn(block: TextBlock, index: number): number;
  report: Report;
  reportLine(offset: number, message: string): void;
}

/** The match at hand of a rule's pattern, and its [start, end) in the text the rule is given. */
export interface MatchAtHand {
  match: RegExpExecArray;
  start: number;
  end: number;
}

/**
 * One match of a rule's pattern in a prose block: the block's context, and the
 * match. The driver hands the same object, with the next match, to the next
 * call: read what the call needs from it (destructure it), never keep it.
 */
export interface BlockMatchContext extends BlockContext, MatchAtHand {}

/** One match of a rule's pattern in a file's text; like BlockMatchContext, valid only during the call. */
export interface FileMatchContext extends FileContext, MatchAtHand {}

/** One image of an article: where the body names it, and what is at that path. */
export interface ImageContext {
  doc: CheckDoc;
  image: ImageSpan;
  /** The file the path names, when the path could name a book image and the edge has looked (image-files.ts). */
  fact: ImageFileFact | undefined;
  /** A finding at [start, end) of the file's text (image.start, image.end: its path). */
  report: Report;
}

/** One link target of an article (an inline link's, or a used reference definition's). */
export interface LinkContext {
  doc: CheckDoc;
  link: LinkSpan;
  report: Report;
}

/** An issue as an issue rule sees it: its files side by side. */
export interface IssueContext {
  issue: Issue;
  /** issue.yaml, with `locate`. */
  issueYaml: CheckDoc;
  /** series.yaml, with `locate`, when the check was given it. */
  seriesYaml?: CheckDoc;
  articles: readonly CheckDoc[];
  report(doc: CheckDoc, start: number, end: number, message: string, edit?: Edit): void;
  /** A finding at a key of issue.yaml: the value at `path`, or with `key` the key itself in the map at `path`. */
  reportAtKey(path: ReadonlyArray<PropertyKey>, message: string, key?: string): void;
}

/** Looks at one prose block at a time: paragraphs, headings, table cells, front-matter title/toc_title/byline. */
export interface BlockRule extends RuleInfo {
  scope: 'block';
  /** Which kinds of block; all when omitted. */
  kinds?: readonly TextBlock['kind'][];
  pattern?: never;
  check: (context: BlockContext) => void;
}

/** Looks for a pattern in each prose block: `check` is called with each match, in order. */
export interface BlockPatternRule extends RuleInfo {
  scope: 'block';
  /** Which kinds of block; all when omitted. */
  kinds?: readonly TextBlock['kind'][];
  /** A global pattern (g flag); an empty match moves on by one character. */
  pattern: RegExp;
  check: (context: BlockMatchContext) => void;
}

/** Looks at one file's whole text and structure (Markdown articles; every source with files: 'all'). */
export interface FileRule extends RuleInfo {
  scope: 'file';
  /** Markdown articles (the default), or every source, the YAML files included. */
  files?: 'all' | 'markdown';
  pattern?: never;
  check: (context: FileContext) => void;
}

/** Looks for a pattern in each file's whole text: `check` is called with each match, in order. */
export interface FilePatternRule extends RuleInfo {
  scope: 'file';
  /** Markdown articles (the default), or every source, the YAML files included. */
  files?: 'all' | 'markdown';
  /** A global pattern (g flag); an empty match moves on by one character. */
  pattern: RegExp;
  check: (context: FileMatchContext) => void;
}

/** Looks at each image an article's body names. */
export interface ImageRule extends RuleInfo {
  scope: 'image';
  check: (context: ImageContext) => void;
}

/** Looks at each link target of an article's body. */
export interface LinkRule extends RuleInfo {
  scope: 'link';
  check: (context: LinkContext) => void;
}

/** Looks at all the files of an issue at once (consistency between them). */
export interface IssueRule extends RuleInfo {
  scope: 'issue';
  check: (context: IssueContext) => void;
}

/** What a rule module writes after its id and severity (and pattern): its kind is the function it calls. */
type Declared<R extends Rule> = Omit<R, 'id' | 'severity' | 'scope' | 'pattern'>;

// One function for each kind of rule, as remark-lint's lintRule(origin, rule):
// `export const cjkDash = blockPatternRule('cjk/dash', 'warning', DASHES, {…})`.
// The kind is said once, by the function, and the object it makes is the
// rule's whole declaration.
export const blockRule = (id: string, severity: Severity, rule: Declared<BlockRule>): BlockRule => ({ id, severity, ...rule, scope: 'block' });
export const blockPatternRule = (id: string, severity: Severity, pattern: RegExp, rule: Declared<BlockPatternRule>): BlockPatternRule => ({ id, severity, ...rule, scope: 'block', pattern });
export const fileRule = (id: string, severity: Severity, rule: Declared<FileRule>): FileRule => ({ id, severity, ...rule, scope: 'file' });
export const filePatternRule = (id: string, severity: Severity, pattern: RegExp, rule: Declared<FilePatternRule>): FilePatternRule => ({ id, severity, ...rule, scope: 'file', pattern });
export const imageRule = (id: string, severity: Severity, rule: Declared<ImageRule>): ImageRule => ({ id, severity, ...rule, scope: 'image' });
export const linkRule = (id: string, severity: Severity, rule: Declared<LinkRule>): LinkRule => ({ id, severity, ...rule, scope: 'link' });
export const issueRule = (id: string, severity: Severity, rule: Declared<IssueRule>): IssueRule => ({ id, severity, ...rule, scope: 'issue' });

// `check` is a property, not a method, in each kind: TypeScript then holds a
// rule's `check` to the context its kind is given (a method's parameter is
// checked both ways, and a block rule could ask for a match it never gets).
export type Rule = BlockRule | BlockPatternRule | FileRule | FilePatternRule | ImageRule | LinkRule | IssueRule;

/** A few characters of context for a message, with … where text was cut. */
export function excerpt(text: string, start: number, end: number, before = 4, after = 4): string {
  const from = Math.max(0, start - before);
  const to = Math.min(text.length, end + after);
  const body = text.slice(from, to).replaceAll('\0', '').replaceAll('\n', ' ');
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
