// The web edition as a member reads it: the built site served on 127.0.0.1
// and opened in Chromium on a phone (390 × 844) and a desktop (1280 × 900).
// The text keeps a comfortable measure and line pitch and never runs off the
// screen, the printed page numbers stand in the margin, nothing is fetched
// from elsewhere, the pages read with JavaScript off, and axe-core finds no
// violation at all.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../../helpers/book.js';
import { toolAvailable } from '../../helpers/tools.js';
import { MARKED_ARTICLE, webSiteInChromium } from './fixture.js';
import { AXE_TAGS } from './serve-site.js';

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const ARTICLE = `read/2024-03/${MARKED_ARTICLE}.html`;
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

const available = toolAvailable('chromium');
const site = webSiteInChromium(available);

async function open(name: string, size: { width: number; height: number }, javaScript = true): Promise<{ page: Page; requests: string[]; errors: string[]; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: size, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.served.origin}/${name}`, { waitUntil: 'load' });
  return { page, requests, errors, close: () => context.close() };
}

describe.skipIf(!available)('reading the web edition in Chromium', () => {
  it.each(SIZES)('an article on a $name ($width × $height): measure, line pitch, nothing off the screen', async (size) => {
    const { page, requests, errors, close } = await open(ARTICLE, size);
    const facts = await page.evaluate(async () => {
      // The load event does not wait for web fonts; a busy machine is still fetching them.
      await document.fonts.ready;
      const p = document.querySelector<HTMLElement>('#p3')!;
      const style = getComputedStyle(p);
      const fontSize = parseFloat(style.fontSize);
      return {
        lang: document.documentElement.lang,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        fontSize,
        lineHeight: parseFloat(style.lineHeight) / fontSize,
        charactersPerLine: p.getBoundingClientRect().width / fontSize,
        indent: parseFloat(style.textIndent) / fontSize,
        title: document.querySelector('h1')!.textContent,
        scripts: document.scripts.length,
        fontsLoaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')).sort(),
      };
    });
    expect(errors).toEqual([]);
    for (const url of requests) expect(url.startsWith(`${site.served.origin}/`), url).toBe(true);
    expect(facts.lang).toBe('zh-CN');
    expect(facts.overflow).toBeLessThanOrEqual(0);
    expect(facts.fontSize).toBeGreaterThanOrEqual(16);
    expect(facts.lineHeight).toBeGreaterThanOrEqual(1.7);
    expect(facts.indent).toBeCloseTo(2, 1);
    // clreq and Chinese reading sites: 20-odd characters a line on a phone, 30–40 on a desktop.
    if (size.width < 500) expect(facts.charactersPerLine).toBeGreaterThanOrEqual(18);
    else expect(facts.charactersPerLine).toBeGreaterThanOrEqual(28);
    expect(facts.charactersPerLine).toBeLessThanOrEqual(36);
    expect(facts.title).toBe('学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议在京召开');
    expect(facts.scripts).toBe(0);
    // The cut fonts of the book, from the site itself (the headings' and the compressed marks' at least).
    expect(facts.fontsLoaded).toEqual(expect.arrayContaining(['qikan-heading', 'qikan-half']));
    const screenshot = path.join(await tempDir('qikan-web-'), `article-${size.width}x${size.height}.png`);
    await page.screenshot({ path: screenshot });
    console.info(`${size.name} screenshot of an article: ${screenshot}`);
    await close();
  });

  it.each(SIZES)('the printed page numbers stand in the margin on a $name, beside the line where the page begins', async (size) => {
    const { page, close } = await open(ARTICLE, size);
    const boxes = await page.evaluate(() =>
      ['5', '6'].map((n) => {
        const number = [...document.querySelectorAll<HTMLElement>('.page-number')].find((e) => e.textContent === n)!;
        const text = document.querySelector('section.article')!.querySelector('p')!.getBoundingClientRect();
        const box = number.getBoundingClientRect();
        return { left: box.left, right: box.right, width: box.width, textRight: text.right, viewport: window.innerWidth, marker: document.getElementById(`page-${n}`)!.getBoundingClientRect().top, top: box.top };
      }),
    );
    for (const box of boxes) {
      expect(box.width).toBeGreaterThan(0);
      expect(box.right).toBeLessThanOrEqual(box.viewport);
      if (size.width > 700) expect(box.left).toBeGreaterThanOrEqual(box.textRight);
      // On the line where the page begins (within a line's height).
      expect(Math.abs(box.top - box.marker)).toBeLessThan(40);
    }
    await close();
  });

  it('reads with JavaScript off: the article, and on the search page every issue’s contents', async () => {
    const article = await open(ARTICLE, SIZES[0]!, false);
    expect(await article.page.locator('#p1').textContent()).toContain('主题教育总结会议4日在京召开');
    expect(await article.page.locator('nav.pager a').count()).toBe(2);
    await article.close();
    const search = await open('search.html?q=%E6%9E%AB%E6%A1%A5%E7%BB%8F%E9%AA%8C', SIZES[0]!, false);
    const links = await search.page.locator('.all-issues a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(14);
    expect(links).toContain('read/2024-02/04-shiwei.html');
    await search.close();
  });

  it.each(['read/2024-03/index.html', ARTICLE, 'search.html', 'index.html'].flatMap((name) => SIZES.map((size) => [name, size] as const)))(
    '%s has no axe-core violation at all (%o)',
    async (name, size) => {
      if (!existsSync(AXE)) throw new Error(`axe-core is not installed: ${AXE} is missing`);
      const { page, close } = await open(name, size);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async (tags) => {
        const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
      }, AXE_TAGS);
      expect(violations).toEqual([]);
      await close();
    },
  );
});
