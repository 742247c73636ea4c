// The contract of issue 17, as a seeded fuzz campaign: every generated issue
// that `qikan check` passes is built by the real build (no internal error,
// no refusal the check did not foresee), its book holds every character of
// the source's text, and EPUBCheck finds no fatal, error or warning in it.
// Issues the check refuses are counted; they must be refused with a
// UserError, never an internal error.
//
// QIKAN_FUZZ_ISSUES sets how many issues (2,000 in CI, 300 locally),
// QIKAN_FUZZ_SEED the seed. The books go through EPUBCheck in batches, in
// one JVM (fuzz/EpubcheckBatch.java). A failure prints its seed and path
// (fast-check replays it) or, for EPUBCheck, the folder of the sources; a
// shrunk failure becomes a fixture in the bad-input catalogue.
//
// An issue whose check and build take over a minute (a few tenths of a
// second is usual) fails the campaign, with its seed and path: a build that
// hangs must say so, not run into the hour the whole campaign may take. In
// CI a failure is reported as found, not shrunk (shrinking rebuilds many
// issues and could outlast that hour); replay its path locally to shrink it.
// The campaign says how far it is every 250 issues.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio/slim';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildEpubBytes, refuseOnCheckErrors } from '../../src/build.js';
import { UserError } from '../../src/diagnostic.js';
import { loadIssue } from '../../src/issue/load.js';
import { ROOT, tempDir } from '../helpers/book.js';
import { batchEpubcheckAvailable, epubcheckMany } from './fuzz/epubcheck-batch.js';
import { issueArb, type GeneratedIssue } from './fuzz/generate.js';

const ISSUES = Number(process.env.QIKAN_FUZZ_ISSUES ?? (process.env.CI ? 2000 : 300));
const SEED = Number(process.env.QIKAN_FUZZ_SEED ?? 20240217);
const ISSUE_LIMIT_MS = 60_000;
const PROGRESS_EVERY = 250;

// White space, the zero-width space after a byline's gaps and the word joiner before a note mark
// that follows another (render/article.ts) are no text a reader sees.
const squash = (text: string) => text.replace(/[\s\u200b\u2060]+/g, '');

async function writeIssue(root: string, generated: GeneratedIssue): Promise<string> {
  const dir = path.join(root, 'issues', '2024-02');
  await mkdir(dir, { recursive: true });
  await cp(path.join(ROOT, 'issues', 'series.yaml'), path.join(root, 'issues', 'series.yaml'));
  await writeFile(path.join(dir, 'issue.yaml'), generated.issueYaml);
  for (const article of generated.articles) await writeFile(path.join(dir, article.fileName), article.source);
  for (const [name, data] of Object.entries(generated.files)) await writeFile(path.join(dir, name), data);
  return dir;
}

/** Built: the book; refused: the check's (or loader's) lines. Anything else is thrown. */
async function checkAndBuild(dir: string, cacheDir: string): Promise<{ epub: Buffer } | { refused: string }> {
  let issue;
  try {
    issue = await loadIssue(dir);
    await refuseOnCheckErrors(issue);
  } catch (error) {
    if (error instanceof UserError) return { refused: error.message };
    throw error;
  }
  // What check passed, build must accept: any error here (a UserError too) is a broken contract.
  return { epub: await buildEpubBytes(issue, { outDir: cacheDir, cacheDir }) };
}

describe(`fuzz campaign: ${ISSUES} generated issues, seed ${SEED}`, () => {
  it('what check passes builds, whole, and EPUBCheck accepts', async (context) => {
    const work = await tempDir('qikan-fuzz-');
    const cacheDir = path.join(work, 'cache');
    const books: { epub: string; sources: string }[] = [];
    const refusals = new Map<string, number>();
    let n = 0;
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(issueArb, async (generated) => {
        if (n > 0 && n % PROGRESS_EVERY === 0) console.log(`fuzz campaign: ${n} of ${ISSUES} issues, ${books.length} built, ${Math.round((Date.now() - started) / 1000)} s`);
        const root = path.join(work, `issue-${n++}`);
        const dir = await writeIssue(root, generated);
        const result = await checkAndBuild(dir, cacheDir);
        if ('refused' in result) {
          for (const rule of result.refused.matchAll(/ {2}error {2}(\S+)/g)) refusals.set(rule[1]!, (refusals.get(rule[1]!) ?? 0) + 1);
          await rm(root, { recursive: true, force: true });
          return;
        }
        const zip = await JSZip.loadAsync(result.epub);
        for (const [i, article] of generated.articles.entries()) {
          const xhtml = await zip.file(`OEBPS/article-0${i + 1}.xhtml`)!.async('string');
          expect(squash(cheerio.load(xhtml, { xml: true })('section.article').text())).toBe(squash(article.text));
        }
        const epub = path.join(root, 'book.epub');
        await writeFile(epub, result.epub);
        books.push({ epub, sources: dir });
      }),
      { seed: SEED, numRuns: ISSUES, timeout: ISSUE_LIMIT_MS, endOnFailure: Boolean(process.env.CI) },
    );
    const summary = `${books.length} built, ${ISSUES - books.length} refused (${[...refusals].map(([rule, count]) => `${rule} ${count}`).join(', ')})`;
    console.log(`fuzz campaign, seed ${SEED}: ${summary}`);
    // A campaign that refuses nearly everything tests nothing.
    expect(books.length, summary).toBeGreaterThan(ISSUES * 0.3);

    if (!batchEpubcheckAvailable()) {
      if (process.env.CI) throw new Error('EPUBCheck and a JDK are needed: apt-get install -y epubcheck default-jdk-headless');
      return context.skip();
    }
    const reports = await epubcheckMany(books.map((b) => b.epub));
    const flagged = reports.flatMap((problems, i) => (problems.length > 0 ? [`${books[i]!.sources}: ${problems.map((p) => `${p.ruleId} ${p.message}`).join('; ')}`] : []));
    expect(flagged, `books EPUBCheck flags (their sources are kept):\n${flagged.join('\n')}`).toEqual([]);
    console.log(`fuzz campaign: EPUBCheck accepted all ${books.length} books`);
    await rm(work, { recursive: true, force: true });
  }, ISSUES * 1500 + 600_000);
});
