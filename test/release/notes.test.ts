// Release title, notes, manifest and checksum lines as plain data: no tools needed.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIssue } from '../../src/issue/load.js';
import type { Issue } from '../../src/issue/model.js';
import { checksumsText } from '../../src/release/checksums.js';
import { manifestText, releaseManifest } from '../../src/release/manifest.js';
import { annualReleaseText, escapeMarkdown, issueReleaseText, releaseNotes, releaseTitle } from '../../src/release/notes.js';
import { ROOT } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';

const FILES = { epub: 'llxx-2024-02.epub', azw3: 'llxx-2024-02.azw3', mobi: 'llxx-2024-02.mobi' };
const SUMS = [{ name: FILES.epub, sha256: 'a'.repeat(64) }];

let issue: Issue;
beforeAll(async () => {
  issue = await loadIssue(path.join(ROOT, 'issues', '2024-02'));
});

describe('release title and notes of an issue', () => {
  it('titles the release 《series》year年第N次', () => {
    expect(releaseTitle(issue)).toBe('《理论学习中心组学习资料》2024年第2次');
  });

  it('opens with the title, who compiled it and the date', () => {
    const notes = releaseNotes(issueReleaseText(issue), FILES, SUMS);
    expect(notes.split('\n').slice(0, 5)).toEqual(['# 《理论学习中心组学习资料》2024年第2次', '', '中共运城开放大学总支委员会 综合办 编 · 2024年2月', '', '## 本期目录']);
  });

  it('lists the contents as printed (toc_title), numbered', () => {
    const notes = releaseNotes(issueReleaseText(issue), FILES, SUMS);
    expect(notes).toContain('1. 习近平在二〇二四年春节团拜会上的讲话\n2. 中央学习贯彻');
    expect(notes).toContain('6. 全省教育工作会议精神\n');
  });

  it('says which file suits which reader', () => {
    const rows = releaseNotes(issueReleaseText(issue), FILES, SUMS).split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^\| `llxx-2024-02\.epub` \|.*Apple Books.*Kobo.*微信读书.*掌阅.*Send to Kindle/);
    expect(rows[1]).toMatch(/^\| `llxx-2024-02\.azw3` \|.*USB/);
    expect(rows[2]).toMatch(/^\| `llxx-2024-02\.mobi` \|.*2012 年以前/);
  });

  it('escapes titles that would read as Markdown', () => {
    expect(escapeMarkdown('#1 *重要* [转载] a|b')).toBe('\\#1 \\*重要\\* \\[转载\\] a\\|b');
    expect(escapeMarkdown('二〇二四年（一）')).toBe('二〇二四年（一）');
  });

  // Found by a hostile review (pandoc's GFM standing in for GitHub): 1) became a nested list
  // shown as 1., &amp; became &, :smile: an emoji.
  it.skipIf(!toolAvailable('pandoc'))('shows every title as written when rendered as GitHub Markdown', () => {
    const titles = ['1) 加强党的建设', '关于&amp;符号 :smile: 的说明', '#1 *重要* [转载] a|b', '- 列表样子', '2024. 年度总结', '&#0; 与 &lt;'];
    const list = titles.map((title, i) => `${i + 1}. ${escapeMarkdown(title)}`).join('\n');
    const shown = execFileSync('pandoc', ['-f', 'gfm', '-t', 'plain', '--wrap=none'], { input: list, encoding: 'utf8' });
    expect(shown.split('\n').filter((line) => line.trim() !== '').map((line) => line.replace(/^\d+\.\s+/, ''))).toEqual(titles);
  });
});

describe('release notes of a year’s 合订本', () => {
  const files = { epub: 'llxx-2024.epub', azw3: 'llxx-2024.azw3', mobi: 'llxx-2024.mobi' };
  const volume = () => {
    // A second issue of the year, as a copy of 2024-02 numbered 3 with one title that needs escaping.
    const third: Issue = { ...issue, id: '2024-03', meta: { ...issue.meta, number: 3 }, articles: [{ ...issue.articles[0]!, meta: { title: '*要闻*' } }] };
    return releaseNotes(annualReleaseText([issue, third], 2024, '第2—3次'), files, SUMS);
  };

  it('is titled 《series》year年合订本 and names the issues it holds', () => {
    const text = annualReleaseText([issue], 2024, '第2次');
    expect(text.title).toBe('《理论学习中心组学习资料》2024年合订本');
    expect(volume().split('\n').slice(0, 5)).toEqual(['# 《理论学习中心组学习资料》2024年合订本', '', '中共运城开放大学总支委员会 综合办 编 · 2024年第2—3次', '', '## 本册目录']);
  });

  it('lists each issue, in order, with its contents under it', () => {
    const notes = volume();
    const contents = notes.slice(notes.indexOf('## 本册目录'), notes.indexOf('## 下载哪个文件'));
    expect(contents).toBe(
      [
        '## 本册目录',
        '',
        '### 2024年第2次',
        '',
        '1. 习近平在二〇二四年春节团拜会上的讲话',
        '2. 中央学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议精神',
        '3. 省委学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议精神',
        '4. 市委学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议精神',
        '5. 全国教育工作会议精神',
        '6. 全省教育工作会议精神',
        '',
        '### 2024年第3次',
        '',
        '1. \\*要闻\\*',
        '',
        '',
      ].join('\n'),
    );
  });

  it('has the device table and the checksums, as an issue’s notes do', () => {
    const notes = volume();
    expect(notes).toContain('| 文件 | 适用于 |\n| --- | --- |\n| `llxx-2024.epub` | Apple Books');
    expect(notes).toContain('| `llxx-2024.azw3` | 用 USB 数据线直接拷入 Kindle');
    expect(notes).toContain('| `llxx-2024.mobi` | 仅供 2012 年以前的老款 Kindle');
    expect(notes).toContain(`\`\`\`\n${'a'.repeat(64)}  llxx-2024-02.epub\n\`\`\`\n`);
  });
});

describe('release.json', () => {
  it('names the tag, the plain title, the notes and the assets relative to its folder', () => {
    const folder = '/out/2024-02';
    const manifest = releaseManifest(folder, {
      tag: '2024-02',
      title: '《理论学习中心组学习资料》2024年第2次',
      notes: '/out/2024-02/release-notes.md',
      assets: ['/out/2024-02/llxx-2024-02.epub', '/out/2024-02/SHA256SUMS'],
    });
    expect(manifestText(manifest)).toBe(
      '{\n  "tag": "2024-02",\n  "title": "《理论学习中心组学习资料》2024年第2次",\n  "notes": "release-notes.md",\n  "assets": [\n    "llxx-2024-02.epub",\n    "SHA256SUMS"\n  ]\n}\n',
    );
  });

  it('refuses a file outside its folder (the workflow uploads from that folder only)', () => {
    expect(() => releaseManifest('/out/2024-02', { tag: '2024-02', title: 't', notes: '/out/2024-02/release-notes.md', assets: ['/out/other/x.epub'] })).toThrow(/not in \/out\/2024-02/);
  });
});

describe('checksumsText', () => {
  it('writes sha256sum’s text format: hex, two spaces, name', () => {
    expect(checksumsText([...SUMS, { name: 'b.azw3', sha256: 'b'.repeat(64) }])).toBe(`${'a'.repeat(64)}  llxx-2024-02.epub\n${'b'.repeat(64)}  b.azw3\n`);
  });
});
