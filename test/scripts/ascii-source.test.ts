// The bundle's ASCII pass (scripts/ascii-source.mjs) must not change what a
// chunk does: each case runs the code before and after and compares.
import { describe, expect, it } from 'vitest';
import { asciiSource } from '../../scripts/ascii-source.mjs';

/** Runs `code` (a function body that returns a value) as Node would. */
const run = (code: string): unknown => new Function(code)();

describe('asciiSource', () => {
  it('writes the Chinese of a pattern as \\u escapes, and the pattern matches the same text', () => {
    const code = 'const END = /[。！？]”?$/u; const DASH = /—{2}|-{2}/g; return ["好。", "好！”", "好a", "——", "--"].map((s) => [END.test(s), s.replace(DASH, "x")]);';
    const ascii = asciiSource(code);
    // The patterns, before `return`; the strings after it are esbuild's to write.
    expect(ascii.slice(0, ascii.indexOf('return'))).toMatch(/^[\x00-\x7f]*$/);
    expect(ascii).toContain('\\u3002');
    expect(run(ascii)).toEqual(run(code));
  });

  it('keeps a character outside the Basic Multilingual Plane one character in a /u class', () => {
    const code = 'return ["\\ud840\\udc00", "a", "\\ud840"].map((s) => /^[𠀀]$/u.test(s));';
    const ascii = asciiSource(code);
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    expect(run(ascii)).toEqual([true, false, false]);
  });

  it('writes comments in ASCII, whatever they say', () => {
    const code = '// 中文注释 — a comment\n/** 说明 */\nfunction f() { /** 内部 */ const x = 1; return x; }\nclass C {\n  /** 方法 */\n  m() { return f(); }\n}\nreturn new C().m(); /* 尾 */';
    const ascii = asciiSource(code);
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    expect(run(ascii)).toBe(1);
  });

  it('leaves strings, templates, a tagged template’s raw text and an escaped pattern character as written', () => {
    const code = 'const a = "中"; const b = `文${a}`; const c = String.raw`字`; const d = /\\。/; return [a, b, c, d.source, d.test("。")];';
    const ascii = asciiSource(code);
    // Each of these would mean something else (String.raw, \\。) or is esbuild's to write.
    expect(ascii).toBe(code);
    expect(run(ascii)).toEqual(['中', '文中', '字', '\\。', true]);
  });

  it('returns ASCII code unchanged', () => {
    const code = 'return /a/.test("a");';
    expect(asciiSource(code)).toBe(code);
  });
});
