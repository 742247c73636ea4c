// The browser side of Ace by DAISY: the object @daisy/ace-core hands each
// content document to (its "axe runner": launch, run, close), here on a
// headless Chromium driven over its DevTools pipe (chromium-pipe.ts).
//
// Ace's own runner (@daisy/ace-axe-runner-puppeteer, behind the `ace`
// command) opens every document in a fresh page and injects its 1.3 MB of
// axe-core into each: on the 2-core machine that was 16–18 s of CPU for the
// 11 documents of 2024-02, more than EPUBCheck, and a release runs both (see
// README, "The release"). This runner keeps one page and registers Ace's
// scripts with it once, to run in every document it opens; one page, because
// a release is bound by CPU and a second page only made Chromium do more work
// for the same time. The checks, the scripts and the report are Ace's own; only
// how the pages are opened differs, and on the real book and on a book full of
// faults the two runners write the same report.json (test/kindle/ace.test.ts
// holds the faults' findings). Where Ace's runner does more than open a page,
// this one does the same: a document named .html is read as XHTML, nothing
// comes from the network, and a document whose own scripts undo Ace's gets
// them again after it has loaded.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from '../builtins.js';
import { removeScratchFolder, scratchFolder } from '../output/interruption.js';
import { ChromiumPipe, type ProtocolEvent, type ProtocolObject } from './chromium-pipe.js';

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

/**
 * Chromium's switches, after those of Ace's own runner (Puppeteer's
 * defaults): no scroll bars (they would narrow the 800 px Ace lays pages out
 * in), sRGB colours, nothing of the browser's own that reaches the network
 * or starts in the background. --no-sandbox: Chromium refuses to run as root
 * with its sandbox, and CI runs as root; the pages are the book's own, offline.
 * --enable-begin-frame-control: the headless shell draws a frame only when
 * asked (HeadlessExperimental.beginFrame), and nothing asks: axe-core lays the
 * page out and hit-tests it, which needs no frame, and Ace's report of the real
 * book and of the faulty one is the same as before, byte for byte. It saves
 * about half a second of CPU on 2024-02, which a release, bound by CPU, gets
 * back as time; the whole browser ignores it.
 */
const CHROMIUM_SWITCHES = [
  '--no-sandbox',
  '--enable-begin-frame-control',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--disable-component-update',
  '--disable-background-networking',
  '--disable-sync',
  '--hide-scrollbars',
  '--mute-audio',
  '--force-color-profile=srgb',
];

/** Puppeteer's default page, which Ace's runner uses. */
const VIEWPORT = { width: 800, height: 600, deviceScaleFactor: 1, mobile: false };

/** Runs in the page: a script element holding `source`, after the document's own, marked as Ace's runner marks it. */
const ADD_SCRIPT = `(source) => {
  const script = document.createElementNS('http://www.w3.org/1999/xhtml', 'script');
  script.textContent = source;
  script.setAttribute('data-ace', '');
  (document.head ?? document.documentElement).appendChild(script);
}`;

/** What the pages are asked for after close(): Ace was stopped (its time limit), and must not start a browser again. */
class AceStopped extends Error {
  constructor() {
    super('Ace was stopped');
  }
}

interface Page {
  sessionId: string;
  /** Rejects when the page's renderer crashes or the page is closed. */
  crashed: Promise<never>;
}

/**
 * How long one step may take by default: the browser's first answer, a
 * command, a document's load. Ace's own runner gives a page 30 s to load;
 * axe-core's rules on a long article take a few seconds here.
 */
const STEP_LIMIT_MS = 60_000;

export class AcePages implements AxeRunner {
  readonly concurrency = 1;
  private browser: ChromiumPipe | undefined;
  private profile: string | undefined;
  /** The page for each set of scripts (Ace gives every document the same). */
  private readonly pages = new Map<string, Page>();
  private readonly sources = new Map<string, Promise<string>>();
  private closed = false;

  constructor(
    private readonly executablePath: string,
    private readonly stepLimitMs = STEP_LIMIT_MS,
  ) {}

