// Edge of the `issue` stage: reads issues/series.yaml, issues/<id>/issue.yaml
// and the article files, validates them, and returns the Issue model — or
// throws a UserError listing every problem found (not just the first).
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileProblem, UserError, type Diagnostic } from '../diagnostic.js';
import { resolveInside } from './contain.js';
import { issueId, type Article, type ImageFile, type Issue, type SourceFile } from './model.js';
import { ArticleFrontMatterSchema, IssueSchema, SeriesSchema, type Series } from './schema.js';
import { parseYaml, zodDiagnostics } from './yaml-source.js';

export const ISSUE_DIR_PATTERN = /^\d{4}-\d{2}$/;
// Big enough for any real article; small enough that a wrong file cannot exhaust memory.
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

export interface ReadSourceOptions {
  maxBytes?: number;
  /**
   * The folder the file must really be in: a symbolic link leading out of it
   * is refused, so a source cannot pull a private file (~/.ssh/…, /etc/…)
   * into a book that a release then publishes.
   */
  inside?: string;
}

/** Reads a text source as strict UTF-8; a BOM is dropped (the check stage reports it). */
export async function readSource(file: string, options: ReadSourceOptions = {}): Promise<SourceFile> {
  const { maxBytes = MAX_ARTICLE_BYTES, inside } = options;
  const display = displayPath(file);
  let bytes: Buffer;
  try {
    if (inside !== undefined && !(await isReallyInside(inside, file))) {
      throw new UserError(fileProblem(display, 'source/outside-folder', `is a symbolic link to a file outside ${displayPath(inside)}/ — copy the file into the folder instead`));
    }
    const info = await stat(file);
    if (!info.isFile()) throw new UserError(fileProblem(display, 'source/unreadable', 'is not a regular file'));
    if (info.size > maxBytes) {
      throw new UserError(
        fileProblem(display, 'source/too-large', `is ${(info.size / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB — split it`),
      );
    }
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(fileProblem(display, 'source/missing-file', `cannot be read: ${describeFsError(error)}`));
  }
  return { path: file, display, text: decodeUtf8(bytes, display) };
}

async function isReallyInside(folder: string, file: string): Promise<boolean> {
  const root = await realpath(folder);
  // A file that does not exist is not outside: the read below says it is missing.
  const real = await realpath(file).catch(() => undefined);
  return real === undefined || real.startsWith(root + path.sep);
}

export function decodeUtf8(bytes: Uint8Array, display: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new UserError(
      fileProblem(
        display,
        'source/encoding',
        `is not valid UTF-8 (probably GB18030/GBK from a Chinese Windows program) — convert it: iconv -f GB18030 -t UTF-8 "${display}" > fixed.md`,
      ),
    );
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'part of the path is a file, not a folder';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  return (error as Error).message;
}

export async function loadSeries(file: string): Promise<{ series: Series; source: SourceFile }> {
  const source = await readSource(file, { inside: path.dirname(file) });
  const { parsed, diagnostics } = parseYaml(source.text, source.display);
  if (!parsed) throw new UserError(diagnostics);
  const result = SeriesSchema.safeParse(parsed.value ?? {});
  if (!result.success) throw new UserError(zodDiagnostics(result.error, parsed, source.display));
  return { series: result.data, source };
}

