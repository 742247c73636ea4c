// README documents the source format; its field tables are generated from the
// zod schemas, so the contract and its documentation cannot drift apart.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { updateReadme } from '../scripts/readme-tables.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

it('has field tables that match the schemas (run `npm run docs` after changing a schema)', () => {
  expect(updateReadme(readme)).toBe(readme);
});

it('gives a newcomer one command that builds and one that tests', () => {
  expect(readme).toContain('npm ci && npx qikan build');
  expect(readme).toContain('npm test');
  expect(readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')).toMatch(/\nnpm test\n/);
});
