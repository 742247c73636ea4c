// A one-article issue built by the CLI as a user builds it (stylesheet, cut
// fonts and all), laid out by MuPDF on 360 × 480 px pages: each line's
// characters and right edge, as `mutool draw -F stext` reports them.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyIssues, runCli } from './book.js';

export const MUPDF_PAGE_WIDTH = 360;

export interface MupdfLine {
  text: string;
  /** The right edge of its last character, in page units (0 to MUPDF_PAGE_WIDTH). */
  right: number;
}

/** The lines of the book of one article whose Markdown body is `body`. */
export async function mupdfLinesOfArticle(body: string): Promise<MupdfLine[]> {
  const dir = await copyIssues();
  try {
    const issue = path.join(dir, 'issues', '2099-02');
    await mkdir(issue);
    await writeFile(path.join(issue, 'issue.yaml'), 'year: 2099\nnumber: 2\ndate: 2099-02\narticles:\n  - 01-test.md\n');
    await writeFile(path.join(issue, '01-test.md'), `---\ntitle: 排版测试\n---\n\n${body}`);
    const built = await runCli(['build', '2099-02', '--out', path.join(dir, 'out')], { cwd: dir });
    if (built.code !== 0) throw new Error(`the test issue did not build: ${built.stderr}`);
    const epub = (await readdir(path.join(dir, 'out', '2099-02'))).find((name) => name.endsWith('.epub'))!;
    const stext = execFileSync('mutool', ['draw', '-q', '-F', 'stext', '-W', String(MUPDF_PAGE_WIDTH), '-H', '480', '-S', '12', '-o', '-', path.join(dir, 'out', '2099-02', epub)], {
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    return [...stext.matchAll(/<line\b[\s\S]*?<\/line>/g)].map((line) => {
      const chars = [...line[0].matchAll(/<char [^>]*quad="([^"]*)"[^>]*c="([^"]*)"/g)];
      return { text: chars.map((c) => character(c[2]!)).join(''), right: Math.max(0, ...chars.map((c) => Number(c[1]!.split(' ')[2]))) };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** stext writes a character as a reference (&#x4e2d;) or as itself. */
function character(c: string): string {
  return c.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name]!);
}