/** Loads and validates one issue folder; its parent folder holds series.yaml. */
export async function loadIssue(dir: string): Promise<Issue> {
  const absDir = path.resolve(dir);
  const seriesFile = path.join(path.dirname(absDir), 'series.yaml');
  const problems: Diagnostic[] = [];
  const { series, source: seriesSource } = await loadSeries(seriesFile);

  const issueSource = await readSource(path.join(absDir, 'issue.yaml'), { inside: absDir });
  const { parsed, diagnostics } = parseYaml(issueSource.text, issueSource.display);
  if (!parsed) throw new UserError(diagnostics);
  const result = IssueSchema.safeParse(parsed.value ?? {});
  if (!result.success) throw new UserError(zodDiagnostics(result.error, parsed, issueSource.display));
  const meta = result.data;

  const id = issueId(meta.year, meta.number);
  const folderName = path.basename(absDir);
  if (folderName !== id) {
    problems.push({
      ruleId: 'schema/folder-name',
      severity: 'error',
      file: issueSource.display,
      ...parsed.locate(['number']),
      message: `year ${meta.year} and number ${meta.number} make the issue id ${id}, but the folder is named ${folderName} — rename the folder or fix year/number`,
    });
  }
  if (!meta.date.startsWith(`${meta.year}-`)) {
    problems.push({
      ruleId: 'schema/date-year',
      severity: 'error',
      file: issueSource.display,
      ...parsed.locate(['date']),
      message: `date ${meta.date} is not in year ${meta.year} — fix date or year`,
    });
  }

  const seen = new Map<string, number>();
  meta.articles.forEach((name, i) => {
    const first = seen.get(name);
    if (first !== undefined) {
      problems.push({
        ruleId: 'schema/duplicate-article',
        severity: 'error',
        file: issueSource.display,
        ...parsed.locate(['articles', i]),
        message: `articles[${i}]: ${name} is already listed as articles[${first}] — list each file once`,
      });
    } else seen.set(name, i);
  });

  const entries = await readdir(absDir);
  for (const [i, name] of meta.articles.entries()) {
    if (!entries.includes(name)) {
      problems.push({
        ruleId: 'schema/missing-article',
        severity: 'error',
        file: issueSource.display,
        ...parsed.locate(['articles', i]),
        message: `articles[${i}]: file ${name} not found in ${displayPath(absDir)}/ — check the name or add the file`,
      });
    }
  }
  for (const name of entries.filter((e) => e.endsWith('.md')).sort()) {
    if (!seen.has(name)) {
      problems.push(fileProblem(displayPath(path.join(absDir, name)), 'schema/unlisted-article', `is not listed in ${issueSource.display} articles — add it to the list or move it out of the folder`));
    }
  }

  const articles: Article[] = [];
  for (const [index, fileName] of meta.articles.entries()) {
    if (!entries.includes(fileName)) continue;
    try {
      const loaded = await loadArticle(absDir, fileName, index);
      articles.push(loaded.article);
      problems.push(...loaded.problems);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(...error.diagnostics);
    }
  }

  let suppliedCover: ImageFile | undefined;
  if (meta.cover) {
    try {
      const resolved = await resolveInside(absDir, meta.cover);
      if (!resolved.ok) throw new UserError(fileProblem(issueSource.display, resolved.ruleId.replace('image-', 'cover-').replace('remote-image', 'remote-cover'), resolved.message));
      suppliedCover = await loadImage(resolved.file);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const pos = parsed.locate(['cover']);
      problems.push(...error.diagnostics.map((d) => ({ ...d, file: issueSource.display, ...pos, message: `cover: ${meta.cover} ${d.message}` })));
    }
  }

  if (problems.length > 0) throw new UserError(problems);
  return { id, dir: absDir, series, seriesFile: seriesSource, meta, issueFile: issueSource, articles, ...(suppliedCover ? { suppliedCover } : {}) };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

async function loadArticle(issueDir: string, fileName: string, index: number): Promise<{ article: Article; problems: Diagnostic[] }> {
  const source = await readSource(path.join(issueDir, fileName), { inside: issueDir });
  const match = FRONT_MATTER.exec(source.text);
  if (!match) {
    throw new UserError(
      fileProblem(source.display, 'schema/front-matter', 'has no front matter — start the file with a line ---, then title: …, then a line ---', 1, 1),
    );
  }
  const { parsed, diagnostics } = parseYaml(match[1]!, source.display, 1);
  if (!parsed) throw new UserError(diagnostics);
  const result = ArticleFrontMatterSchema.safeParse(parsed.value ?? {});
  if (!result.success) throw new UserError(zodDiagnostics(result.error, parsed, source.display));
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  const article: Article = {
    index,
    fileName,
    source,
    meta: result.data,
    body: source.text.slice(match[0].length),
    bodyLine,
  };
  const problems: Diagnostic[] = [];
  if (article.body.trim() === '') {
    problems.push(fileProblem(source.display, 'structure/empty-article', 'has no text after its front matter — add the article text or remove the file from issue.yaml', bodyLine, 1));
  }
  return { article, problems };
}

const COVER_TYPES = ['image/jpeg', 'image/png'] as const;
/** EPUB 3.3 core media types for images. */
export const ARTICLE_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/svg+xml'] as const;

export async function loadImage(file: string, accepted: readonly string[] = COVER_TYPES): Promise<ImageFile> {
  const display = displayPath(file);
  let data: Buffer;
  try {
    const info = await stat(file);
    if (info.size > MAX_IMAGE_BYTES) throw new UserError(fileProblem(display, 'source/too-large', `is over ${MAX_IMAGE_BYTES / 1048576} MB`));
    data = await readFile(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(fileProblem(display, 'source/missing-file', `cannot be read: ${describeFsError(error)}`));
  }
  const mediaType = sniffImage(data);
  if (mediaType === undefined || !accepted.includes(mediaType)) {
    const names = accepted.map((t) => t.replace('image/', '').replace('svg+xml', 'SVG').toUpperCase());
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0];
    throw new UserError(fileProblem(display, 'source/not-an-image', `is not a ${list} image`));
  }
  // An SVG is a document: no script, handler or javascript: URL may ride into a book in one.
  if (mediaType === 'image/svg+xml' && /<script|\son[a-z]+\s*=|javascript:|<foreignObject/i.test(data.toString('utf8'))) {
    throw new UserError(fileProblem(display, 'source/unsafe-svg', 'contains script, event handlers or embedded HTML — export it again as a plain SVG (or PNG)'));
  }
  return { display, data, mediaType: mediaType as ImageFile['mediaType'] };
}

export function sniffImage(data: Uint8Array): string | undefined {
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'image/png';
  if (data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46) return 'image/gif';
  const head = Buffer.from(data.subarray(0, 256)).toString('utf8');
  if (/<svg[\s>]/.test(head) || /^\s*<\?xml/.test(head)) return 'image/svg+xml';
  return undefined;
}

/** Loads several issue folders; every problem of every one in one UserError. */
export async function loadIssues(dirs: string[]): Promise<Issue[]> {
  const issues: Issue[] = [];
  const problems: Diagnostic[] = [];
  for (const dir of dirs) {
    try {
      issues.push(await loadIssue(dir));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  if (problems.length > 0) throw new UserError(problems);
  return issues;
}

/** The issue folders under an issues root, sorted by id. */
export async function findIssueDirs(root: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(root);
  } catch (error) {
    throw new UserError(fileProblem(displayPath(root), 'source/missing-file', `cannot be read: ${describeFsError(error)}`));
  }
  const dirs: string[] = [];
  for (const name of entries.sort()) {
    if (!ISSUE_DIR_PATTERN.test(name)) continue;
    const full = path.join(root, name);
    if ((await stat(full)).isDirectory()) dirs.push(full);
  }
  return dirs;
}
