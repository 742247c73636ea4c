// One issue's web edition, rebuilt on demand for the preview: the issue is
// read again (a few small files), checked, and only what changed is made
// again — an article is rendered when its source, its printed pages or its
// findings changed, the fonts are cut when the text they must cover changed
// (and then from the disk cache when that cut was made before). The
// previous pages stay in memory; nothing is written to the issue folder or
// the site.
import { createHash } from '../builtins.js';
import { loadArticleImages } from '../build.js';
import { readCheckConfig } from '../check/config-file.js';
import { checkIssueFiles } from '../check/image-files.js';
import { UserError, type Diagnostic } from '../diagnostic.js';
import { bookFonts, bookText, fontRecipes, type EmbeddedFont } from '../epub/book-fonts.js';
import { loadIssue } from '../issue/load.js';
import type { Issue } from '../issue/model.js';
import { cacheKey } from '../output/cache.js';
import type { RenderedArticle } from '../render/article.js';
import { articlePages } from '../render/printed-pages.js';
import { composeWebIssue, renderWebArticle, type WebArticleParts } from '../site/web-edition/compose.js';
import { webIssueFolder, WEB_STYLESHEET } from '../site/web-edition/paths.js';
import { webIssueFiles, webStylesheet } from '../site/web-edition/web-files.js';
import { articleMarks, issueBanner } from './findings.js';

export type Rebuild =
  | { ok: true; id: string; lang: string; files: Map<string, string | Buffer>; diagnostics: Diagnostic[]; rendered: number; ms: number }
  | { ok: false; problems: Diagnostic[]; bug?: string; ms: number };


export class PreviewSession {
  private articles = new Map<string, WebArticleParts>();
  private fonts: { key: string; fonts: EmbeddedFont[] } | undefined;
  /** The stylesheet is qikan's, not the issue's: read once. */
  private stylesheet: Promise<string> | undefined;

  /** `script`: the markup the preview adds to every page (its reload script). */
  constructor(
    private readonly issueDir: string,
    private readonly cacheDir: string,
    private readonly script: string,
  ) {}

  async rebuild(): Promise<Rebuild> {
    const start = performance.now();
    const ms = () => Math.round(performance.now() - start);
    try {
      const issue = await loadIssue(this.issueDir);
      const config = await readCheckConfig(issue.dir);
      const diagnostics = [...config.diagnostics, ...(await checkIssueFiles(issue, { ignores: config.ignores }))];
      const { results, rendered } = this.renderArticles(issue, diagnostics);
      const web = composeWebIssue(issue, results);
      const fonts = await this.cutFonts(issue, results.map((r) => r.rendered));
      const banner = issueBanner(diagnostics, new Set(issue.articles.map((a) => a.source.display)));
      const files = webIssueFiles(web, fonts, {
        // A new cut gets a new address; an unchanged one stays cached in the browser.
        fonts: fonts.map((font) => ({ family: font.family, weight: font.weight, href: `${font.fileName}?v=${shortHash(font.data)}` })),
        extra: { head: this.script },
        banner,
      });
      files.set(WEB_STYLESHEET, await (this.stylesheet ??= webStylesheet()));
      for (const [target, image] of await articleImages(issue, results.map((r) => r.rendered))) files.set(`${webIssueFolder(issue.id)}/${target}`, image);
      return { ok: true, id: issue.id, lang: issue.series.language, files, diagnostics, rendered, ms: ms() };
    } catch (error) {
      if (error instanceof UserError) return { ok: false, problems: error.diagnostics, ms: ms() };
      return { ok: false, problems: [], bug: (error as Error)?.stack ?? String(error), ms: ms() };
    }
  }

  private renderArticles(issue: Issue, diagnostics: readonly Diagnostic[]): { results: WebArticleParts[]; rendered: number } {
    const printed = articlePages(issue);
    const kept = new Map<string, WebArticleParts>();
    let rendered = 0;
    const results = issue.articles.map((article, i) => {
      const marks = articleMarks(article, diagnostics);
      const key = cacheKey({ text: article.source.text, index: article.index, printed: printed[i], marks });
      let result = this.articles.get(key) ?? kept.get(key);
      if (!result) {
        result = renderWebArticle(article, printed[i]!, marks);
        rendered++;
      }
      kept.set(key, result);
      return result;
    });
    // Only the current articles stay: the cache never outgrows the issue.
    this.articles = kept;
    return { results, rendered };
  }

  private async cutFonts(issue: Issue, rendered: readonly RenderedArticle[]): Promise<EmbeddedFont[]> {
    const text = bookText(issue, rendered);
    // What decides the cuts is each font's set of characters, not the whole text.
    const key = cacheKey(fontRecipes(text).map((r) => [r.family, [...new Set(r.text)].sort().join('')]));
    if (this.fonts?.key !== key) this.fonts = { key, fonts: await bookFonts(text, this.cacheDir) };
    return this.fonts.fonts;
  }
}

/** The article images that can be read; one that cannot is the check's finding, and the page shows it missing. */
async function articleImages(issue: Issue, rendered: RenderedArticle[]): Promise<Map<string, Buffer>> {
  const images = new Map<string, Buffer>();
  for (const [i, article] of rendered.entries()) {
    try {
      const one = { ...issue, articles: [issue.articles[i]!] };
      for (const [target, image] of await loadArticleImages(one, [article])) images.set(target, image.data);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
    }
  }
  return images;
}

function shortHash(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 10);
}
