import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CoverStyleSchema } from '../../src/issue/cover-style.js';

describe('CoverStyleSchema', () => {
  it('fills every field with a default', () => {
    expect(CoverStyleSchema.parse({})).toEqual({
      background: '#a31a1e',
      band: '#84151a',
      accent: '#e8c170',
      title_colour: '#f6d67f',
      text_colour: '#fff6e3',
      issue_colour: '#ffffff',
      organisation: [],
      title_lines: [],
    });
  });

  it('accepts the cover section of the real series.yaml', () => {
    const series = parse(readFileSync(new URL('../../issues/series.yaml', import.meta.url), 'utf8')) as { cover: unknown };
    const style = CoverStyleSchema.parse(series.cover);
    expect(style.organisation).toEqual(['中国共产党', '运城开放大学总支委员会']);
    expect(style.title_lines).toEqual(['理论学习中心组', '学习资料汇编']);
  });

  it('keeps given colours, lower-cased so the cache key has one spelling', () => {
    expect(CoverStyleSchema.parse({ background: '#1F3B6E', accent: '#d9c27a' })).toMatchObject({ background: '#1f3b6e', accent: '#d9c27a' });
  });

  it('rejects an unknown key, naming it', () => {
    const result = CoverStyleSchema.safeParse({ backgroud: '#000000' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['backgroud'] });
  });

  it.each([
    ['red', 'a colour name'],
    ['#fff', 'the short form'],
    ['#gggggg', 'non-hex digits'],
    ['a31a1e', 'no #'],
    ['#a31a1e80', 'an alpha channel'],
  ])('rejects background %j (%s) at its key path', (background) => {
    const result = CoverStyleSchema.safeParse({ background });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['background']);
    expect(result.error?.issues[0]?.message).toMatch(/#rrggbb/);
  });

  it('rejects empty lines and more lines than fit', () => {
    expect(CoverStyleSchema.safeParse({ title_lines: ['理论学习', ' '] }).error?.issues[0]?.path).toEqual(['title_lines', 1]);
    expect(CoverStyleSchema.safeParse({ organisation: ['一', '二', '三', '四'] }).error?.issues[0]?.path).toEqual(['organisation']);
  });
});
