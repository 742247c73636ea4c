// Ace by DAISY on the real book: 0 accessibility violations; on the same book
// with faults put in, exactly those faults. The report's reading is tested on
// a literal report; the real runs need Chromium.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { aceMissingMetadata, aceProblems, aceViolations, type AceReport } from '../../src/kindle/ace.js';
import { openEpub, runCli, tempDir } from '../helpers/book.js';
import { CHROMIUM, HEADLESS_SHELL, toolAvailable } from '../helpers/tools.js';

// Shaped as Ace 1.4 writes report.json (one EARL assertion per document).
const REPORT: AceReport = {
  assertions: [
    {
      'earl:testSubject': { url: 'back.xhtml' },
      assertions: [
        {
          'earl:test': { 'dct:title': 'epub-type-has-matching-role', 'earl:impact': 'moderate' },
          'earl:result': { 'dct:description': 'Element has no ARIA role matching its epub:type', 'earl:pointer': { css: ['section'] } },
        },
      ],
    },
    { 'earl:testSubject': { url: 'article-01.xhtml' }, assertions: [] },
    {
      'earl:testSubject': { url: 'OEBPS/content.opf' },
      assertions: [
        {
          'earl:test': { 'dct:title': 'metadata-accessmodesufficient', 'earl:impact': 'serious' },
          'earl:result': { 'dct:description': 'Publications must declare the accessModeSufficient metadata' },
        },
      ],
    },
  ],
  'a11y-metadata': { missing: ['a11y:certifiedBy', 'dcterms:conformsTo'] },
};

describe('aceViolations: one diagnostic per violation of the report', () => {
  it('names the rule, the document inside the book, the impact and the element', () => {
    expect(aceViolations(REPORT, 'book.epub')).toEqual([
      {
        ruleId: 'ace/epub-type-has-matching-role',
        severity: 'warning',
        file: 'book.epub!/back.xhtml',
        line: 0,
        column: 0,
        message: 'moderate: Element has no ARIA role matching its epub:type (section)',
      },
      {
        ruleId: 'ace/metadata-accessmodesufficient',
        severity: 'error',
        file: 'book.epub!/OEBPS/content.opf',
        line: 0,
        column: 0,
        message: 'serious: Publications must declare the accessModeSufficient metadata',
      },
    ]);
  });

  it('lists the accessibility metadata Ace asked for', () => {
    expect(aceMissingMetadata(REPORT)).toEqual(['a11y:certifiedBy', 'dcterms:conformsTo']);
  });
});

describe('aceProblems without its tools', () => {
  it('says that Chromium is needed when it is missing', async () => {
    const problems = await aceProblems('book.epub', { chromium: '/nonexistent/chromium' });
    expect(problems[0]).toMatchObject({ ruleId: 'kindle/ace-missing', file: '/nonexistent/chromium' });
  });
});

// Ace runs in Debian's headless shell when it is there, else in the whole
// browser (or the one QIKAN_CHROMIUM names, as on GitHub's runners): both are
// held to the same findings. .ci/run installs both.
const BROWSERS: [name: string, tool: 'chromium' | 'chromium-headless-shell', path: string][] = process.env.QIKAN_CHROMIUM
  ? [['QIKAN_CHROMIUM', 'chromium', CHROMIUM]]
  : [
      ['chromium-headless-shell', 'chromium-headless-shell', HEADLESS_SHELL],
      ['chromium', 'chromium', CHROMIUM],
    ];

