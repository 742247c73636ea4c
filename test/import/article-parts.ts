// Reads an article file back as front matter + paragraphs, so imported and
// curated sources compare by content, not by file name or line wrapping.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

export interface ArticleParts {
  fileName: string;
  meta: Record<string, unknown>;
  paragraphs: string[];
}

export async function readArticle(file: string): Promise<ArticleParts> {
  const text = await readFile(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${file} has no front matter`);
  const paragraphs = text
    .slice(match[0].length)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return { fileName: path.basename(file), meta: parse(match[1]!) as Record<string, unknown>, paragraphs };
}

/** The articles of an issue folder in the order its issue.yaml lists them. */
export async function readIssueFolder(dir: string): Promise<ArticleParts[]> {
  const meta = parse(await readFile(path.join(dir, 'issue.yaml'), 'utf8')) as { articles: string[] };
  return Promise.all(meta.articles.map((name) => readArticle(path.join(dir, name))));
}
