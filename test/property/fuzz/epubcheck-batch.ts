// Runs EpubcheckBatch.java over many books and reads each book's report with
// the same filter the release uses (src/kindle/epubcheck.ts).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Diagnostic } from '../../../src/diagnostic.js';
import { readReport, reportProblems } from '../../../src/kindle/epubcheck.js';
import { EPUBCHECK_JAR, hasCommand, toolAvailable } from '../../helpers/tools.js';

const execFileAsync = promisify(execFile);
const RUNNER = path.join(import.meta.dirname, 'EpubcheckBatch.java');
/** Books per JVM: bounds one run's time and the length of its command line. */
const PER_RUN = 200;
/** One JVM's limit: 200 books take ~15 s. SIGKILL, as a JVM stuck in its own shutdown may outlive SIGTERM. */
const RUN_LIMIT_MS = 300_000;

/** EPUBCheck and a JDK (the source launcher compiles the runner). */
export function batchEpubcheckAvailable(): boolean {
  return toolAvailable('epubcheck') && hasCommand('javac');
}

/** Each book's EPUBCheck problems (fatals, errors, warnings), in order. */
export async function epubcheckMany(books: readonly string[]): Promise<Diagnostic[][]> {
  for (let at = 0; at < books.length; at += PER_RUN) {
    const batch = books.slice(at, at + PER_RUN);
    const started = Date.now();
    await execFileAsync('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xmx768m', '-cp', EPUBCHECK_JAR, RUNNER, ...batch], { maxBuffer: 64 * 1024 * 1024, timeout: RUN_LIMIT_MS, killSignal: 'SIGKILL' });
    console.log(`EPUBCheck: books ${at + 1}–${at + batch.length} of ${books.length}, ${Math.round((Date.now() - started) / 1000)} s`);
  }
  return Promise.all(books.map(async (book) => reportProblems(await readReport(`${book}.json`), book, path.basename(book), '')));
}
