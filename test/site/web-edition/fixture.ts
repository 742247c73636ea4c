// The site of two issues (issues-fixture.ts) with printed page markers in one
// article — page 5 begins at its sixth paragraph, page 6 inside its seventh —
// built once into a temp folder, for the web edition's tests.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildSite } from '../../../src/site/build-site.js';
import { tempDir } from '../../helpers/book.js';
import { REPOSITORY, twoIssues } from '../issues-fixture.js';
import { launchChromium, serveSite, type Served } from './serve-site.js';

/** The article of 2024-03 that carries the markers. */
export const MARKED_ARTICLE = '02-zhongyang';

export async function webSite(): Promise<string> {
  const root = await twoIssues();
  const file = path.join(root, '2024-03', `${MARKED_ARTICLE}.md`);
  const text = await readFile(file, 'utf8');
  const paragraphs = text.split('\n\n');
  // paragraphs[0] is the front matter, [1] the first paragraph.
  paragraphs[6] = `<!-- page 5 -->\n\n${paragraphs[6]}`;
  paragraphs[7] = paragraphs[7]!.replace('，', '，<!-- page 6 -->');
  await writeFile(file, paragraphs.join('\n\n'));
  const siteDir = path.join(await tempDir('qikan-web-'), 'site');
  await buildSite({ issuesRoot: root, outDir: siteDir, repository: REPOSITORY });
  return siteDir;
}

/**
 * The web edition served on 127.0.0.1 and a Chromium to open it, for the
 * tests of one file: made before them (when Chromium is there), closed after.
 */
export function webSiteInChromium(available: boolean): { served: Served; browser: Browser } {
  const state = {} as { served: Served; browser: Browser };
  beforeAll(async () => {
    if (!available) return;
    state.served = await serveSite(await webSite());
    state.browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await state.browser?.close();
    await state.served?.close();
  });
  return state;
}
