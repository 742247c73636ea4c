// The README's field tables are generated from the zod schemas (`npm run docs`),
// and a test fails when they drift apart: the schema is the single source.
import * as z from 'zod/mini';
import { RULES } from '../src/check/rules/index.js';
import { CoverStyleSchema } from '../src/issue/cover-style.js';
import { ArticleFrontMatterSchema, IssueSchema, SeriesSchema } from '../src/issue/schema.js';

const DOCUMENTED_SCHEMAS = {
  series: SeriesSchema,
  issue: IssueSchema,
  article: ArticleFrontMatterSchema,
  cover: CoverStyleSchema,
} as const;

function fieldTable(schema: z.ZodMiniObject): string {
  const rows = Object.entries(schema.shape).map(([key, field]) => {
    const type = field as z.ZodMiniType;
    const required = !type.safeParse(undefined).success;
    const fallback = type.safeParse(undefined);
    const defaultText = fallback.success && fallback.data !== undefined ? ` (default: \`${JSON.stringify(fallback.data)}\`)` : '';
    return `| \`${key}\` | ${required ? 'yes' : 'no'} | ${z.globalRegistry.get(type)?.description ?? ''}${defaultText} |`;
  });
  return ['| key | required | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The check rules, as README lists them: id, severity, what it catches, what --fix does. */
function rulesTable(): string {
  const rows = RULES.map((rule) => `| \`${rule.id}\` | ${rule.severity}${rule.unsilenceable ? ' (cannot be silenced)' : ''} | ${rule.description} | ${rule.fix ?? '—'} |`);
  return ['| rule | severity | catches | `--fix` |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Replaces the text between `<!-- fields:NAME -->` and `<!-- /fields:NAME -->` with the generated table. */
export function updateReadme(readme: string): string {
  let out = readme;
  for (const [name, schema] of Object.entries(DOCUMENTED_SCHEMAS)) {
    const pattern = new RegExp(`(<!-- fields:${name} -->\\n)[\\s\\S]*?(\\n<!-- /fields:${name} -->)`);
    out = out.replace(pattern, (_, open: string, close: string) => `${open}${fieldTable(schema as z.ZodMiniObject)}${close}`);
  }
  return out.replace(/<!-- rules -->[\s\S]*?<!-- \/rules -->/, () => `<!-- rules -->\n${rulesTable()}\n<!-- /rules -->`);
}
