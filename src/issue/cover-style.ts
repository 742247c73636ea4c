// The `cover:` section of series.yaml: how the generated cover looks, so that
// another periodical can restyle it without touching code. Every field has a
// default, so `cover: {}` (or no section at all) gives the standard red cover.
import * as z from 'zod/mini';
import { described } from './zod.js';
import { xmlForbiddenMessage } from './xml-text.js';

/** Lines of organisation, and of title, that fit on the cover (layout.ts cuts content from elsewhere to this too). */
export const MAX_LINES = 3;

const Colour = (what: string) =>
  z.pipe(
    z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, `${what} must be a colour written #rrggbb, e.g. #a31a1e`)),
    // One spelling per colour, so the cache key does not depend on letter case.
    z.transform((value: string) => value.toLowerCase()),
  );

const CoverLine = z.pipe(
  z.string().check(
    z.superRefine((value, ctx) => {
      const message = xmlForbiddenMessage(value);
      if (message) ctx.addIssue({ code: 'custom', message });
    }),
  ),
  z.string().check(z.trim(), z.minLength(1, 'a cover line must not be empty')),
);
const CoverLines = z.array(CoverLine).check(z.maxLength(MAX_LINES, `at most ${MAX_LINES} lines fit on the cover`));

export const CoverStyleSchema = z.strictObject({
  background: described(z._default(Colour('background'), '#a31a1e'), 'Colour of the field (deep red); every colour is written #rrggbb'),
  band: described(z._default(Colour('band'), '#84151a'), 'The bands behind the title and behind 第N次 (darker red)'),
  accent: described(z._default(Colour('accent'), '#e8c170'), 'Frame, rules and organisation lines (gold)'),
  title_colour: described(z._default(Colour('title_colour'), '#f6d67f'), 'The series title lines (light gold)'),
  text_colour: described(z._default(Colour('text_colour'), '#fff6e3'), 'Slogan, year and date (warm white)'),
  issue_colour: described(z._default(Colour('issue_colour'), '#ffffff'), '第N次, the brightest thing on the cover (white)'),
  organisation: described(
    z._default(CoverLines, []),
    `Lines naming the organisation, e.g. [中国共产党, 运城开放大学总支委员会]; at most ${MAX_LINES}; empty: the publisher`,
  ),
  title_lines: described(z._default(CoverLines, []), `The series title as set on the cover, e.g. [理论学习中心组, 学习资料汇编]; at most ${MAX_LINES}; empty: the title`),
});

export type CoverStyle = z.infer<typeof CoverStyleSchema>;
