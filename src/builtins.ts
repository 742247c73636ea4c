// Node's synchronous file calls, createHash and parseArgs, for the modules
// that need them. Not `import { statSync } from 'node:fs'`: an ES import of
// a built-in module reads every export it has, and node:fs's lazy ReadStream
// then loads Node's file-stream modules (~11 ms of every command's start-up,
// for streams qikan never opens), node:util's lazy TextDecoder ~7 ms more and
// node:crypto's webcrypto ~1 ms (Node 24, --cpu-prof, 2026-12-01).
// process.getBuiltinModule hands over the module object as require() does,
// without reading the rest.
import type * as NodeCrypto from 'node:crypto';
import type * as NodeFs from 'node:fs';
import type * as NodeUtil from 'node:util';

const fs = process.getBuiltinModule('node:fs') as typeof NodeFs;
const util = process.getBuiltinModule('node:util') as typeof NodeUtil;

export const { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmdirSync, rmSync, statSync, watch, writeFileSync } = fs;
export const { parseArgs, promisify } = util;

/** node:crypto's createHash; the module (~6 ms to load) only once a command hashes something. */
export function createHash(algorithm: string, options?: NodeCrypto.HashOptions): NodeCrypto.Hash {
  return (process.getBuiltinModule('node:crypto') as typeof NodeCrypto).createHash(algorithm, options);
}
