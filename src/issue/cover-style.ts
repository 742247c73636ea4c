// The `cover:` section of series.yaml: how the generated cover looks, so that
// another periodical can restyle it without touching code. Every field has a
// default, so `cover: {}` (or no section at all) gives the standard red cover.
import * as z from 'zod';
import { xmlForbiddenMessage } from './xml-text.js';

/** Lines of organisation, and of title, that fit on the cover (layout.ts cuts content from elsewhere to this too). */
export const MAX_LINES = 3;

const Colour = (what: string) =>
  z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, `${what} must be a colour written #rrggbb, e.g. #a31a1e`)
    // One spelling per colour, so the cache key does not depend on letter case.
    .transform((value) => value.toLowerCase());

const CoverLine = z
  .string()
  .superRefine((value, ctx) => {
    const message = xmlForbiddenMessage(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  })
  .pipe(z.string().trim().min(1, 'a cover line must not be empty'));
const CoverLines = z.array(CoverLine).max(MAX_LINES, `at most ${MAX_LINES} lines fit on the cover`);

export const CoverStyleSchema = z
  .object({
    background: Colour('background').default('#a31a1e').describe('Colour of the field (deep red); every colour is written #rrggbb'),
    band: Colour('band').default('#84151a').describe('The bands behind the title and behind 第N次 (darker red)'),
    accent: Colour('accent').default('#e8c170').describe('Frame, rules and organisation lines (gold)'),
    title_colour: Colour('title_colour').default('#f6d67f').describe('The series title lines (light gold)'),
    text_colour: Colour('text_colour').default('#fff6e3').describe('Slogan, year and date (warm white)'),
    issue_colour: Colour('issue_colour').default('#ffffff').describe('第N次, the brightest thing on the cover (white)'),
    organisation: CoverLines.default([]).describe(`Lines naming the organisation, e.g. [中国共产党, 运城开放大学总支委员会]; at most ${MAX_LINES}; empty: the publisher`),
    title_lines: CoverLines.default([]).describe(`The series title as set on the cover, e.g. [理论学习中心组, 学习资料汇编]; at most ${MAX_LINES}; empty: the title`),
  })
  .strict();

export type CoverStyle = z.infer<typeof CoverStyleSchema>;
