// Can a machine read the cover? tesseract (chi_sim) on the 2024-02 cover must
// find the series title and, above all, the issue number. A stand-in for
// legibility: it failed on earlier designs (a light panel behind 第2次, digits
// set larger than the characters) that a quick look would have passed.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { renderCover } from '../../src/cover/render.js';
import { COVER_2024_02, STYLE_2024_02 } from './fixtures.js';

/** Why tesseract cannot run here, or undefined when it can. */
function tesseractProblem(): string | undefined {
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (langs.error) return `tesseract is not installed (${langs.error.message}); apt-get install tesseract-ocr tesseract-ocr-chi-sim`;
  if (!/^chi_sim$/m.test(`${langs.stdout}${langs.stderr}`)) return 'tesseract has no chi_sim data; apt-get install tesseract-ocr-chi-sim';
  return undefined;
}

it('reads the title and the issue number off the 2024-02 cover', async (context) => {
  const problem = tesseractProblem();
  if (problem) {
    // CI must prove legibility, never skip it; on a laptop without tesseract, say why it did not run.
    if (process.env.CI === 'true') throw new Error(`OCR test cannot run in CI: ${problem}`);
    console.warn(`OCR test skipped: ${problem}`);
    context.skip(`OCR test skipped: ${problem}`);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qikan-cover-ocr-'));
  try {
    const png = path.join(dir, 'cover.png');
    await writeFile(png, (await renderCover(COVER_2024_02, STYLE_2024_02)).data);
    const ocr = spawnSync('tesseract', [png, '-', '-l', 'chi_sim'], { encoding: 'utf8' });
    expect(ocr.status, ocr.stderr).toBe(0);
    // chi_sim puts no spaces between Han characters, but may between Han and digits.
    const text = ocr.stdout.replace(/[ \t]+/g, '');
    expect(text).toContain('学习资料');
    expect(text).toMatch(/第2次|2次/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);
