// The image checks that need the file system. The pure rules see only the
// text (remote, outside by its path, a wrong extension); these look at the
// file an image names: it must exist inside the issue folder (no symbolic
// link leading out), be the JPEG, PNG, GIF or SVG its name says, and have at
// most 4 megapixels. They run at the edge — `qikan check` and the check that
// `qikan build` runs first — on the same documents, so positions, disable
// comments and check.yaml ignores work as for every rule.
import type { Diagnostic } from '../diagnostic.js';
import { UserError } from '../diagnostic.js';
import { resolveInside } from '../issue/contain.js';
import { imageSize } from '../issue/image-size.js';
import { ARTICLE_IMAGE_TYPES, loadImage } from '../issue/load.js';
import type { Issue } from '../issue/model.js';
import { markdownParser } from '../render/markdown.js';
import { checkIssueDocs, issueDocs, type CheckOptions } from './check-issue.js';
import type { CheckDoc } from './document.js';
import type { ImageSpan } from './inline-mask.js';
import { report, type RuleInfo } from './rule.js';
import { structureImageFormat } from './rules/structure-image-format.js';
import { structureImageOutside } from './rules/structure-image-outside.js';
import { structureRemoteImage } from './rules/structure-remote-image.js';
import { IMAGE_MISSING_RULE, IMAGE_TOO_LARGE_RULE, MAX_IMAGE_PIXELS } from './image-file-rules.js';

/** Every rule of an issue, file checks included: what `qikan check` and `qikan build` report. */
export async function checkIssueFiles(issue: Issue, options: CheckOptions = {}): Promise<Diagnostic[]> {
  const docs = issueDocs(issue, options.bom);
  return checkIssueDocs(issue, docs, { ...options, fileProblems: await imageFileProblems(issue.dir, docs) });
}

export async function imageFileProblems(issueDir: string, docs: readonly CheckDoc[]): Promise<Diagnostic[]> {
  const problems: Diagnostic[] = [];
  for (const doc of docs) {
    for (const image of doc.images) {
      const problem = await imageProblem(issueDir, doc, image);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

async function imageProblem(issueDir: string, doc: CheckDoc, image: ImageSpan): Promise<Diagnostic | undefined> {
  // Already reported from the text alone: one finding per problem.
  const textual = [structureRemoteImage, structureImageOutside, structureImageFormat].some((rule) => rule.check({ ...doc, images: [image] }).length > 0);
  if (textual) return undefined;
  const at = (rule: RuleInfo, message: string) => report(doc, rule, image.start, image.end, `image "${image.src}" ${message}`);
  // The file the build will look for: the URL markdown-it makes of the target (escapes and
  // entities resolved, then percent-encoded), which resolveInside decodes as the build does.
  const md = markdownParser();
  const resolved = await resolveInside(issueDir, md.normalizeLink(md.utils.unescapeAll(image.src)));
  if (!resolved.ok) return at(resolved.ruleId === 'structure/image-missing' ? IMAGE_MISSING_RULE : structureImageOutside, resolved.message);
  let data: Buffer;
  try {
    data = (await loadImage(resolved.file, ARTICLE_IMAGE_TYPES)).data;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const cause = error.diagnostics[0]!;
    if (cause.ruleId === 'source/too-large') return at(IMAGE_TOO_LARGE_RULE, `${cause.message} — resize it to at most 2000 px on its long side`);
    if (cause.ruleId === 'source/missing-file') return at(IMAGE_MISSING_RULE, cause.message);
    const advice = cause.ruleId === 'source/not-an-image' ? ' — open it and export it again as a real JPEG or PNG' : '';
    return at(structureImageFormat, `${cause.message}${advice}`);
  }
  const size = imageSize(data);
  if (size && size.width * size.height > MAX_IMAGE_PIXELS) {
    return at(IMAGE_TOO_LARGE_RULE, `is ${size.width} × ${size.height} px, over ${MAX_IMAGE_PIXELS / 1_000_000} megapixels — resize it to at most 2000 px on its long side`);
  }
  return undefined;
}
