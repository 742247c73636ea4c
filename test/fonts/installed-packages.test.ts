// src/fonts/sliced-font.ts finds the packages it reads fonts and versions from
// without Node's CommonJS loader; it must find what Node itself resolves —
// the vendored typeface, installed as a link, included.
import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
import { formatDiagnostic, UserError } from '../../src/diagnostic.js';
import { packageFolder, packageVersion } from '../../src/fonts/sliced-font.js';

const require = createRequire(new URL('../../src/fonts/sliced-font.ts', import.meta.url));
const PACKAGES = ['@fontsource-variable/noto-serif-sc', 'lxgw-wenkai-webfont', 'opentype.js', 'subset-font', '@resvg/resvg-js'];

it.each(PACKAGES)('finds %s where Node resolves it, with its version', (name) => {
  const manifest = require.resolve(`${name}/package.json`);
  expect(packageFolder(name)).toBe(realpathSync(path.dirname(manifest)));
  expect(packageVersion(name)).toBe((JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version);
});

it('says which package is missing and what to run, as a problem of the install (exit 1), not a bug', () => {
  let thrown: unknown;
  try {
    packageFolder('qikan-no-such-package');
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(UserError);
  expect(formatDiagnostic((thrown as UserError).diagnostics[0]!)).toMatch(
    /^qikan-no-such-package {2}error {2}install\/missing-package {2}is not installed \(looked in every node_modules folder above .*\) — run npm ci in qikan's folder$/,
  );
});
