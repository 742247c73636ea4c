// src/fonts/sliced-font.ts finds the packages it reads fonts and versions from
// without Node's CommonJS loader; it must find what Node itself resolves —
// the vendored typeface, installed as a link, included.
import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
import { packageFolder, packageVersion } from '../../src/fonts/sliced-font.js';

const require = createRequire(new URL('../../src/fonts/sliced-font.ts', import.meta.url));
const PACKAGES = ['@fontsource-variable/noto-serif-sc', 'lxgw-wenkai-webfont', 'opentype.js', 'subset-font', '@resvg/resvg-js'];

it.each(PACKAGES)('finds %s where Node resolves it, with its version', (name) => {
  const manifest = require.resolve(`${name}/package.json`);
  expect(packageFolder(name)).toBe(realpathSync(path.dirname(manifest)));
  expect(packageVersion(name)).toBe((JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version);
});

it('says which package is missing and what to run', () => {
  expect(() => packageFolder('qikan-no-such-package')).toThrow(/the package qikan-no-such-package is not installed .* run npm ci$/);
});