  setTimeout(): void {
    // aceProblems bounds the whole check instead.
  }

  async launch(): Promise<void> {
    if (this.closed) throw new AceStopped();
    const profile = await scratchFolder('chromium');
    if (this.closed) {
      // Stopped while the folder was made: no browser is started.
      await removeScratchFolder(profile);
      throw new AceStopped();
    }
    // Kept at once, so that close() (the time limit) reaches a browser still starting.
    const browser = ChromiumPipe.start(this.executablePath, [...CHROMIUM_SWITCHES, `--user-data-dir=${profile}`]);
    this.browser = browser;
    this.profile = profile;
    browser.onEvent((event) => void this.answerRequest(event));
    try {
      await browser.ready(this.stepLimitMs);
    } catch (error) {
      await this.close();
      throw error;
    }
    if (this.closed) throw new AceStopped();
  }

  async run(url: string, scripts: string[], scriptContents: string[]): Promise<unknown> {
    if (this.closed || this.browser === undefined) throw new AceStopped();
    const made = JSON.stringify([scriptContents, scripts]);
    let page = this.pages.get(made);
    if (page === undefined) this.pages.set(made, (page = await this.newPage(await this.scriptsFor(scripts, scriptContents))));
    await this.open(page, url);
    // A document's own script may have replaced window.daisy or window.axe; Ace's runner adds its
    // scripts after the document's, so they are added again, as it adds them (marked data-ace).
    if (!(await this.evaluate(page, `typeof window.daisy?.ace?.run === 'function' && typeof window.axe?.run === 'function'`))) {
      for (const content of await this.scriptsFor(scripts, scriptContents)) await this.evaluate(page, `(${ADD_SCRIPT})(${JSON.stringify(content)})`);
    }
    // Ace's runner calls the same entry point, and gets JSON back (Puppeteer's returnByValue).
    const results = await this.evaluate(page, `new Promise((resolve, reject) => window.daisy.ace.run((error, results) => (error ? reject(error) : resolve(JSON.stringify(results)))))`);
    return JSON.parse(results as string) as unknown;
  }

