// The stylesheet as a real browser engine applies it (Chromium, the engine
// behind many Android readers): an article page of the built book, opened as
// XHTML with its stylesheet, and its computed styles read back.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryText, openEpub, runCli, tempDir } from '../helpers/book.js';
import { CHROMIUM, toolAvailable } from '../helpers/tools.js';

const available = toolAvailable('chromium');
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  if (!available) return;
  const out = await tempDir();
  const result = await runCli(['build', '2024-02', '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  const zip = await openEpub(path.join(out, '2024-02', 'llxx-2024-02.epub'));
  const site = path.join(out, 'book');
  await mkdir(site, { recursive: true });
  for (const name of ['article-01.xhtml', 'article-03.xhtml', 'contents.xhtml', 'style.css']) {
    await writeFile(path.join(site, name), await entryText(zip, `OEBPS/${name}`));
  }
  // Flags as this machine needs them: no sandbox as root, no background network.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 600, height: 900 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(pathToFileURL(path.join(site, 'article-03.xhtml')).href);
  await page.evaluate(() => {
    // An emphasised phrase, as markdown-it renders *强调*, to test emphasis styling.
    const em = document.createElementNS('http://www.w3.org/1999/xhtml', 'em');
    em.textContent = '强调';
    document.querySelector('section.article p:not(.byline)')!.appendChild(em);
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!available)('an article page in Chromium', () => {
  it('is Chinese: lang zh-CN on the root element', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.evaluate(() => document.documentElement.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'))).toBe('zh-CN');
  });

  it('indents paragraphs by two characters, with no gap between them, justified', async () => {
    const style = await page.evaluate(() => {
      const p = document.querySelector('section.article p:not(.byline)')!;
      const cs = getComputedStyle(p);
      return { indent: cs.textIndent, fontSize: cs.fontSize, marginTop: cs.marginTop, marginBottom: cs.marginBottom, align: cs.textAlign, lineBreak: cs.lineBreak };
    });
    expect(parseFloat(style.indent)).toBeCloseTo(2 * parseFloat(style.fontSize), 3);
    expect(style.marginTop).toBe('0px');
    expect(style.marginBottom).toBe('0px');
    expect(style.align).toBe('justify');
    expect(style.lineBreak).toBe('strict');
  });

  it('marks emphasis with dots, not italics', async () => {
    const em = await page.evaluate(() => {
      const cs = getComputedStyle(document.querySelector('em')!);
      return { fontStyle: cs.fontStyle, emphasis: cs.getPropertyValue('text-emphasis-style') || cs.getPropertyValue('-webkit-text-emphasis-style') };
    });
    expect(em.fontStyle).toBe('normal');
    expect(em.emphasis).toMatch(/dot/);
  });

  it('centres the title in the book’s bold Song and the byline in a 楷体 face, neither indented', async () => {
    const styles = await page.evaluate(() => {
      const read = (selector: string) => {
        const cs = getComputedStyle(document.querySelector(selector)!);
        return { align: cs.textAlign, indent: cs.textIndent, family: cs.fontFamily, breakBefore: cs.breakBefore };
      };
      return { h1: read('h1'), byline: read('p.byline'), body: read('section.article p:not(.byline)') };
    });
    expect(styles.h1.align).toBe('center');
    expect(styles.h1.indent).toBe('0px');
    expect(styles.h1.family).toMatch(/^"?qikan-heading"?,.*serif$/);
    expect(styles.h1.breakBefore).toBe('page');
    expect(styles.byline.align).toBe('center');
    expect(styles.byline.indent).toBe('0px');
    // The embedded 楷体 first, then the readers' own: never a Song face before a Kai one.
    expect(styles.byline.family).toMatch(/^"?qikan-kai"?, "?Kaiti SC"?/);
    expect(styles.byline.family).not.toMatch(/Song|Serif CJK|SimSun/);
    expect(styles.body.family).toMatch(/^"?qikan-body"?, "?Songti SC"?.*serif$/);
  });

  it('shows the contents without bullets or underlines', async () => {
    await page.goto(page.url().replace('article-03.xhtml', 'contents.xhtml'));
    const look = await page.evaluate(() => {
      const li = document.querySelector('nav.contents li')!;
      const a = document.querySelector('nav.contents a')!;
      return { bullet: getComputedStyle(li).listStyleType, underline: getComputedStyle(a).textDecorationLine, links: document.querySelectorAll('nav.contents a').length };
    });
    expect(look).toEqual({ bullet: 'none', underline: 'none', links: 6 });
  });
});
