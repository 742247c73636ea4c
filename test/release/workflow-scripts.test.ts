// The run: scripts of .github/workflows/release.yml, run for real — with the
// shell GitHub uses for `shell: bash` and a recording `gh` first on PATH
// (fake-gh/) — on release folders as `qikan release` leaves them. The exact
// gh calls are asserted: a first release of an issue, of a year, a re-run.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestText, releaseManifest } from '../../src/release/manifest.js';
import { ROOT, tempDir } from '../helpers/book.js';
import { hasCommand } from '../helpers/tools.js';

interface Step {
  name?: string;
  id?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Workflow {
  defaults: { run: { shell: string } };
  jobs: Record<string, { steps: Step[] }>;
}

const FAKE_GH = fileURLToPath(new URL('./fake-gh', import.meta.url));
const REPOSITORY = 'octo-org/qikan';
const SHA = '0123456789abcdef0123456789abcdef01234567';

let workflow: Workflow;
beforeAll(async () => {
  workflow = parse(await readFile(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as Workflow;
});

function script(job: string, name: string): string {
  const step = workflow.jobs[job]!.steps.find((s) => s.name === name);
  if (step?.run === undefined) throw new Error(`release.yml: no step “${name}” with a script in job ${job}`);
  return step.run;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Each gh call: its arguments and the folder it ran in. */
  calls: { args: string[]; cwd: string }[];
}

/**
 * Runs a step's script as GitHub does for `shell: bash`
 * (bash --noprofile --norc -eo pipefail {0}) in `workspace`, with the
 * runner's variables, the step's env, and the recording gh.
 */
async function runScript(source: string, workspace: string, env: Record<string, string>): Promise<Run> {
  const file = path.join(workspace, `step-${Math.random().toString(36).slice(2)}.sh`);
  await writeFile(file, source);
  const log = path.join(workspace, 'gh-calls.jsonl');
  await writeFile(log, '');
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', file],
      {
        cwd: workspace,
        env: {
          PATH: `${FAKE_GH}${path.delimiter}${process.env.PATH}`,
          HOME: process.env.HOME ?? workspace,
          GITHUB_REPOSITORY: REPOSITORY,
          GITHUB_SHA: SHA,
          FAKE_GH_LOG: log,
          FAKE_GH_STATE: path.join(workspace, 'gh-releases.json'),
          ...env,
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
  const calls = (await readFile(log, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Run['calls'][number]);
  return { ...result, calls };
}

/** A release folder as `qikan release` leaves it: the files, and release.json naming them. */
async function releaseFolder(workspace: string, tag: string, title: string): Promise<string> {
  const folder = path.join(workspace, 'dist', tag);
  await mkdir(folder, { recursive: true });
  const assets = ['epub', 'azw3', 'mobi'].map((ext) => path.join(folder, `llxx-${tag}.${ext}`));
  for (const file of [...assets, path.join(folder, 'SHA256SUMS'), path.join(folder, 'release-notes.md')]) await writeFile(file, `${path.basename(file)}\n`);
  const manifest = releaseManifest(folder, { tag, title, notes: path.join(folder, 'release-notes.md'), assets: [...assets, path.join(folder, 'SHA256SUMS')] });
  await writeFile(path.join(folder, 'release.json'), manifestText(manifest));
  return folder;
}

/** Releases that exist before the step runs. */
async function existingReleases(workspace: string, tags: string[]): Promise<void> {
  await writeFile(path.join(workspace, 'gh-releases.json'), JSON.stringify(tags));
}

const ISSUE_TITLE = '《理论学习中心组学习资料》2024年第2次';
const YEAR_TITLE = '《理论学习中心组学习资料》2024年合订本';
const token = { GH_TOKEN: 'fake-token' };

it('the workflow runs its scripts with bash -eo pipefail (defaults.run.shell: bash), as this test does', () => {
  expect(workflow.defaults).toEqual({ run: { shell: 'bash' } });
});

describe('Check the id', () => {
  it.each(['2024-02', '2024'])('lets %s through', async (id) => {
    const run = await runScript(script('release', 'Check the id'), await tempDir(), { RELEASE_ID: id });
    expect(run).toMatchObject({ code: 0, stdout: '' });
  });

  it.each(['2024-2', '24-02', '2024-02x', '2024-123', '20245', '2024-02\n2025', '', '2024-02; touch pwned', '$(touch pwned)', '../2024'])(
    'stops %j with an annotation, running nothing it holds',
    async (id) => {
      const workspace = await tempDir();
      const run = await runScript(script('release', 'Check the id'), workspace, { RELEASE_ID: id });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(`::error title=Bad id::“${id}” is neither an issue id like 2024-02 nor a year like 2024. 请填期号（如 2024-02）或年份（如 2024）。\n`);
      expect(existsSync(path.join(workspace, 'pwned'))).toBe(false);
    },
  );
});

describe.skipIf(!hasCommand('jq'))('Publish the release (a recording gh)', () => {
  const publish = () => script('release', 'Publish the release');

  it('an issue released for the first time: one create with its four assets, its title and notes, at the commit', async () => {
    const workspace = await tempDir();
    const folder = await releaseFolder(workspace, '2024-02', ISSUE_TITLE);
    const run = await runScript(publish(), workspace, { RELEASE_ID: '2024-02', ...token });
    expect(run.code, run.stderr).toBe(0);
    expect(run.calls).toEqual([
      { args: ['release', 'view', '2024-02', '--repo', REPOSITORY], cwd: folder },
      {
        args: ['release', 'create', '2024-02', 'llxx-2024-02.epub', 'llxx-2024-02.azw3', 'llxx-2024-02.mobi', 'SHA256SUMS', '--title', ISSUE_TITLE, '--notes-file', 'release-notes.md', '--target', SHA, '--repo', REPOSITORY],
        cwd: folder,
      },
    ]);
  });

  it('a year: the 合订本 is created exactly as an issue is, under the year’s tag', async () => {
    const workspace = await tempDir();
    const folder = await releaseFolder(workspace, '2024', YEAR_TITLE);
    await existingReleases(workspace, ['2024-02']);
    const run = await runScript(publish(), workspace, { RELEASE_ID: '2024', ...token });
    expect(run.code, run.stderr).toBe(0);
    expect(run.calls).toEqual([
      { args: ['release', 'view', '2024', '--repo', REPOSITORY], cwd: folder },
      {
        args: ['release', 'create', '2024', 'llxx-2024.epub', 'llxx-2024.azw3', 'llxx-2024.mobi', 'SHA256SUMS', '--title', YEAR_TITLE, '--notes-file', 'release-notes.md', '--target', SHA, '--repo', REPOSITORY],
        cwd: folder,
      },
    ]);
  });

  it('a re-run: the assets are replaced (--clobber) and title and notes edited; nothing is created', async () => {
    const workspace = await tempDir();
    const folder = await releaseFolder(workspace, '2024-02', ISSUE_TITLE);
    await existingReleases(workspace, ['2024-02']);
    const run = await runScript(publish(), workspace, { RELEASE_ID: '2024-02', ...token });
    expect(run.code, run.stderr).toBe(0);
    expect(run.calls).toEqual([
      { args: ['release', 'view', '2024-02', '--repo', REPOSITORY], cwd: folder },
      { args: ['release', 'upload', '2024-02', 'llxx-2024-02.epub', 'llxx-2024-02.azw3', 'llxx-2024-02.mobi', 'SHA256SUMS', '--clobber', '--repo', REPOSITORY], cwd: folder },
      { args: ['release', 'edit', '2024-02', '--title', ISSUE_TITLE, '--notes-file', 'release-notes.md', '--repo', REPOSITORY], cwd: folder },
    ]);
  });

  it('fails when an asset release.json names is missing, or when there is no release.json', async () => {
    const workspace = await tempDir();
    const folder = await releaseFolder(workspace, '2024-02', ISSUE_TITLE);
    await writeFile(path.join(folder, 'release.json'), (await readFile(path.join(folder, 'release.json'), 'utf8')).replace('SHA256SUMS"', 'SHA256SUMS.missing"'));
    const missingAsset = await runScript(publish(), workspace, { RELEASE_ID: '2024-02', ...token });
    expect(missingAsset.code).not.toBe(0);
    expect(missingAsset.stderr).toContain('no such file SHA256SUMS.missing');

    const noManifest = await runScript(publish(), await tempDir(), { RELEASE_ID: '2024-02', ...token });
    expect(noManifest.code).not.toBe(0);
    expect(noManifest.calls).toEqual([]);
  });
});

describe.skipIf(!hasCommand('jq'))('List the released issues (a recording gh)', () => {
  const listing = () => script('site', 'List the released issues');

  async function list(tags: string[], env: Record<string, string> = {}) {
    const workspace = await tempDir();
    await existingReleases(workspace, tags);
    const output = path.join(workspace, 'github-output');
    await writeFile(output, '');
    const run = await runScript(listing(), workspace, { GITHUB_OUTPUT: output, ...token, ...env });
    return { run, output: await readFile(output, 'utf8'), workspace };
  }

  it('passes on the issue tags only, comma-separated, not the years', async () => {
    const { run, output, workspace } = await list(['2024-02', '2024', '2024-03']);
    expect(run.code, run.stderr).toBe(0);
    expect(output).toBe('ids=2024-02,2024-03\n');
    expect(run.calls).toEqual([
      {
        args: ['release', 'list', '--repo', REPOSITORY, '--limit', '1000', '--exclude-drafts', '--json', 'tagName', '--jq', '.[].tagName | select(test("^[0-9]{4}-[0-9]{2}$"))'],
        cwd: workspace,
      },
    ]);
  });

  it('with only a volume released: an empty list and a notice, so no shelf is built', async () => {
    const { run, output } = await list(['2024']);
    expect(run.code, run.stderr).toBe(0);
    expect(output).toBe('ids=\n');
    expect(run.stdout).toBe('::notice::No issue has a release yet (only an annual volume?): the shelf is left as it is.\n');
  });

  it('a failed listing fails the step (pipefail), instead of reading as “nothing released”', async () => {
    const { run } = await list(['2024-02'], { FAKE_GH_FAIL: 'list' });
    expect(run.code).not.toBe(0);
  });
});
