// zod, from its mini entry point: the same validator and the same messages as
// `import * as z from 'zod'`, without the methods the full entry point builds
// into every schema as it is made — that took ~20 ms of every command's start
// (Node 24, --cpu-prof), and with it the build of one issue went from ~390 to
// ~365 ms. The mini entry point loads no locale, so English is set here, once:
// every module that makes a schema takes `described` from here, so this runs
// before any of them. They import zod/mini as a namespace themselves:
// re-exporting the namespace from here would make the bundle keep all of it,
// its 40 locales included.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

/** A schema with its meaning, for the README's field tables (scripts/readme-tables.ts), as `.describe()` gives one in full zod. */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description));
}
