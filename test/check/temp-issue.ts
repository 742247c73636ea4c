// Temporary issue folders for the command tests: issues/series.yaml (the
// real one) and issues/<id>/ with an issue.yaml listing the given articles.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RAW_2024_02 = path.join(ROOT, '..', 'shared', 'inputs', '2024-02-raw.txt');
export const CURATED_2024_02 = path.join(ROOT, 'issues', '2024-02');

const created: string[] = [];

/** Deletes every folder tempIssue made (call in afterAll). */
export async function removeTempIssues(): Promise<void> {
  await Promise.all(created.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}

/** Creates issues/<id>/ in a new temp folder; returns the issue folder. */
export async function tempIssue(articles: Record<string, string | Buffer>, extra: Record<string, string> = {}, id = '2024-09'): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'qikan-check-'));
  created.push(root);
  const dir = path.join(root, 'issues', id);
  await mkdir(dir, { recursive: true });
  await cp(path.join(ROOT, 'issues', 'series.yaml'), path.join(root, 'issues', 'series.yaml'));
  const [year, number] = id.split('-').map(Number);
  const list = Object.keys(articles).map((name) => `  - ${name}\n`).join('');
  await writeFile(path.join(dir, 'issue.yaml'), `year: ${year}\nnumber: ${number}\ndate: ${id}\narticles:\n${list}`);
  for (const [name, content] of Object.entries({ ...articles, ...extra })) await writeFile(path.join(dir, name), content);
  return dir;
}

/** Every file under a folder, name → bytes. */
export async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const full = path.join(dir, name);
    try {
      files.set(name, await readFile(full));
    } catch {
      // a folder
    }
  }
  return files;
}

/** Runs a command-like function and collects what it prints. */
export async function capture(run: (out: (s: string) => void) => Promise<number>): Promise<{ code: number; output: string }> {
  let output = '';
  const code = await run((s) => {
    output += s;
  });
  return { code, output };
}
