// The release's title and notes (Markdown, in Chinese, as GitHub shows them
// on the release page): what is in the issue, which file suits which
// reader, and the checksums. Pure.
import type { Issue } from '../issue/model.js';
import { chineseDate, issueNumberText } from '../render/chinese.js';
import { CHECKSUMS_FILE, type BookFormat } from '../book-files.js';
import { checksumsText, type FileChecksum } from './checksums.js';

/** 《理论学习中心组学习资料》2024年第2次 */
export function releaseTitle(issue: Issue): string {
  return `《${issue.series.title}》${issue.meta.year}年${issueNumberText(issue.meta.number)}`;
}

export type ReleaseFileNames = Record<BookFormat, string>;

/** Which file for which device: the release notes and the members' shelf both say this. */
export const DEVICE_GUIDE: ReadonlyArray<{ format: BookFormat; text: string }> = [
  {
    format: 'epub',
    text: 'Apple Books（苹果图书）、Kobo、微信读书、掌阅及其他安卓阅读软件。Kindle 用户请用“发送到 Kindle”（Send to Kindle）发送这个 EPUB 文件——它接受 EPUB，不接受 AZW3 和 MOBI。',
  },
  { format: 'azw3', text: '用 USB 数据线直接拷入 Kindle（放进 documents 文件夹）。' },
  { format: 'mobi', text: '仅供 2012 年以前的老款 Kindle（不能打开 AZW3 的机型）。' },
];

export function releaseNotes(issue: Issue, files: ReleaseFileNames, checksums: FileChecksum[]): string {
  const { series, meta } = issue;
  const compiledBy = [series.publisher, series.editor].filter(Boolean).join(' ');
  const contents = issue.articles.map((a, i) => `${i + 1}. ${escapeMarkdown(a.meta.toc_title ?? a.meta.title)}`);
  return [
    `# ${escapeMarkdown(releaseTitle(issue))}`,
    '',
    `${escapeMarkdown(compiledBy)} 编 · ${chineseDate(meta.date)}`,
    '',
    '## 本期目录',
    '',
    ...contents,
    '',
    '## 下载哪个文件',
    '',
    '| 文件 | 适用于 |',
    '| --- | --- |',
    ...DEVICE_GUIDE.map((advice) => `| \`${files[advice.format]}\` | ${advice.text} |`),
    '',
    '## 校验和（SHA-256）',
    '',
    `下载后，在文件所在的文件夹运行 \`sha256sum -c ${CHECKSUMS_FILE}\` 可确认文件完整无误：`,
    '',
    '```',
    checksumsText(checksums).trimEnd(),
    '```',
    '',
  ].join('\n');
}

/**
 * Titles are plain text: characters Markdown would read as inline markup
 * (or, at the start, as a heading or list) are escaped; others are left
 * alone so the notes stay readable as plain text too.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/^[#+-]/, (c) => `\\${c}`);
}
