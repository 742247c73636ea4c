// The bad-input catalogue, continued: images and SVGs from the second hostile
// review (issue 17). One fixture each: the exact message, exit 1, no stack
// trace, the output folder byte-for-byte as it was.
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyIssues, runCli } from '../helpers/book.js';
import { expectRefused, goodOutput, type BreakIt } from '../helpers/catalogue.js';
import { gif, jpeg, resizedPng } from '../helpers/images.js';
import { tinyPng } from '../import/tiny-png.js';

const good = goodOutput();

const ARTICLE = '2024-02/01-xi-tuanbai.md';
const AT = 'issues/2024-02/01-xi-tuanbai.md:37:6  error  structure/image-format  image';
const SVG = 'xmlns="http://www.w3.org/2000/svg"';

/** Puts a file into the issue folder and a figure naming it at the end of the first article (line 37). */
const figure =
  (name: string, data: Buffer | string): BreakIt =>
  async (issues) => {
    await writeFile(path.join(issues, '2024-02', name), data);
    await appendFile(path.join(issues, ARTICLE), `\n![图](${name})\n`);
  };

const NOT_PLAIN = 'which an SVG in a book may not hold (script, links, HTML, animation, other namespaces) — export it again as a plain SVG (or PNG)';
const LAUGHS = `<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY a "lol">\n${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('\n')}\n]>\n<svg ${SVG}><text>&j;</text></svg>`;

const CASES: [string, BreakIt, string][] = [
  ['an SVG with a namespace-prefixed script', figure('a.svg', `<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>`), `${AT} "a.svg" contains <s:script>, ${NOT_PLAIN}`],
  [
    'an SVG with xlink:href="jav&#x61;script:…"',
    figure('a.svg', `<svg ${SVG} xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="jav&#x61;script:alert(1)"/></svg>`),
    `${AT} "a.svg" refers to "javascript:alert(1)" from <use>: an SVG in a book may refer only to a part of itself (#id) — embed the picture by exporting a PNG`,
  ],
  [
    'an XHTML document named .svg that starts with <?xml',
    figure('a.svg', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><script>alert(1)</script></body></html>'),
    `${AT} "a.svg" is not an SVG image: its root element is not <svg> of the SVG namespace`,
  ],
  [
    'an SVG with an external entity',
    figure('a.svg', `<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<svg ${SVG}><text>&x;</text></svg>`),
    `${AT} "a.svg" has a DOCTYPE (entities, external files) — export it again as a plain SVG without one`,
  ],
  ['an SVG with a remote <image href>', figure('a.svg', `<svg ${SVG}><image href="http://example.com/a.png" width="9" height="9"/></svg>`), `${AT} "a.svg" embeds another file (<image>) — export the picture as one PNG or JPEG`],
  ['an SVG whose <style> does @import url(http://…)', figure('a.svg', `<svg ${SVG}><style>@import url(http://example.com/a.css);</style></svg>`), `${AT} "a.svg" imports a style sheet (@import) — export it again with its styles inline`],
  ['an SVG billion laughs (no EPUBCheck, no memory)', figure('a.svg', LAUGHS), `${AT} "a.svg" has a DOCTYPE (entities, external files) — export it again as a plain SVG without one`],
  ['a JPEG named .gif', figure('photo.gif', jpeg()), `${AT} "photo.gif" is a JPEG named .gif — rename it to .jpg and change the link`],
  ['a truncated JPEG', figure('cut.jpg', jpeg().subarray(0, 140)), `${AT} "cut.jpg" is a truncated JPEG (the file ends before the image does) — open it and export it again`],
  ['a truncated GIF', figure('cut.gif', gif().subarray(0, 30)), `${AT} "cut.gif" is a truncated GIF (the file ends before the image does) — open it and export it again`],
  [
    'a JPEG whose fill byte before the first marker hid 30000 × 30000 px',
    figure('fill.jpg', jpeg({ width: 30000, height: 30000, fill: 1 })),
    'issues/2024-02/01-xi-tuanbai.md:37:6  error  structure/image-too-large  image "fill.jpg" is 30000 × 30000 px, over 4 megapixels — resize it to at most 2000 px on its long side',
  ],
  [
    'a 30000 × 30000 PNG cover',
    async (issues) => {
      await writeFile(path.join(issues, '2024-02', 'cover.png'), resizedPng(tinyPng(), 30000, 30000));
      await appendFile(path.join(issues, '2024-02', 'issue.yaml'), 'cover: cover.png\n');
    },
    'issues/2024-02/issue.yaml:12:8  error  structure/cover-too-large  cover: cover.png is 30000 × 30000 px, over 1600 × 2560 — export it at 1600 × 2560 px',
  ],
];

describe('hostile images', () => {
  it.each(CASES)('%s', async (_name, breakIt, message) => {
    await expectRefused(breakIt, message, good.out, good.before);
  }, 60_000);

  it.each(CASES.slice(0, 3))('check says the same: %s', async (_name, breakIt, message) => {
    const work = await copyIssues();
    await breakIt(path.join(work, 'issues'), work);
    const result = await runCli(['check', '2024-02'], { cwd: work });
    expect(result.stdout).toBe(`${message}\n1 error, 0 warnings\n`);
    expect(result.code).toBe(1);
  }, 60_000);
});
