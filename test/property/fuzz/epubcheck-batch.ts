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

/** EPUBCheck and a JDK (the source launcher compiles the runner). */
export function batchEpubcheckAvailable(): boolean {
  return toolAvailable('epubcheck') && hasCommand('javac');
}

/** Each book's EPUBCheck problems (fatals, errors, warnings), in order. */
export async function epubcheckMany(books: readonly string[]): Promise<Diagnostic[][]> {
  for (let at = 0; at < books.length; at += PER_RUN) {
    const batch = books.slice(at, at + PER_RUN);
    await execFileAsync('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xmx768m', '-cp', EPUBCHECK_JAR, RUNNER, ...batch], { maxBuffer: 64 * 1024 * 1024, timeout: 1_200_000 });
  }
  return Promise.all(books.map(async (book) => reportProblems(await readReport(`${book}.json`), book, path.basename(book), '')));
}
