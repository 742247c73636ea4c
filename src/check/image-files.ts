// The edge of the check that looks at files: for each image an article names
// by a path that the text rules accept, what is at that path — missing, a
// symbolic link leading out, not an image, damaged, misnamed, an SVG with
// script or outside references, too big, or
// an image of some size. The image rules (rules/structure-image-*.ts) turn
// these facts into findings, so positions, disable comments and check.yaml
// ignores work for them as for every rule.
import { coverContent } from '../cover/content.js';
import { UserError, type Diagnostic } from '../diagnostic.js';
import { missingCharacters, NOTO_SERIF_SC } from '../fonts/sliced-font.js';
import { CoverStyleSchema } from '../issue/cover-style.js';
import { resolveInside } from '../issue/contain.js';
import { ARTICLE_IMAGE_TYPES, loadImage } from '../issue/images.js';
import type { ImageFile, Issue } from '../issue/model.js';
import { markdownParser } from '../markdown/parser.js';
import { checkDocs, issueDocs, type CheckOptions } from './check-issue.js';
import type { CheckDoc, ImageFileFact } from './document.js';
import type { ImageSpan } from './inline-mask.js';
import { isLocalImagePath } from './rules/structure-image-format.js';

/** Looks up every image of the documents and records what it found in `doc.imageFiles`. */
async function lookAtImageFiles(issueDir: string, docs: readonly CheckDoc[]): Promise<void> {
  for (const doc of docs) {
    for (const image of doc.images) {
      if (isLocalImagePath(image.src)) doc.imageFiles.set(image, await imageFileFact(issueDir, image));
    }
  }
}

async function imageFileFact(issueDir: string, image: ImageSpan): Promise<ImageFileFact> {
  // The file the build will look for: the URL markdown-it makes of the target (escapes and
  // entities resolved, then percent-encoded), which resolveInside decodes as the build does.
  const md = markdownParser();
  const resolved = await resolveInside(issueDir, md.normalizeLink(md.utils.unescapeAll(image.src)));
  if (!resolved.ok) return { kind: resolved.ruleId === 'structure/image-missing' ? 'missing' : 'outside', detail: resolved.message };
  let file: ImageFile;
  try {
    file = await loadImage(resolved.file, ARTICLE_IMAGE_TYPES);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const cause = error.diagnostics[0]!;
    if (cause.ruleId === 'source/too-large') return { kind: 'too-large', detail: cause.message };
    if (cause.ruleId === 'source/missing-file') return { kind: 'missing', detail: cause.message };
    if (cause.ruleId === 'source/unsafe-svg' || cause.ruleId === 'source/damaged-image' || cause.ruleId === 'source/wrong-extension') {
      return { kind: 'unusable', detail: cause.message };
    }
    return { kind: 'not-an-image', detail: cause.message };
  }
  return file.width !== undefined && file.height !== undefined ? { kind: 'found', width: file.width, height: file.height } : { kind: 'found' };
}

/**
 * The characters the generated cover would draw that its typeface lacks (𠮷
 * in a title line): it would leave a blank there (structure/cover-text).
 */
async function lookAtCoverGlyphs(issue: Issue, docs: readonly CheckDoc[]): Promise<void> {
  const series = docs.find((doc) => doc.fileName === '../series.yaml');
  if (!series || issue.suppliedCover || !CoverStyleSchema.safeParse(issue.series.cover ?? {}).success) return;
  const content = coverContent(issue);
  const drawn = [...content.organisation, ...content.titleLines, content.slogan, content.yearText, content.issueText, content.dateText].join('');
  series.coverMissing = await missingCharacters(NOTO_SERIF_SC, drawn);
}

/** Every rule of an issue, image files and cover glyphs looked at: what `qikan check` and `qikan build` report. */
export async function checkIssueFiles(issue: Issue, options: CheckOptions = {}): Promise<Diagnostic[]> {
  const docs = issueDocs(issue);
  await lookAtImageFiles(issue.dir, docs);
  // Only structure/cover-text, a warning, reads the cover's glyphs.
  if (!options.errorsOnly) await lookAtCoverGlyphs(issue, docs);
  return checkDocs(issue, docs, options);
}
