// Searching every issue in Chromium, as a member does: type a phrase on the
// shelf, get the issue, the article and the sentence that has it, follow the
// link and land on that sentence. Nothing leaves the site.
import { describe, expect, it } from 'vitest';
import { toolAvailable } from '../../helpers/tools.js';
import { marchMarker } from '../issues-fixture.js';
import { webSiteInChromium } from './fixture.js';

const available = toolAvailable('chromium');
const site = webSiteInChromium(available);

describe.skipIf(!available)('search across the issues in Chromium', () => {
  it('finds the one article that has a phrase, shows its sentence, and opens the article at it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${site.served.origin}/index.html`);
    // Only 2024-03's fourth article has this sentence (issues-fixture.ts); a few of its words, no spaces.
    const phrase = marchMarker(4).slice(0, 11);
    expect(phrase).toBe('这是第3次第4篇文章的');
    await page.fill('#q', phrase);
    await page.click('form.search button');
    await page.waitForURL(/search\.html\?q=/);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('找到'));
    const first = page.locator('#results li').first();
    expect(await first.locator('.result-issue').textContent()).toBe('2024年第3次');
    expect(await first.locator('.result-title').textContent()).toBe('全市学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议召开');
    expect(await first.locator('.result-sentence').textContent()).toBe(marchMarker(4));
    expect(await first.locator('mark').textContent()).toBe(phrase);
    await first.locator('a').click();
    await page.waitForURL(/read\/2024-03\/04-shiwei\.html#p\d+/);
    const landed = await page.evaluate((sentence) => {
      const paragraph = [...document.querySelectorAll('main p')].find((p) => p.textContent?.includes(sentence))!;
      const box = paragraph.getBoundingClientRect();
      return { id: paragraph.id, top: box.top, bottom: box.bottom, height: window.innerHeight, hash: location.hash };
    }, marchMarker(4));
    expect(landed.hash.startsWith(`#${landed.id}`)).toBe(true);
    // The sentence is on the screen: the page scrolled to it (it is the article's last paragraph, far below the first screen).
    expect(landed.top).toBeGreaterThanOrEqual(0);
    expect(landed.bottom).toBeLessThanOrEqual(landed.height);
    for (const url of requests) expect(url.startsWith(`${site.served.origin}/`), url).toBe(true);
    await page.close();
  });

  it('puts the articles that have a phrase of real text first: 枫桥经验 is in both issues’ second article', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.served.origin}/search.html?q=${encodeURIComponent('枫桥经验')}`);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('找到'));
    const top = await page.locator('#results li').evaluateAll((items) => items.slice(0, 2).map((li) => li.querySelector('a')!.getAttribute('href')!.split('#')[0]));
    expect(top.sort()).toEqual(['/read/2024-02/02-zhongyang.html', '/read/2024-03/02-zhongyang.html']);
    expect(await page.locator('#results li').first().locator('.result-sentence').textContent()).toContain('坚持和发展新时代“枫桥经验”');
    await page.close();
  });

  it('says so when nothing matches, and the contents stay below', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.served.origin}/search.html?q=${encodeURIComponent('齉龘靐')}`);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('没有'));
    expect(await page.locator('#results li').count()).toBe(0);
    expect(await page.locator('.all-issues a').count()).toBe(14);
    await page.close();
  });
});