  /** Ends the browser (one still starting too) and removes its profile. */
  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    const profile = this.profile;
    this.browser = undefined;
    this.profile = undefined;
    this.pages.clear();
    await browser?.close();
    if (profile !== undefined) await removeScratchFolder(profile);
  }

  /** A page that runs `scripts` in every document it opens, in Ace's order (its localized strings first, then axe-core and Ace's own). */
  private async newPage(scripts: string[]): Promise<Page> {
    const browser = this.live();
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    // A page whose renderer crashes answers nothing more: what waits on it is told at once.
    let crash: (reason: Error) => void = () => undefined;
    const crashed = new Promise<never>((_, reject) => (crash = reject));
    crashed.catch(() => undefined);
    browser.onEvent((event) => {
      if (event.sessionId === sessionId && event.method === 'Inspector.targetCrashed') crash(new Error('the page crashed'));
      if (event.method === 'Target.detachedFromTarget' && event.params.sessionId === sessionId) crash(new Error('the page was closed'));
    });
    const page = { sessionId, crashed };
    await this.step(page, 'Inspector.enable', {});
    await this.step(page, 'Page.enable', {});
    await this.step(page, 'Emulation.setDeviceMetricsOverride', VIEWPORT);
    // The requests answerRequest looks at: documents (a .html one is XHTML) and the web (refused).
    await this.step(page, 'Fetch.enable', { patterns: [{ urlPattern: '*', resourceType: 'Document' }, { urlPattern: 'http://*' }, { urlPattern: 'https://*' }] });
    for (const source of scripts) await this.step(page, 'Page.addScriptToEvaluateOnNewDocument', { source });
    return page;
  }

  /** Opens `url` in `page` and waits for its load event, as Puppeteer's goto does. */
  private async open(page: Page, url: string): Promise<void> {
    const browser = this.live();
    let stopListening = (): void => undefined;
    const loaded = new Promise<ProtocolObject>((resolve) => {
      stopListening = browser.onEvent((event) => {
        if (event.sessionId === page.sessionId && event.method === 'Page.loadEventFired') resolve({});
      });
    });
    try {
      const navigated = await this.step(page, 'Page.navigate', { url });
      if (typeof navigated.errorText === 'string') throw new Error(`${url} could not be opened: ${navigated.errorText}`);
      await this.bounded(page, loaded, `${url} did not finish loading`);
    } finally {
      stopListening();
    }
  }

  /** The value of `expression` in the page's document (awaited when it is a promise), as JSON gives it. */
  private async evaluate(page: Page, expression: string): Promise<unknown> {
    const answer = await this.step(page, 'Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    const thrown = answer.exceptionDetails as { text?: string; exception?: { description?: string } } | undefined;
    if (thrown) throw new Error(thrown.exception?.description ?? thrown.text ?? 'the page threw');
    return (answer.result as { value?: unknown } | undefined)?.value;
  }

  /** A command to `page`, failed when the page crashes, the browser ends or no answer comes within the step limit. */
  private step(page: Page, method: string, params: ProtocolObject): Promise<ProtocolObject> {
    return this.bounded(page, this.live().send(method, params, page.sessionId), `${method} gave no answer`);
  }

  private async bounded(page: Page, answer: Promise<ProtocolObject>, what: string): Promise<ProtocolObject> {
    const browser = this.live();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} within ${this.stepLimitMs / 1000} s`)), this.stepLimitMs);
    });
    try {
      return await Promise.race([answer, page.crashed, late, browser.whenEnded.then((reason) => Promise.reject(reason))]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * A request a page makes. As Ace's runner: http(s) is refused (the check is
   * offline), and a document named .htm(l) is given as XHTML, which is what an
   * EPUB's content documents are.
   */
  private async answerRequest(event: ProtocolEvent): Promise<void> {
    if (event.method !== 'Fetch.requestPaused' || event.sessionId === undefined) return;
    const browser = this.browser;
    if (browser === undefined) return;
    const { requestId, request } = event.params as { requestId: string; request: { url: string } };
    let answer: [string, ProtocolObject];
    try {
      const url = new URL(request.url);
      if (url.protocol === 'http:' || url.protocol === 'https:') answer = ['Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' }];
      else if (url.protocol === 'file:' && /\.html?$/i.test(url.pathname)) {
        const body = (await readFile(fileURLToPath(url))).toString('base64');
        answer = ['Fetch.fulfillRequest', { requestId, responseCode: 200, responseHeaders: [{ name: 'Content-Type', value: 'application/xhtml+xml' }], body }];
      } else answer = ['Fetch.continueRequest', { requestId }];
    } catch {
      // A .html that cannot be read (a folder, a file:// address with a host): the page gets the browser's own error, and goes on.
      answer = ['Fetch.continueRequest', { requestId }];
    }
    // A page closed meanwhile no longer waits for an answer.
    await browser.send(answer[0], answer[1], event.sessionId).catch(() => undefined);
  }

  private live(): ChromiumPipe {
    if (this.closed || this.browser === undefined) throw new AceStopped();
    return this.browser;
  }

  private async scriptsFor(scripts: string[], scriptContents: string[]): Promise<string[]> {
    return [...scriptContents, ...(await Promise.all(scripts.map((file) => this.source(file))))];
  }

  private source(file: string): Promise<string> {
    let text = this.sources.get(file);
    if (text === undefined) this.sources.set(file, (text = readFile(minified(file), 'utf8')));
    return text;
  }
}

/**
 * axe-core's own minified build where the package ships one beside the file
 * Ace names (axe.js → axe.min.js: the same release, built by axe-core): every
 * document runs it anew, and the page parses 0.6 MB instead of 1.3 MB —
 * ~0.7 s less CPU on 2024-02. Ace's report is the same (test/kindle/ace.test.ts).
 */
function minified(file: string): string {
  if (path.basename(file) !== 'axe.js') return file;
  const min = path.join(path.dirname(file), 'axe.min.js');
  return existsSync(min) ? min : file;
}
