// Printed page numbers as a reader meets them, in Chromium: a book whose
// series shows margin numbers (margin_page_numbers: true), its first article
// opened as XHTML with the book's stylesheet. axe-core (the engine DAISY's
// Ace is built on) finds nothing serious; every page break has its label
// (Ace's epub-pagebreak-label rule); the margin number is small and grey,
// drawn by the stylesheet from the label (not text of the book), so the page
// is announced once and the sentence reads on.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyIssues, entryText, openEpub, ROOT, runCli } from '../helpers/book.js';
import { CHROMIUM, toolAvailable } from '../helpers/tools.js';

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const available = toolAvailable('chromium');
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  if (!available) return;
  const work = await copyIssues();
  const article = path.join(work, 'issues', '2024-02', '01-xi-tuanbai.md');
  const source = await readFile(article, 'utf8');
  await writeFile(article, source.replace('新一轮党和国家', '新一<!-- page 2 -->轮党和国家').replace('\n\n2024年是新中国成立75周年', '\n\n<!-- page 3 -->\n\n2024年是新中国成立75周年'));
  await writeFile(path.join(work, 'issues', 'series.yaml'), `${await readFile(path.join(work, 'issues', 'series.yaml'), 'utf8')}margin_page_numbers: true\n`);
  const out = path.join(work, 'dist');
  const result = await runCli(['build', '2024-02', '--out', out], { cwd: work });
  expect(result.code, result.stderr).toBe(0);
  const zip = await openEpub(path.join(out, '2024-02', 'llxx-2024-02.epub'));
  const site = path.join(work, 'book');
  await mkdir(site, { recursive: true });
  for (const name of ['article-01.xhtml', 'style.css']) await writeFile(path.join(site, name), await entryText(zip, `OEBPS/${name}`));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  page = await browser.newPage({ viewport: { width: 600, height: 900 } });
  await page.goto(pathToFileURL(path.join(site, 'article-01.xhtml')).href);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!available)('printed page numbers in the book (Chromium)', () => {
  it('labels every page break (Ace: epub-pagebreak-label) with its number, in reading order', async () => {
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('[role="doc-pagebreak"]')].map((e) => [e.getAttributeNS('http://www.idpf.org/2007/ops', 'type'), e.getAttribute('aria-label'), e.id]),
    );
    expect(labels).toEqual([
      ['pagebreak', '1', 'page-1'],
      ['pagebreak', '2', 'page-2'],
      ['pagebreak', '3', 'page-3'],
    ]);
  });

  it('shows the number in the margin, small and grey, drawn from the label and not in the text', async () => {
    const style = await page.evaluate(() => {
      const marker = document.querySelector('p .page-number')!;
      const paragraph = marker.closest('p')!;
      const css = getComputedStyle(marker, '::after');
      return { text: marker.textContent, content: css.content, float: css.float, color: css.color, size: parseFloat(css.fontSize), textSize: parseFloat(getComputedStyle(paragraph).fontSize) };
    });
    expect(style).toMatchObject({ text: '', float: 'right', color: 'rgb(140, 140, 140)' });
    expect(style.content).toMatch(/^"2"/);
    expect(style.size).toBeLessThan(style.textSize * 0.7);
  });

  it('reads the cut sentence on without the number (the accessibility tree has it once, as the page break)', async () => {
    const tree = await page.locator('p', { hasText: '改革开放不断深化' }).ariaSnapshot();
    expect(tree).toContain('改革开放不断深化，新一');
    expect(tree).toContain('轮党和国家机构改革基本完成');
    expect(tree).not.toMatch(/新一\s*2\s*轮/);
  });

  it('has no serious or critical axe-core violation', async () => {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: (v as unknown as { nodes: { html: string }[] }).nodes.map((n) => n.html) }));
    });
    // axe-core 4.14 reads doc-* roles only when asked for DPUB (getExplicitRole's
    // dpub option), which aria-prohibited-attr does not do: it takes the page
    // break for a generic span, where aria-label is prohibited. DPUB-ARIA 1.1
    // requires the page break's name from its author, and Ace's
    // epub-pagebreak-label rule asks for exactly this aria-label; so that one
    // finding, on page breaks only, is axe's, not the book's.
    const pageBreakNameOnly = (v: { id: string; nodes: string[] }) => v.id === 'aria-prohibited-attr' && v.nodes.every((html) => html.includes('role="doc-pagebreak"'));
    expect(violations.filter((v) => (v.impact === 'serious' || v.impact === 'critical') && !pageBreakNameOnly(v))).toEqual([]);
  });
});
