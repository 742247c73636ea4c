// Edge of the `issue` stage: reads issues/series.yaml, issues/<id>/issue.yaml
// and the article files, parses and validates each against its schema, and
// returns the Issue model — or throws a UserError listing every problem that
// stops loading (not just the first). Whether the files agree with each
// other (folder name, dates, the article list) is for the check's rules.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ISSUE_ID } from '../book-files.js';
import { fileProblem, UserError, type Diagnostic } from '../diagnostic.js';
import { describeFsError, displayPath } from '../files.js';
import { splitFrontMatter } from '../markdown/front-matter.js';
import { resolveInside } from './contain.js';
import { loadImage } from './images.js';
import { issueId, type Article, type ImageFile, type Issue, type SourceFile } from './model.js';
import { readSource } from './read-source.js';
import { ArticleFrontMatterSchema, IssueSchema, SeriesSchema, type Series } from './schema.js';
import { parseYaml, zodDiagnostics } from './yaml-source.js';

/** A supplied cover may have as many pixels as the 1600 × 2560 that readers expect, no more. */
const MAX_COVER_PIXELS = 1600 * 2560;

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
  const entries = await readdir(absDir);
  const articles: Article[] = [];
  for (const [index, fileName] of meta.articles.entries()) {
    // A listed file that is not there is schema/missing-article's to report.
    if (!entries.includes(fileName)) continue;
    try {
      articles.push(await loadArticle(absDir, fileName, index));
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
      const { width = 0, height = 0 } = suppliedCover;
      // A cover is drawn whole on the shelf and in the site: a 30000 × 30000 PNG took `qikan site` to 4.4 GB.
      if (width * height > MAX_COVER_PIXELS) {
        throw new UserError(fileProblem(issueSource.display, 'structure/cover-too-large', `is ${width} × ${height} px, over 1600 × 2560 — export it at 1600 × 2560 px`));
      }
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const pos = parsed.locate(['cover']);
      problems.push(...error.diagnostics.map((d) => ({ ...d, file: issueSource.display, ...pos, message: `cover: ${meta.cover} ${d.message}` })));
    }
  }

  if (problems.length > 0) throw new UserError(problems);
  return {
    id,
    dir: absDir,
    folderEntries: entries.sort(),
    series,
    seriesFile: seriesSource,
    meta,
    issueFile: issueSource,
    articles,
    ...(suppliedCover ? { suppliedCover } : {}),
  };
}

async function loadArticle(issueDir: string, fileName: string, index: number): Promise<Article> {
  const source = await readSource(path.join(issueDir, fileName), { inside: issueDir });
  const split = splitFrontMatter(source.text);
  if (!split) {
    throw new UserError(
      fileProblem(source.display, 'schema/front-matter', 'has no front matter — start the file with a line ---, then title: …, then a line ---', 1, 1),
    );
  }
  const { parsed, diagnostics } = parseYaml(split.yaml, source.display, 1);
  if (!parsed) throw new UserError(diagnostics);
  const result = ArticleFrontMatterSchema.safeParse(parsed.value ?? {});
  if (!result.success) throw new UserError(zodDiagnostics(result.error, parsed, source.display));
  return { index, fileName, source, meta: result.data, body: split.body, bodyLine: split.bodyLine };
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
    if (!ISSUE_ID.test(name)) continue;
    const full = path.join(root, name);
    if ((await stat(full)).isDirectory()) dirs.push(full);
  }
  return dirs;
}
