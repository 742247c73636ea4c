// The imported issue as files, in memory: issue.yaml, NN-<slug>.md per
// article and images/NN-k.ext for the images each article references.
import { stringify } from 'yaml';
import { fileProblem, UserError } from '../diagnostic.js';
import { ArticleFrontMatterSchema, IssueSchema } from '../issue/schema.js';
import type { ImportedIssue } from './build-issue.js';
import type { ImportedArticle, OutputFile, SourceImage } from './model.js';
import { articleFileName } from './slug.js';
import { articleFileText } from './text/markdown.js';

const IMAGE_REFERENCE = /\]\(qikan-image:(\d+)\)/g;

/** Names the images of one article images/NN-1.png, NN-2.png … in reading order. */
function placeImages(article: ImportedArticle, position: number, images: readonly SourceImage[]): { article: ImportedArticle; files: OutputFile[] } {
  const names = new Map<number, string>();
  const files: OutputFile[] = [];
  const prefix = String(position).padStart(2, '0');
  const blocks = article.blocks.map((block) =>
    block.replace(IMAGE_REFERENCE, (_, index: string) => {
      const image = images[Number(index)]!;
      let name = names.get(Number(index));
      if (name === undefined) {
        name = `images/${prefix}-${names.size + 1}.${image.extension}`;
        names.set(Number(index), name);
        files.push({ path: name, data: image.data });
      }
      return `](${name})`;
    }),
  );
  return { article: { ...article, blocks }, files };
}

export function issueFiles(issue: ImportedIssue, images: readonly SourceImage[], inputDisplay: string): OutputFile[] {
  const articleFiles: OutputFile[] = [];
  const imageFiles: OutputFile[] = [];
  issue.articles.forEach((article, i) => {
    const placed = placeImages(article, i + 1, images);
    const meta = { title: article.title, toc_title: article.toc_title, byline: article.byline, toc_page: article.toc_page };
    if (!ArticleFrontMatterSchema.safeParse(JSON.parse(JSON.stringify(meta))).success) {
      throw new UserError(fileProblem(inputDisplay, 'import/bad-article', `article ${i + 1} "${article.title}" cannot be written as valid front matter`));
    }
    articleFiles.push({ path: articleFileName(i + 1, article.title), data: articleFileText(placed.article) });
    imageFiles.push(...placed.files);
  });
  const meta = { year: issue.year, number: issue.number, date: issue.date, articles: articleFiles.map((f) => f.path) };
  const checked = IssueSchema.safeParse(meta);
  if (!checked.success) {
    const first = checked.error.issues[0]!;
    throw new UserError(fileProblem(inputDisplay, 'import/bad-issue', `gives an invalid issue.yaml: ${first.path.join('.')} ${first.message}`));
  }
  const header = `# ${issue.year}年第${issue.number}次, imported from ${inputDisplay.split(/[\\/]/).pop()}. The fields are documented in README.md.\n`;
  return [{ path: 'issue.yaml', data: header + stringify(meta, { lineWidth: 0 }) }, ...articleFiles, ...imageFiles];
}
