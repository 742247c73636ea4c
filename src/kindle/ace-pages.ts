// The browser side of Ace by DAISY: the object @daisy/ace-core hands each
// content document to (its "axe runner": launch, run, close), here on
// Chromium driven by playwright-core.
//
// Ace's own runner (@daisy/ace-axe-runner-puppeteer, behind the `ace`
// command) opens every document in a fresh page and injects its 1.3 MB of
// axe-core into each: on the 2-core machine that was 16–18 s of CPU for the
// 11 documents of 2024-02, more than EPUBCheck, and a release runs both (see
// README, "The release"). This runner keeps one page per worker and registers
// Ace's scripts with it once, as init scripts: each document then gets them
// as it is created, compiled from V8's cache of the same process, and there
// are no page processes to start per document. The checks, the scripts and
// the report are Ace's own; only how the pages are opened differs, and on
// the real book and on a book full of faults the two runners write the same
// report.json (test/kindle/ace.test.ts holds the faults' findings). Where Ace's
// runner does more than open a page, this one does the same: a document named
// .html is read as XHTML, nothing comes from the network, and a document whose
// own scripts undo Ace's gets them again after it has loaded.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** What @daisy/ace-core asks of the browser that runs its checks. */
export interface AxeRunner {
  /** How many documents it is given at once. */
  concurrency: number;
  setTimeout(ms: number): void;
  launch(): Promise<void>;
  /** Ace's scripts run in the document at `url`; resolves with what `daisy.ace.run` reports. */
  run(url: string, scripts: string[], scriptContents: string[], basedir: string): Promise<unknown>;
  close(): Promise<void>;
}

type Chromium = (typeof import('playwright-core'))['chromium'];

/** What the pages are asked for after close(): Ace was stopped (its time limit), and must not start a browser again. */
class AceStopped extends Error {
  constructor() {
    super('Ace was stopped');
  }
}

export class AcePages implements AxeRunner {
  // One page per core: axe-core's rules are the work, and more pages only share the cores.
  readonly concurrency = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  private browser: Browser | undefined;
  private context: BrowserContext | undefined;
  /** Pages between documents, by the scripts they were made with (Ace gives every document the same). */
  private readonly idle = new Map<string, Page[]>();
  private readonly sources = new Map<string, Promise<string>>();
  private closed = false;

  constructor(
    private readonly chromium: Chromium,
    private readonly executablePath: string,
  ) {}

  setTimeout(): void {
    // aceProblems bounds the whole check instead.
  }

  async launch(): Promise<void> {
    const browser = await this.chromium.launch({ executablePath: this.executablePath });
    if (this.closed) {
      // Stopped while the browser was starting: it must not outlive the check.
      await browser.close();
      throw new AceStopped();
    }
    this.browser = browser;
    // As Ace's runner: the viewport of Puppeteer's default page, and nothing
    // fetched from the network (Ace aborts every http(s) request).
    this.context = await browser.newContext({ viewport: { width: 800, height: 600 }, offline: true });
  }

  async run(url: string, scripts: string[], scriptContents: string[]): Promise<unknown> {
    if (this.closed) throw new AceStopped();
    const made = JSON.stringify([scriptContents, scripts]);
    const page = this.idle.get(made)?.pop() ?? (await this.newPage(scripts, scriptContents));
    // Ace's runner answers a .html document as XHTML, which is what an EPUB's content documents are.
    if (/\.html?$/i.test(new URL(url).pathname)) {
      await page.route(url, (route) => route.fulfill({ contentType: 'application/xhtml+xml', path: fileURLToPath(url) }));
    }
    await page.goto(url);
    // A document's own script may have replaced window.daisy or window.axe; Ace's runner adds its
    // scripts after the document's, so they are added again, as it adds them (marked data-ace).
    if (!(await page.evaluate(() => typeof (window as unknown as { daisy?: { ace?: { run?: unknown } } }).daisy?.ace?.run === 'function' && 'axe' in window))) {
      for (const content of await this.scriptsFor(scripts, scriptContents)) {
        const element = await page.addScriptTag({ content });
        await element.evaluate((script) => (script as Element).setAttribute('data-ace', ''));
      }
    }
    // Ace's runner calls the same entry point. The results come back as one
    // JSON string: Puppeteer's returnByValue, which Ace's runner uses, gives
    // JSON too, and Playwright's own serializer walks and validates every node
    // of axe's results (about a second of CPU on the 2024-02 book).
    const results = JSON.parse(
      await page.evaluate(
        () =>
          new Promise<string>((resolve, reject) => {
            const ace = (window as unknown as { daisy: { ace: { run(done: (error: unknown, results: unknown) => void): void } } }).daisy.ace;
            ace.run((error, results) => (error ? reject(error) : resolve(JSON.stringify(results))));
          }),
      ),
    ) as unknown;
    this.idle.set(made, [...(this.idle.get(made) ?? []), page]);
    return results;
  }

  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = undefined;
    this.context = undefined;
    this.idle.clear();
    await browser?.close();
  }

  /**
   * A page that runs Ace's scripts in every document it opens, in Ace's order
   * (its localized strings first, then axe-core and Ace's own).
   */
  private async newPage(scripts: string[], scriptContents: string[]): Promise<Page> {
    if (this.context === undefined) throw new Error('Ace asked for a page before launching the browser');
    const page = await this.context.newPage();
    for (const content of await this.scriptsFor(scripts, scriptContents)) await page.addInitScript({ content });
    return page;
  }

  private async scriptsFor(scripts: string[], scriptContents: string[]): Promise<string[]> {
    return [...scriptContents, ...(await Promise.all(scripts.map((file) => this.source(file))))];
  }

  private source(file: string): Promise<string> {
    let text = this.sources.get(file);
    if (text === undefined) this.sources.set(file, (text = readFile(file, 'utf8')));
    return text;
  }
}
