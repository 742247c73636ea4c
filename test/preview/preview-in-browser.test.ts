// qikan preview as a maintainer uses it: the issue open in Chromium, a save
// in the editor, the page reloading by itself at the same place with the
// check's finding marked on its paragraph (and printed in the terminal); a
// broken file shows the error page and fixing it brings the page back.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type RunningPreview } from '../../src/preview/preview.js';
import { copyIssues } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';
import { launchChromium } from '../site/web-edition/serve-site.js';

const available = toolAvailable('chromium');
let browser: Browser;
let preview: RunningPreview;
let issueDir: string;
let terminal = '';

beforeAll(async () => {
  if (!available) return;
  const root = await copyIssues();
  issueDir = path.join(root, 'issues', '2024-02');
  preview = await startPreview({ issueDir, port: 0, cacheDir: path.join(root, '.cache'), out: (text) => void (terminal += text) });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

/** Writes the file and waits for the open page to reload after it. */
async function saveAndReload(page: Page, file: string, text: string): Promise<void> {
  const reloaded = page.waitForEvent('load', { timeout: 10_000 });
  await writeFile(file, text);
  await reloaded;
}

describe.skipIf(!available)('qikan preview in Chromium', () => {
  it('serves the issue on the loopback, with the issue’s title page at the address it prints', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/read\/2024-02\/index\.html$/);
    const page = await browser.newPage();
    await page.goto(preview.url);
    expect(await page.locator('h1').textContent()).toBe('理论学习中心组学习资料');
    await page.close();
  });

  it('reloads after an edit, keeps the reader’s place, and marks the new finding on its paragraph', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(new URL('04-shiwei.html', preview.url).href);
    await page.locator('#p5').evaluate((p) => p.scrollIntoView());
    await page.evaluate(() => window.scrollBy(0, -100));
    const before = await page.locator('#p5').evaluate((p) => p.getBoundingClientRect().top);

    const file = path.join(issueDir, '04-shiwei.md');
    const source = await readFile(file, 'utf8');
    const paragraphs = source.split('\n\n');
    // A sentence with a half-width comma, in the second paragraph: above the reader, so the text below moves.
    paragraphs[2] = `${paragraphs[2]}又增加了一句较长的话,用来检查页面在重新载入之后是否仍停在读者原来的位置上。`;
    await saveAndReload(page, file, paragraphs.join('\n\n'));

    const marked = page.locator('p.finding');
    expect(await marked.count()).toBe(1);
    expect(await marked.textContent()).toContain('又增加了一句较长的话,用来检查');
    const note = page.locator('p.finding + p.finding-note');
    expect(await note.textContent()).toMatch(/cjk\/halfwidth-punctuation 第 \d+ 行第 \d+ 列：half-width "," in Chinese text/);
    const after = await page.locator('#p5').evaluate((p) => p.getBoundingClientRect().top);
    expect(Math.abs(after - before)).toBeLessThanOrEqual(2);
    expect(terminal).toMatch(/04-shiwei\.md:\d+:\d+ {2}warning {2}cjk\/halfwidth-punctuation/);
    expect(terminal).toMatch(/rebuilt 2024-02 in \d+ ms \(1 article rendered\)/);
    await page.close();
  });

  it('reloads after a save that came before the page heard from the server', async () => {
    const page = await browser.newPage();
    // Hold the page's event stream until the save has been rebuilt: on a busy machine
    // the page's load can come before its stream is connected.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/__qikan/events*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(new URL('03-shengwei.html', preview.url).href);
    const file = path.join(issueDir, '03-shengwei.md');
    const source = await readFile(file, 'utf8');
    const rebuilds = terminal.split('rebuilt 2024-02').length;
    const reloaded = page.waitForEvent('load', { timeout: 10_000 });
    await writeFile(file, `${source}\n新加的一段，在页面连上之前保存。\n`);
    await expect.poll(() => terminal.split('rebuilt 2024-02').length, { timeout: 10_000 }).toBeGreaterThan(rebuilds);
    release();
    await reloaded;
    expect(await page.locator('main').textContent()).toContain('新加的一段，在页面连上之前保存。');
    await page.close();
  });

  it('shows the error page while a file is broken, and the page again once it is fixed', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('01-xi-tuanbai.html', preview.url).href);
    const file = path.join(issueDir, 'issue.yaml');
    const good = await readFile(file, 'utf8');
    await saveAndReload(page, file, good.replace(/^number: 2$/m, 'number: [2'));
    expect(await page.locator('h1').textContent()).toBe('源文件有问题，网页暂时无法生成');
    expect(await page.locator('ul.problems').textContent()).toContain('issue.yaml:');
    expect(terminal).toContain('cannot build 2024-02');
    await saveAndReload(page, file, good);
    // A save may come as two events further apart than the watcher's quiet time on a
    // busy machine (the file emptied, then written): the page may reload twice, the
    // first time on the emptied file. What counts is the page it settles on.
    await page.locator('h1', { hasText: '习近平' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('h1').textContent()).toBe('习近平：在二〇二四年春节团拜会上的讲话');
    await page.close();
  });
});
