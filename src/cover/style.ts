// The `cover:` section of series.yaml: how the generated cover looks, so that
// another periodical can restyle it without touching code. Every field has a
// default, so `cover: {}` (or no section at all) gives the standard red cover.
import { z } from 'zod';

const Colour = (what: string) =>
  z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, `${what} must be a colour written #rrggbb, e.g. #a31a1e`)
    // One spelling per colour, so the cache key does not depend on letter case.
    .transform((value) => value.toLowerCase());

const CoverLines = (example: string) =>
  z.array(z.string().trim().min(1, 'a cover line must not be empty')).max(4, 'at most 4 lines fit on the cover').describe(example);

export const CoverStyleSchema = z
  .object({
    background: Colour('background').default('#a31a1e').describe('Colour of the field, e.g. #a31a1e (deep red)'),
    accent: Colour('accent').default('#e8c170').describe('Frame, rules and organisation lines, e.g. #e8c170 (gold)'),
    title_colour: Colour('title_colour').default('#f6d67f').describe('The series title lines'),
    text_colour: Colour('text_colour').default('#fff6e3').describe('Slogan, year and date'),
    issue_background: Colour('issue_background').default('#fff6e3').describe('The panel behind 第N次'),
    issue_colour: Colour('issue_colour').default('#a31a1e').describe('The 第N次 on its panel'),
    organisation: CoverLines('Lines naming the organisation, e.g. [中国共产党, 运城开放大学总支委员会]; default: the publisher').default([]),
    title_lines: CoverLines('The series title as set on the cover, e.g. [理论学习中心组, 学习资料汇编]; default: the title').default([]),
  })
  .strict();

export type CoverStyle = z.infer<typeof CoverStyleSchema>;
