// The 2024-02 issue for the Kindle and release tests, in a temp copy.
// Until src/cover/render.ts draws the real cover, the copy supplies its own
// (a plain red PNG named in issue.yaml); when it does, set SUPPLY_COVER to
// false and the tests build the real sources unchanged.
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { copyIssues } from '../helpers/book.js';

const SUPPLY_COVER = false;

/** A temp copy of issues/2024-02, ready for buildIssue(). */
export async function issue202402(): Promise<string> {
  const dir = path.join(await copyIssues(), 'issues', '2024-02');
  if (SUPPLY_COVER) {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="2560"><rect width="1600" height="2560" fill="#b3261e"/></svg>';
    await writeFile(path.join(dir, 'cover.png'), new Resvg(svg).render().asPng());
    await appendFile(path.join(dir, 'issue.yaml'), 'cover: cover.png\n');
  }
  return dir;
}

