// Release title, notes and checksum lines as plain data: no tools needed.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIssue } from '../../src/issue/load.js';
import type { Issue } from '../../src/issue/model.js';
import { checksumsText } from '../../src/release/checksums.js';
import { escapeMarkdown, releaseNotes, releaseTitle } from '../../src/release/notes.js';
import { ROOT } from '../helpers/book.js';

const FILES = { epub: 'llxx-2024-02.epub', azw3: 'llxx-2024-02.azw3', mobi: 'llxx-2024-02.mobi' };
const SUMS = [{ name: FILES.epub, sha256: 'a'.repeat(64) }];

let issue: Issue;
beforeAll(async () => {
  issue = await loadIssue(path.join(ROOT, 'issues', '2024-02'));
});

describe('release title and notes', () => {
  it('titles the release 《series》year年第N次', () => {
    expect(releaseTitle(issue)).toBe('《理论学习中心组学习资料》2024年第2次');
  });

  it('lists the contents as printed (toc_title), numbered', () => {
    const notes = releaseNotes(issue, FILES, SUMS);
    expect(notes).toContain('1. 习近平在二〇二四年春节团拜会上的讲话\n2. 中央学习贯彻');
    expect(notes).toContain('6. 全省教育工作会议精神\n');
  });

  it('says which file suits which reader', () => {
    const rows = releaseNotes(issue, FILES, SUMS).split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^\| `llxx-2024-02\.epub` \|.*Apple Books.*Kobo.*微信读书.*掌阅.*Send to Kindle/);
    expect(rows[1]).toMatch(/^\| `llxx-2024-02\.azw3` \|.*USB/);
    expect(rows[2]).toMatch(/^\| `llxx-2024-02\.mobi` \|.*2012 年以前/);
  });

  it('escapes titles that would read as Markdown', () => {
    expect(escapeMarkdown('#1 *重要* [转载] a|b')).toBe('\\#1 \\*重要\\* \\[转载\\] a\\|b');
    expect(escapeMarkdown('二〇二四年（一）')).toBe('二〇二四年（一）');
  });
});

describe('checksumsText', () => {
  it('writes sha256sum’s text format: hex, two spaces, name', () => {
    expect(checksumsText([...SUMS, { name: 'b.azw3', sha256: 'b'.repeat(64) }])).toBe(`${'a'.repeat(64)}  llxx-2024-02.epub\n${'b'.repeat(64)}  b.azw3\n`);
  });
});
