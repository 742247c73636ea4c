// The shelf as a member sees it: the built site (two issues) served over
// HTTP on 127.0.0.1 and opened in Chromium at a phone's size. Nothing may
// leave the site's own origin, nothing may log an error, every button must
// point at its release asset, the newest cover must be the first thing seen,
// and axe-core must find no serious or critical accessibility problem.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.js';
import { ROOT, tempDir } from '../helpers/book.js';
import { CHROMIUM, toolAvailable } from '../helpers/tools.js';
import { MARCH_SECTION, REPOSITORY, twoIssues } from './issues-fixture.js';

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const PAGES = ['index.html', '2024-03.html', '2024-02.html'];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.xml': 'application/atom+xml', '.png': 'image/png', '.jpg': 'image/jpeg' };

const available = toolAvailable('chromium');
let siteDir: string;
let server: Server;
let origin: string;
let browser: Browser | undefined;

interface Visit {
  page: Page;
  requests: string[];
  errors: string[];
}

beforeAll(async () => {
  if (!available) return;
  siteDir = path.join(await tempDir(), 'site');
  await buildSite({ issuesRoot: await twoIssues(), outDir: siteDir, repository: REPOSITORY });
  server = createServer(async (request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(siteDir, name);
    if (!file.startsWith(siteDir + path.sep) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** Opens a page of the site at a phone's size, recording every request and every error. */
async function visit(name: string): Promise<Visit> {
  const page = await browser!.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const visit: Visit = { page, requests: [], errors: [] };
  page.on('request', (request) => visit.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') visit.errors.push(message.text());
  });
  page.on('pageerror', (error) => visit.errors.push(error.message));
  await page.goto(`${origin}/${name}`, { waitUntil: 'load' });
  return visit;
}

describe.skipIf(!available)('the shelf in Chromium, phone-sized', () => {
  it.each(PAGES)('%s loads with no error and requests nothing outside the site', async (name) => {
    const { page, requests, errors } = await visit(name);
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(1);
    for (const url of requests) expect(url.startsWith(`${origin}/`), url).toBe(true);
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });

  it.each(PAGES)('%s is Chinese, sized for phones, with headings in order and every image described', async (name) => {
    const { page } = await visit(name);
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content'),
      headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
      alts: [...document.images].map((img) => img.alt),
      feed: document.querySelector('link[rel="alternate"]')?.getAttribute('type'),
    }));
    expect(facts.lang).toBe('zh-CN');
    expect(facts.viewport).toContain('width=device-width');
    expect(facts.headings[0]).toBe(1);
    expect(facts.headings.filter((h) => h === 1)).toHaveLength(1);
    facts.headings.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(facts.headings[i - 1]! + 1));
    for (const alt of facts.alts) expect(alt).toMatch(/^封面：理论学习中心组学习资料（2024年第[23]次）$/);
    expect(facts.feed).toBe('application/atom+xml;profile=opds-catalog;kind=acquisition');
    await page.close();
  });

  it('shows the newest issue’s cover first, whole, on the first phone screen', async () => {
    const { page } = await visit('index.html');
    const cover = page.locator('img.cover').first();
    expect(await cover.getAttribute('src')).toBe('covers/2024-03-small.png');
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(480);
    const box = (await cover.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.width).toBeGreaterThan(120);
    // Nothing covers it: the element at its centre is the image itself.
    expect(await page.evaluate(([x, y]) => (document.elementFromPoint(x!, y!) as HTMLImageElement | null)?.getAttribute('src'), [box.x + box.width / 2, box.y + box.height / 2])).toBe('covers/2024-03-small.png');
    const screenshot = path.join(await tempDir('qikan-shelf-'), 'shelf-390x844.png');
    await page.screenshot({ path: screenshot });
    console.info(`phone screenshot of the shelf: ${screenshot}`);
    await page.close();
  });

  it('gives every issue three download buttons pointing at its release assets', async () => {
    const { page } = await visit('index.html');
    const cards = await page.locator('article.issue').evaluateAll((articles) =>
      articles.map((a) => ({
        heading: a.querySelector('h2')!.textContent,
        links: [...a.querySelectorAll<HTMLAnchorElement>('ul.downloads a')].map((link) => [link.firstChild!.textContent, link.href]),
      })),
    );
    const assets = (id: string) => [
      ['下载 EPUB', `https://github.com/${REPOSITORY}/releases/download/${id}/llxx-${id}.epub`],
      ['Kindle（AZW3）', `https://github.com/${REPOSITORY}/releases/download/${id}/llxx-${id}.azw3`],
      ['旧款 Kindle（MOBI）', `https://github.com/${REPOSITORY}/releases/download/${id}/llxx-${id}.mobi`],
    ];
    expect(cards).toEqual([
      { heading: '2024年第3次', links: assets('2024-03') },
      { heading: '2024年第2次', links: assets('2024-02') },
    ]);
    await page.close();
  });

  it('links the OPDS feed visibly, explains which file suits which device, and lists each issue’s full contents', async () => {
    const { page } = await visit('index.html');
    expect(await page.locator('a[href="opds.xml"]').textContent()).toBe('OPDS 书目');
    expect(await page.locator('section.opds').textContent()).toMatch(/KOReader.*静读天下/s);
    const guide = await page.locator('section.guide dt').allTextContents();
    expect(guide).toEqual(['EPUB', 'Kindle（AZW3）', '旧款 Kindle（MOBI）']);
    expect(await page.locator('section.guide').textContent()).toContain('Send to Kindle');
    await page.close();
    const march = await visit('2024-03.html');
    expect(await march.page.locator('h1').textContent()).toBe('2024年第3次');
    expect(await march.page.locator('.contents').textContent()).toContain(MARCH_SECTION);
    expect(await march.page.locator('.contents > ol > li').count()).toBe(6);
    await march.page.close();
  });

  it.each(PAGES)('%s has no serious or critical axe-core violation (WCAG 2.1 A/AA, contrast included)', async (name) => {
    if (!existsSync(AXE)) throw new Error(`axe-core is not installed: ${AXE} is missing — add it with npm install --save-dev axe-core`);
    const { page } = await visit(name);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });
});
