// The source format is a contract: these zod schemas are at once the types,
// the validator and the source of the README's field tables. Every object is
// strict, so a misspelt key is an error rather than silently ignored.
import * as z from 'zod/mini';
import { described } from './zod.js';
import { CoverStyleSchema } from './cover-style.js';
import { xmlForbiddenMessage } from './xml-text.js';

/** A string that can go into XML: every text value of the sources is one. */
const XmlText = z.string().check(
  z.superRefine((value, ctx) => {
    const message = xmlForbiddenMessage(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  }),
);

const nonEmpty = (what: string) => z.pipe(XmlText, z.string().check(z.trim(), z.minLength(1, `${what} must not be empty`)));

/** BCP 47 language tag, e.g. zh-CN, zh-Hans, en. */
const LanguageTag = z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as zh-CN'));

/**
 * 'YYYY-MM' or 'YYYY-MM-DD', a real calendar date. zod runs a string's later
 * checks even after one fails; `abort` stops them after a wrong format, so
 * the date check reads only what the pattern let through (a time stamp
 * written as a date made the time check throw: exit 70 for a typo).
 */
const IsoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: 'must be a date written YYYY-MM or YYYY-MM-DD (quote it in YAML)', abort: true }),
    z.refine(isRealDate, 'is not a real calendar date'),
  );

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number?];
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The short name the book files are named with (<slug>-<id>.epub), e.g. llxx. */
const Slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase ASCII letters, digits and hyphens, e.g. llxx'));

/**
 * An article of the issue's folder: a Markdown file named in ASCII. Not
 * index.md: its web page (index.html) would be the issue's title page, and
 * the article's text would be missing from the site.
 */
const ArticleFile = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.md$/, { error: 'must be an ASCII file name ending in .md', abort: true }),
    z.refine((name) => name.toLowerCase() !== 'index.md', 'must not be index.md (the web edition’s title page is index.html) — rename the file, e.g. 01-index.md'),
  );

/** A picture of the issue's folder, named in ASCII: what EPUB and Kindle readers show as a cover. */
const CoverFile = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.(jpe?g|png)$/i, 'must be a JPEG or PNG file name in the issue folder'));

/** A UTC time stamp to the second, as dcterms:modified is written. */
const UtcTimestamp = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, { error: 'must be a UTC time stamp like 2024-03-01T08:00:00Z', abort: true }),
    z.refine(isRealTime, 'is not a real time between 1980 and 2107 (what a ZIP time stamp can hold), e.g. 2024-03-01T08:00:00Z'),
  );

/** A time stamp whose every field is in range, from 1980 to 2107: a ZIP (DOS) time stamp holds no other. */
function isRealTime(value: string): boolean {
  const [date, time] = value.slice(0, -1).split('T') as [string, string];
  const [h, min, sec] = time.split(':').map(Number) as [number, number, number];
  const year = Number(date.slice(0, 4));
  return isRealDate(date) && year >= 1980 && year <= 2107 && h < 24 && min < 60 && sec < 60;
}

export const SeriesSchema = z.strictObject({
  title: described(nonEmpty('title'), 'Series title, e.g. 理论学习中心组学习资料'),
  publisher: described(nonEmpty('publisher'), 'Publishing body, e.g. 中共运城开放大学总支委员会'),
  editor: described(z.optional(nonEmpty('editor')), 'Editing office, e.g. 综合办'),
  language: described(z._default(LanguageTag, 'zh-CN'), 'BCP 47 language of the text'),
  slug: described(Slug, 'ASCII short name used in file names: <slug>-<id>.epub'),
  slogan: described(z.optional(nonEmpty('slogan')), 'Slogan on the cover, e.g. 人人皆学 处处能学 时时可学'),
  motto: described(z.optional(nonEmpty('motto')), 'Motto on the back page, e.g. 敬学广惠 有教无类'),
  back_note: described(z.optional(nonEmpty('back_note')), 'Line under the motto on the back page, e.g. 学习资料电子版'),
  cover: described(z.optional(CoverStyleSchema), 'Colours and lines of the generated cover (see “Cover”)'),
  margin_page_numbers: described(z.optional(z.boolean()), 'Show the printed page numbers in the margin, small and grey (default: false; see “Printed pages”)'),
  note_marks: described(
    z.optional(z.enum(['circled', 'brackets'])),
    'How notes are marked: circled ①②③, as Chinese books print them, or brackets [1] [2] [3] (default: circled; see “Notes”)',
  ),
});

export const IssueSchema = z.strictObject({
  year: described(z.number().check(z.int(), z.gte(1900), z.lte(2999)), 'Year of the issue, e.g. 2024'),
  number: described(z.number().check(z.int(), z.gte(1), z.lte(99)), 'The N of 第N次'),
  date: described(IsoDate, 'Publication date, YYYY-MM or YYYY-MM-DD'),
  articles: described(z.array(ArticleFile).check(z.minLength(1, 'must list at least one article')), 'Reading order: the article files of this folder'),
  cover: described(z.optional(CoverFile), 'A cover image supplied by the maintainer; replaces the generated one'),
  modified: described(z.optional(UtcTimestamp), 'When a corrected edition was made (dcterms:modified); default: the issue date'),
});

export const ArticleFrontMatterSchema = z.strictObject({
  title: described(nonEmpty('title'), 'The headline as printed above the article'),
  toc_title: described(z.optional(nonEmpty('toc_title')), 'The entry as the printed 目录 names it, when it differs'),
  byline: described(z.optional(nonEmpty('byline')), 'Line set under the title, e.g. 唐登杰 韩长赋讲话 金湘军主持'),
  source: described(z.optional(nonEmpty('source')), 'Where the text comes from, e.g. 新华社'),
  date: described(z.optional(IsoDate), 'Date of the article, YYYY-MM or YYYY-MM-DD'),
  toc_page: described(
    z.optional(z.number().check(z.int(), z.gte(1), z.lte(99999))),
    'The printed page the article starts on, as the printed 目录 gives it (see “Printed pages”)',
  ),
});

export type Series = z.infer<typeof SeriesSchema>;
export type IssueMeta = z.infer<typeof IssueSchema>;
export type ArticleFrontMatter = z.infer<typeof ArticleFrontMatterSchema>;
