// Hostile or broken input, one fixture each: the exact message, exit code 1,
// no stack trace, and the output folder byte-for-byte as it was.
import { spawn } from 'node:child_process';
import { appendFile, mkdir, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, copyIssues, runCli } from '../helpers/book.js';
import { expectRefused, goodOutput } from '../helpers/catalogue.js';

const good = goodOutput();

const ARTICLE = '2024-02/01-xi-tuanbai.md';
const addToArticle = (text: string) => async (issues: string) => appendFile(path.join(issues, ARTICLE), text);

const CASES: [string, (issues: string, work: string) => Promise<void>, string][] = [
  [
    'a remote image',
    addToArticle('\n![图](https://example.com/a.png)\n'),
    'issues/2024-02/01-xi-tuanbai.md:37:6  error  structure/remote-image  image "https://example.com/a.png" is remote — save the file into the issue folder and link it by a relative path, e.g. images/photo.jpg',
  ],
  [
    'an image outside the issue folder',
    addToArticle('\n![图](../series.yaml)\n'),
    'issues/2024-02/01-xi-tuanbai.md:37:6  error  structure/image-outside-issue  image "../series.yaml" is outside the issue folder — copy the file into the folder and write a relative path such as images/photo.jpg',
  ],
  [
    'a link to another source file',
    addToArticle('\n见[上文](02-zhongyang.md)。\n'),
    'issues/2024-02/01-xi-tuanbai.md:37:7  error  structure/local-link  link "02-zhongyang.md" points at a file or place the book does not have — write a full address such as https://www.gov.cn/…, or remove the link and keep its text',
  ],
  [
    'an image by absolute path',
    addToArticle('\n![图](/etc/passwd)\n'),
    'issues/2024-02/01-xi-tuanbai.md:37:6  error  structure/image-outside-issue  image "/etc/passwd" is outside the issue folder — copy the file into the folder and write a relative path such as images/photo.jpg',
  ],
  [
    'a symlink pointing out of the issue folder',
    async (issues) => {
      await symlink('/etc/hostname', path.join(issues, '2024-02', 'photo.png'));
      await appendFile(path.join(issues, ARTICLE), '\n![图](photo.png)\n');
    },
    'issues/2024-02/01-xi-tuanbai.md:37:6  error  structure/image-outside-issue  image "photo.png" is outside the issue folder (through ../ or a symbolic link) — copy the image into the issue folder',
  ],
  [
    'a missing image',
    addToArticle('\n![图](images/none.png)\n'),
    'issues/2024-02/01-xi-tuanbai.md:37:6  error  structure/image-missing  image "images/none.png" not found in the issue folder — check the name or add the file',
  ],
  [
    'a file that is not an image',
    async (issues) => {
      await writeFile(path.join(issues, '2024-02', 'fake.png'), 'not an image');
      await appendFile(path.join(issues, ARTICLE), '\n![图](fake.png)\n');
    },
    'issues/2024-02/01-xi-tuanbai.md:37:6  error  structure/image-format  image "fake.png" is not a JPEG, PNG, GIF or SVG image — open it and export it again as a real JPEG or PNG',
  ],
  [
    'an SVG with a script',
    async (issues) => {
      await writeFile(path.join(issues, '2024-02', 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      await appendFile(path.join(issues, ARTICLE), '\n![图](chart.svg)\n');
    },
    'issues/2024-02/01-xi-tuanbai.md:37:6  error  structure/image-format  image "chart.svg" contains <script>, which an SVG in a book may not hold (script, links, HTML, animation, other namespaces) — export it again as a plain SVG (or PNG)',
  ],
  [
    'raw HTML with a script',
    addToArticle('\n<script>alert(1)</script>\n'),
    'issues/2024-02/01-xi-tuanbai.md:37:1  error  structure/raw-html  ',
  ],
  [
    'a control character',
    addToArticle('\n学习\u0007贯彻。\n'),
    'issues/2024-02/01-xi-tuanbai.md:37:3  error  source/control-character  ',
  ],
  [
    'a control character under a disable comment: it cannot be silenced (the XHTML could not hold it)',
    addToArticle('\n<!-- qikan-disable-next-line source/control-character -->\n学习\u0007贯彻。\n'),
    'issues/2024-02/01-xi-tuanbai.md:38:3  error  source/control-character  invisible control character U+0007 is not allowed in XHTML — delete it',
  ],
  [
    'a control character that check.yaml ignores',
    async (issues) => {
      await appendFile(path.join(issues, ARTICLE), '\n学习\u0007贯彻。\n');
      await writeFile(path.join(issues, '2024-02', 'check.yaml'), 'ignore:\n  - source/*\n');
    },
    'issues/2024-02/01-xi-tuanbai.md:37:3  error  source/control-character  invisible control character U+0007 is not allowed in XHTML — delete it',
  ],
  [
    'a list nested past the parser\'s depth (markdown-it maxNesting): an error at the first line it would drop',
    addToArticle(`\n${Array.from({ length: 12 }, (_, k) => `${'  '.repeat(k)}- 第${k}层`).join('\n')}\n`),
    'issues/2024-02/01-xi-tuanbai.md:46:19  error  structure/nesting-too-deep  lists or block quotes are nested too deep here (20 levels): this text and what follows in the same list or quote would be lost — use fewer levels',
  ],
  [
    'a supplied cover that is a symlink out of the folder',
    async (issues) => {
      await symlink('/etc/hostname', path.join(issues, '2024-02', 'cover.png'));
      await appendFile(path.join(issues, '2024-02', 'issue.yaml'), 'cover: cover.png\n');
    },
    'issues/2024-02/issue.yaml:12:8  error  structure/cover-outside-issue  cover: cover.png is outside the issue folder (through ../ or a symbolic link) — copy the image into the issue folder',
  ],
  [
    'a YAML alias bomb',
    async (issues) => {
      const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`);
      await appendFile(path.join(issues, 'series.yaml'), `${lines.join('\n')}\n`);
    },
    'issues/series.yaml:1:1  error  schema/yaml-syntax  YAML: Excessive alias count indicates a resource exhaustion attack',
  ],
  [
    'an article over 10 MB',
    async (issues) => writeFile(path.join(issues, ARTICLE), `---\ntitle: 大\n---\n\n${'学'.repeat(4 * 1024 * 1024)}\n`),
    'issues/2024-02/01-xi-tuanbai.md  error  source/too-large  is 12.0 MB; the limit is 10 MB — split it',
  ],
];

describe('bad input', () => {
  it.each(CASES)('%s', async (_name, breakIt, message) => {
    await expectRefused(breakIt, message, good.out, good.before);
  }, 60_000);

  it('shows a stack trace only when asked with --debug', async () => {
    const work = await copyIssues();
    await appendFile(path.join(work, 'issues', ARTICLE), '\n![图](https://example.com/a.png)\n');
    const plain = await runCli(['build', '2024-02', '--out', good.out], { cwd: work });
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await runCli(['build', '2024-02', '--out', good.out, '--debug'], { cwd: work });
    expect(debug.code).toBe(1);
    expect(debug.stderr.split('\n')[0]).toMatch(/structure\/remote-image/);
    expect(debug.stderr).toMatch(/\n\s+at /);
  }, 60_000);

  it('an output folder that cannot be written', async () => {
    const work = await copyIssues();
    await writeFile(path.join(work, 'dist'), 'a file where the output folder should be');
    const result = await runCli(['build', '2024-02', '--out', 'dist/books'], { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^dist\/books\/2024-02 {2}error {2}output\/unwritable {2}cannot create the output folder: /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('an output folder on a file system that cannot hold one (/proc): one line, no hang', async () => {
    const result = await runCli(['build', '2024-02', '--out', '/proc/qikan-out']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('/proc/qikan-out/2024-02  error  output/unwritable  cannot create the output folder: no such file or folder — choose another --out folder\n');
  }, 60_000);

  it('a missing image whose finding check.yaml ignores still stops the build (it cannot be silenced), leaving none of the output folders it made', async () => {
    const work = await copyIssues();
    await appendFile(path.join(work, 'issues', ARTICLE), '\n![图](images/none.png)\n');
    await writeFile(path.join(work, 'issues', '2024-02', 'check.yaml'), 'ignore:\n  - structure/image-missing\n');
    const result = await runCli(['build', '2024-02', '--out', 'fresh'], { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('issues/2024-02/01-xi-tuanbai.md:37:6  error  structure/image-missing  image "images/none.png" not found in the issue folder — check the name or add the file\n');
    // --out fresh did not exist: neither it nor fresh/2024-02 is left behind.
    expect(await readdir(work)).not.toContain('fresh');
  }, 60_000);

  it('a release that fails after the EPUB is made (EPUBCheck missing) leaves no folder behind either', async () => {
    const work = await copyIssues();
    const result = await runCli(['release', '2024-02', '--out', 'fresh'], { cwd: work, env: { EPUBCHECK_JAR: '/nonexistent/epubcheck.jar' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^\/nonexistent\/epubcheck\.jar {2}error {2}kindle\/epubcheck-missing {2}EPUBCheck is not installed/);
    // The cover cache may stay (it is a cache); the issue's folder may not.
    expect(await readdir(path.join(work, 'fresh'))).not.toContain('2024-02');
  }, 60_000);

  it('an issue that does not exist: named as such, for build, check and release alike', async () => {
    for (const command of ['build', 'check', 'release']) {
      const result = await runCli([command, '2030-01']);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('issues/2030-01  error  source/no-issue  is not an issue folder — name an issue by its id (2024-02, a folder under ./issues) or give the path of a folder holding issue.yaml\n');
    }
  }, 60_000);

  it('a reader that closes the pipe early (qikan check | head): a quiet stop, no EPIPE trace', async () => {
    const work = await copyIssues();
    // Thousands of findings: far more output than a pipe holds.
    await appendFile(path.join(work, 'issues', ARTICLE), '\n刚刚过去的 2023 年。\n'.repeat(3000));
    const child = spawn(process.execPath, [CLI, 'check', '--format', 'json'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('a missing Calibre for --kindle: says how to install it, and leaves the previous book as it was', async () => {
    const work = await copyIssues();
    const plain = await runCli(['build', '2024-02', '--out', 'dist'], { cwd: work });
    expect(plain.code, plain.stderr).toBe(0);
    const epub = path.join(work, 'dist', '2024-02', 'llxx-2024-02.epub');
    const before = await stat(epub);
    const bin = path.join(work, 'bin');
    await mkdir(bin);
    // A PATH with node and java but without ebook-convert.
    await symlink(process.execPath, path.join(bin, 'node'));
    await symlink('/usr/bin/java', path.join(bin, 'java'));
    const result = await runCli(['build', '2024-02', '--out', 'dist', '--kindle'], { cwd: work, env: { PATH: bin } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/calibre/i);
    expect(result.stderr).toMatch(/apt-get install -y calibre/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // --kindle writes the EPUB and its Kindle books together or not at all.
    expect(await readdir(path.join(work, 'dist', '2024-02'))).toEqual(['llxx-2024-02.epub']);
    expect((await stat(epub)).mtimeMs).toBe(before.mtimeMs);
  }, 120_000);
});
