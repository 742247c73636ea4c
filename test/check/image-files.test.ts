// The image checks that look at files, through `qikan check` on real folders:
// a missing file, a symbolic link leading out, a file that is not what its
// name says, and an image over 4 megapixels — each at the image's position,
// and silenced by check.yaml or a disable comment like any rule.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { prepareIssueBook } from '../../src/build.js';
import { runCheck } from '../../src/check/command.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { imageSize } from '../../src/issue/image-size.js';
import { gif, jpeg } from '../helpers/images.js';
import { capture, removeTempIssues, tempIssue } from './temp-issue.js';

afterAll(removeTempIssues);

const article = (body: string) => `---\ntitle: 测试文章\n---\n\n${body}`;
const findings = async (dir: string) => {
  const { output } = await capture((out) => runCheck({ dirs: [dir], fix: false, format: 'json' }, out));
  return (JSON.parse(output) as Diagnostic[]).map((d) => ({ rule: d.ruleId, line: d.line, column: d.column, message: d.message }));
};

/** A real PNG of the given size (rendered by resvg, as the cover is). */
function png(width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#a31a1e"/></svg>`;
  return Buffer.from(new Resvg(svg).render().asPng());
}


describe('image files, as qikan check sees them', () => {
  it('a missing image: structure/image-missing at the image target', async () => {
    const dir = await tempIssue({ '01-a.md': article('正文。\n\n![图](images/none.png)\n') });
    expect(await findings(dir)).toEqual([
      { rule: 'structure/image-missing', line: 7, column: 6, message: 'image "images/none.png" not found in the issue folder — check the name or add the file' },
    ]);
  });

  it('a path written with a backslash escape, an entity or a percent escape names the file markdown-it reads; check and build agree', async () => {
    const dir = await tempIssue(
      { '01-a.md': article('正文。\n\n![图一](images/chart\\_1.png)\n\n![图二](images/a&amp;b.png)\n\n![图三](<images/x%20y%.png>)\n\n![图四](images/a+b.png)\n\n![图二又](images/a&amp;b.png)\n') },
    );
    await mkdir(path.join(dir, 'images'));
    await writeFile(path.join(dir, 'images', 'chart_1.png'), png(4, 4));
    await writeFile(path.join(dir, 'images', 'a&b.png'), png(4, 4));
    await writeFile(path.join(dir, 'images', 'x y%.png'), png(4, 4));
    await writeFile(path.join(dir, 'images', 'a+b.png'), png(5, 5));
    expect(await findings(dir)).toEqual([]);
    const { epub } = await prepareIssueBook(dir, { outDir: path.join(dir, '..', '..', 'dist') });
    const zip = await JSZip.loadAsync(epub);
    const images = Object.keys(zip.files).filter((n) => n.includes('/images/')).sort();
    // a&b.png and a+b.png make the same safe name: the second gets -2; the repeated a&b.png reuses its file.
    expect(images).toEqual(['OEBPS/images/01-a_b-2.png', 'OEBPS/images/01-a_b.png', 'OEBPS/images/01-chart_1.png', 'OEBPS/images/01-x_20y_25.png']);
    expect(imageSize(await zip.file('OEBPS/images/01-a_b-2.png')!.async('nodebuffer'))).toEqual({ width: 5, height: 5 });
    expect(imageSize(await zip.file('OEBPS/images/01-a_b.png')!.async('nodebuffer'))).toEqual({ width: 4, height: 4 });
  });

  it('an image whose target is a reference definition is checked at the definition', async () => {
    const dir = await tempIssue({ '01-a.md': article('正文。\n\n![图][r]\n\n[r]: images/none.png\n') });
    expect(await findings(dir)).toEqual([
      { rule: 'structure/image-missing', line: 9, column: 6, message: 'image "images/none.png" not found in the issue folder — check the name or add the file' },
    ]);
  });

  it('a symbolic link that leads out of the issue folder', async () => {
    const dir = await tempIssue({ '01-a.md': article('![图](photo.png)\n') });
    await symlink('/etc/hostname', path.join(dir, 'photo.png'));
    expect(await findings(dir)).toMatchObject([{ rule: 'structure/image-outside-issue', line: 5, column: 6, message: expect.stringMatching(/^image "photo\.png" is outside the issue folder/) }]);
  });

  it('a file whose content is not the image its name says', async () => {
    const dir = await tempIssue({ '01-a.md': article('![图](chart.png)\n') }, { 'chart.png': 'not an image' });
    expect(await findings(dir)).toMatchObject([{ rule: 'structure/image-format', message: 'image "chart.png" is not a JPEG, PNG, GIF or SVG image — open it and export it again as a real JPEG or PNG' }]);
  });

  it('an image over 4 megapixels is an error; one of exactly 4 is not', async () => {
    const big = png(2001, 2000);
    expect(imageSize(big)).toEqual({ width: 2001, height: 2000 });
    const dir = await tempIssue({ '01-a.md': article('![大](big.png)\n\n![刚好](fits.png)\n') });
    await writeFile(path.join(dir, 'big.png'), big);
    await writeFile(path.join(dir, 'fits.png'), png(2000, 2000));
    expect(await findings(dir)).toEqual([
      {
        rule: 'structure/image-too-large',
        line: 5,
        column: 6,
        message: 'image "big.png" is 2001 × 2000 px, over 4 megapixels — resize it to at most 2000 px on its long side',
      },
    ]);
  });

  it('measures a GIF too', async () => {
    const dir = await tempIssue({ '01-a.md': article('![动图](anim.gif)\n') });
    await writeFile(path.join(dir, 'anim.gif'), gif(4000, 3000));
    expect(await findings(dir)).toMatchObject([{ rule: 'structure/image-too-large', message: expect.stringContaining('4000 × 3000 px, over 4 megapixels') }]);
  });

  it('check.yaml and a disable comment silence a large image as any rule', async () => {
    const body = '<!-- qikan-disable-next-line structure/image-too-large -->\n![图](one.png)\n\n![图](other.png)\n';
    const dir = await tempIssue({ '01-a.md': article(body) }, { 'check.yaml': 'ignore:\n  - rule: structure/image-too-large\n    file: 01-a.md\n    line: 8\n' });
    await writeFile(path.join(dir, 'one.png'), png(2500, 2500));
    await writeFile(path.join(dir, 'other.png'), png(2500, 2500));
    expect(await findings(dir)).toEqual([]);
  });

  it('but not a missing image, which the build could not put in the book', async () => {
    const body = '<!-- qikan-disable-next-line structure/image-missing -->\n![图](none.png)\n';
    const dir = await tempIssue({ '01-a.md': article(body) }, { 'check.yaml': 'ignore:\n  - structure/*\n' });
    expect(await findings(dir)).toEqual([
      {
        rule: 'check/unsilenceable',
        line: 5,
        column: 30,
        message: 'qikan-disable-next-line names structure/image-missing, which cannot be silenced (the book could not be made right) — fix the text and remove the comment',
      },
      { rule: 'structure/image-missing', line: 6, column: 6, message: 'image "none.png" not found in the issue folder — check the name or add the file' },
    ]);
  });

  it('a JPEG whose fill byte hid its size, a truncated or misnamed file: at the image, with what to do', async () => {
    const body = '![一](fill.jpg)\n\n![二](cut.jpg)\n\n![三](photo.gif)\n\n![四](cut.gif)\n';
    const dir = await tempIssue({ '01-a.md': article(body) });
    await writeFile(path.join(dir, 'fill.jpg'), jpeg({ width: 30000, height: 30000, fill: 1 }));
    await writeFile(path.join(dir, 'cut.jpg'), jpeg().subarray(0, 140));
    await writeFile(path.join(dir, 'photo.gif'), jpeg());
    await writeFile(path.join(dir, 'cut.gif'), gif().subarray(0, 30));
    expect(await findings(dir)).toEqual([
      { rule: 'structure/image-too-large', line: 5, column: 6, message: 'image "fill.jpg" is 30000 × 30000 px, over 4 megapixels — resize it to at most 2000 px on its long side' },
      { rule: 'structure/image-format', line: 7, column: 6, message: 'image "cut.jpg" is a truncated JPEG (the file ends before the image does) — open it and export it again' },
      { rule: 'structure/image-format', line: 9, column: 6, message: 'image "photo.gif" is a JPEG named .gif — rename it to .jpg and change the link' },
      { rule: 'structure/image-format', line: 11, column: 6, message: 'image "cut.gif" is a truncated GIF (the file ends before the image does) — open it and export it again' },
    ]);
  });
});
