// Real tools in tests: EPUBCheck, Calibre, Chromium. In CI (CI=true) a missing
// tool fails the test — .ci/run installs them; locally the test is skipped
// with a message saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';
// Debian's chromium; GitHub's Ubuntu runners have Google Chrome instead (QIKAN_CHROMIUM).
export const CHROMIUM = process.env.QIKAN_CHROMIUM ?? '/usr/bin/chromium';
// The same Chromium without the browser's interface, which Ace runs in when it is there (src/kindle/ace.ts).
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const AVAILABLE: Record<string, () => boolean> = {
  epubcheck: () => existsSync(EPUBCHECK_JAR) && hasCommand('java'),
  chromium: () => existsSync(CHROMIUM),
  'chromium-headless-shell': () => existsSync(HEADLESS_SHELL),
  calibre: () => hasCommand('ebook-convert') && hasCommand('ebook-meta') && hasCommand('calibre-debug'),
  tesseract: () => hasCommand('tesseract'),
  jing: () => hasCommand('jing'),
  unzip: () => hasCommand('unzip'),
  // A font with CJK Extension B, for the glyphs of rare characters (src/fonts/system-fonts.ts).
  'noto-cjk': () => existsSync('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'),
  mupdf: () => hasCommand('mutool'),
  // WebKitGTK's WebDriver; it needs a display, which xvfb-run (with xauth) gives it.
  webkit: () => hasCommand('WebKitWebDriver') && hasCommand('xvfb-run') && hasCommand('xauth'),
  pdftotext: () => hasCommand('pdftotext') && hasCommand('pdfinfo'),
  // A GFM renderer, standing in for GitHub's (release notes).
  pandoc: () => hasCommand('pandoc'),
};

const INSTALL: Record<string, string> = {
  epubcheck: 'apt-get install -y epubcheck default-jre-headless',
  chromium: 'apt-get install -y chromium',
  'chromium-headless-shell': 'apt-get install -y chromium-headless-shell',
  calibre: 'apt-get install -y calibre',
  tesseract: 'apt-get install -y tesseract-ocr tesseract-ocr-chi-sim',
  jing: 'apt-get install -y jing',
  unzip: 'apt-get install -y unzip',
  'noto-cjk': 'apt-get install -y fonts-noto-cjk',
  mupdf: 'apt-get install -y mupdf-tools',
  webkit: 'apt-get install -y webkit2gtk-driver xvfb xauth',
  pdftotext: 'apt-get install -y poppler-utils',
  pandoc: 'apt-get install -y pandoc',
};

/** Whether the tool is there, without skipping or failing (for scripts that report what they could not run). */
export function isInstalled(tool: keyof typeof AVAILABLE): boolean {
  return AVAILABLE[tool]!();
}

export function installHint(tool: keyof typeof AVAILABLE): string {
  return INSTALL[tool]!;
}

/** true when the tool is there; false (skip) locally; throws in CI. */
export function toolAvailable(tool: keyof typeof AVAILABLE): boolean {
  if (AVAILABLE[tool]!()) return true;
  const message = `${tool} is not installed (${INSTALL[tool]})`;
  if (process.env.CI === 'true') throw new Error(`${message} — CI must install it in .ci/run`);
  console.warn(`skipping: ${message}`);
  return false;
}

export interface EpubcheckResult {
  fatals: number;
  errors: number;
  warnings: number;
  output: string;
}

export function runEpubcheck(epub: string): EpubcheckResult {
  let output: string;
  try {
    output = execFileSync('java', ['-jar', EPUBCHECK_JAR, epub], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
  const match = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(output);
  if (!match) throw new Error(`could not read EPUBCheck's summary:\n${output}`);
  return { fatals: Number(match[1]), errors: Number(match[2]), warnings: Number(match[3]), output };
}