for (const [name, tool, browser] of BROWSERS) {
  describe.skipIf(!toolAvailable(tool))(`Ace on the real 2024-02 book, in ${name}`, () => {
    it('finds no accessibility violation', async () => {
      const problems = await aceProblems(await realBook(), { chromium: browser, timeLimitMs: 170_000 });
      expect(problems.map((p) => `${p.file}  ${p.ruleId}  ${p.message}`)).toEqual([]);
    }, 180_000);

    // Ace's own runner (the `ace` command, before qikan ran Ace itself) found
    // exactly these in this book; the pages are opened differently now, and
    // must miss none of them. Two faults are there for what Ace's runner does
    // besides opening a page: a document named .html is read as XHTML (there
    // <a href="#"/> is an empty link; as HTML it would hold the text after it),
    // and documents whose own scripts replace axe-core or Ace's object still get checked.
    it('finds the faults put into it: a picture without text, links without a name, pale text, a missing declaration', async () => {
      const { faulty } = await faultyBook();
      const problems = await aceProblems(faulty, { chromium: browser, timeLimitMs: 170_000 });
      expect(problems.map((p) => [p.file, p.ruleId, p.severity]).sort()).toEqual([
        [`${faulty}!/OEBPS/content.opf`, 'ace/metadata-accessmodesufficient', 'warning'],
        [`${faulty}!/article-01.xhtml`, 'ace/color-contrast', 'error'],
        [`${faulty}!/article-01.xhtml`, 'ace/image-alt', 'error'],
        [`${faulty}!/article-01.xhtml`, 'ace/link-name', 'error'],
        [`${faulty}!/extra.html`, 'ace/link-name', 'error'],
      ]);
      expect(problems.find((p) => p.ruleId === 'ace/color-contrast')!.message).toMatch(/insufficient color contrast of 1\.91/);
    }, 180_000);

    it('stopped at its time limit: one line, and neither its browser nor its files outlive it', async () => {
      const { out, faulty } = await faultyBook();
      // A Chromium that writes down its process id, then is the real one.
      const pidFile = path.join(out, 'chromium.pid');
      const chromium = path.join(out, 'chromium');
      await writeFile(chromium, `#!/bin/sh\necho $$ > '${pidFile}'\nexec '${browser}' "$@"\n`, { mode: 0o755 });
      const tmp = path.join(out, 'tmp');
      await mkdir(tmp);
      const before = process.env.TMPDIR;
      process.env.TMPDIR = tmp;
      try {
        // Long enough for the browser to start, as a rule; far too short for Ace to finish.
        const problems = await aceProblems(faulty, { chromium, timeLimitMs: 900 });
        expect(problems.map((p) => `${p.ruleId} ${p.message}`)).toEqual(['kindle/ace Ace did not finish within 900 ms and was stopped']);
      } finally {
        if (before === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = before;
      }
      expect(await readdir(tmp)).toEqual([]);
      const pid = await readFile(pidFile, 'utf8').then(Number, () => undefined);
      if (pid !== undefined) {
        expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
      } else {
        // On a busy machine the limit can come while the book is still being unpacked, before
        // the browser starts (the last CI run): then it must never start.
        await delay(3_000);
        expect(existsSync(pidFile)).toBe(false);
      }
    }, 60_000);
  });
}

// A browser that hangs must not hang the release: every step has a limit, and
// what was started is ended.
describe.skipIf(!toolAvailable('chromium'))('Ace when the browser does not answer', () => {
  it('a browser that never answers: one line within the step limit, and neither it nor its files outlive the check', async () => {
    const out = await tempDir();
    const pidFile = path.join(out, 'browser.pid');
    const silent = path.join(out, 'silent-browser');
    await writeFile(silent, `#!/bin/sh\necho $$ > '${pidFile}'\nexec sleep 1000\n`, { mode: 0o755 });
    const book = await realBook();
    const { problems, tmp } = await inTemporaryFolder(out, () => aceProblems(book, { chromium: silent, stepLimitMs: 2000 }));
    expect(problems.map((p) => `${p.ruleId} ${p.message}`)).toEqual(['kindle/ace Ace could not check it: Chromium gave no answer within 2 s']);
    expect(await readdir(tmp)).toEqual([]);
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  }, 60_000);

  it('a document that never finishes loading (its script runs without end): one line naming it, within the step limit', async () => {
    const out = await tempDir();
    const zip = await openEpub(await realBook());
    const article = await zip.file('OEBPS/article-04.xhtml')!.async('string');
    zip.file('OEBPS/article-04.xhtml', article.replace('</h1>', '</h1><script>for (;;) {}</script>'));
    const looping = path.join(out, 'looping.epub');
    await writeFile(looping, await zip.generateAsync({ type: 'nodebuffer', mimeType: 'application/epub+zip' }));
    const started = Date.now();
    const { problems, tmp } = await inTemporaryFolder(out, () => aceProblems(looping, { chromium: BROWSERS[0]![2], stepLimitMs: 3000 }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^Ace could not check it: .*article-04\.xhtml did not finish loading within 3 s$/);
    expect(Date.now() - started).toBeLessThan(40_000);
    expect(await readdir(tmp)).toEqual([]);
  }, 60_000);
});

/** Runs `check` with TMPDIR set to a new folder in `out`; returns what it gave and that folder. */
async function inTemporaryFolder<T>(out: string, check: () => Promise<T>): Promise<{ problems: T; tmp: string }> {
  const tmp = path.join(out, 'tmp');
  await mkdir(tmp);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  try {
    return { problems: await check(), tmp };
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  }
}

let built: Promise<string> | undefined;

/** The real 2024-02 book, built once for the tests of this file (none changes it). */
function realBook(): Promise<string> {
  built ??= (async () => {
    const out = await tempDir();
    const result = await runCli(['build', '2024-02', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    return path.join(out, '2024-02', 'llxx-2024-02.epub');
  })();
  return built;
}

/** The real 2024-02 book with accessibility faults put in (see the test above), in a folder of its own. */
async function faultyBook(): Promise<{ out: string; faulty: string }> {
  const out = await tempDir();
  const zip = await openEpub(await realBook());
  const article = await zip.file('OEBPS/article-01.xhtml')!.async('string');
  const faults = '<img src="cover.png"/><p style="color:#bbb;background:#fff">浅色文字</p><a href="#"></a>';
  zip.file('OEBPS/article-01.xhtml', article.replace('</h1>', `</h1>${faults}`));
  // Documents whose own scripts undo Ace's: one replaces axe-core, one Ace's own object.
  const second = await zip.file('OEBPS/article-02.xhtml')!.async('string');
  zip.file('OEBPS/article-02.xhtml', second.replace('</h1>', '</h1><script>window.axe = undefined;</script>'));
  const third = await zip.file('OEBPS/article-03.xhtml')!.async('string');
  zip.file('OEBPS/article-03.xhtml', third.replace('</h1>', '</h1><script>window.daisy = {};</script>'));
  const extra = '<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN" xml:lang="zh-CN"><head><title>附页</title></head><body><h1>附页</h1><p><a href="#"/>链接之后的文字</p></body></html>';
  zip.file('OEBPS/extra.html', `<?xml version="1.0" encoding="utf-8"?>\n${extra}\n`);
  const opf = await zip.file('OEBPS/content.opf')!.async('string');
  zip.file(
    'OEBPS/content.opf',
    opf
      .replace(/<meta property="schema:accessModeSufficient">[^<]*<\/meta>\s*/g, '')
      .replace('</manifest>', '<item id="extra" href="extra.html" media-type="application/xhtml+xml"/></manifest>')
      .replace('</spine>', '<itemref idref="extra"/></spine>'),
  );
  const faulty = path.join(out, 'faulty.epub');
  await writeFile(faulty, await zip.generateAsync({ type: 'nodebuffer', mimeType: 'application/epub+zip' }));
  return { out, faulty };
}
