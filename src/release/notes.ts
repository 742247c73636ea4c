// The release's title and notes (Markdown, in Chinese, as GitHub shows them
// on the release page): what is in the book, which file suits which reader,
// and the checksums — the same for an issue and for a year's 合订本. Pure.
import { escapeInline, escapeLineStart } from '../markdown/escape.js';
import { CHECKSUMS_FILE, type BookFormat } from '../book-files.js';
import type { Issue } from '../issue/model.js';
import { chineseDate, issueNumberText } from '../render/chinese.js';
import { checksumsText, type FileChecksum } from './checksums.js';

/** What the notes say about the book, before the files: the part that differs between an issue and a volume. */
export interface ReleaseText {
  /** Plain text: 《理论学习中心组学习资料》2024年第2次 — the release's title and the notes' heading. */
  title: string;
  /** Plain text: who compiled it, and when (or which issues). */
  byline: string;
  /** The heading of the contents: 本期目录, 本册目录. */
  contentsHeading: string;
  /** Markdown lines of the contents, already escaped. */
  contents: string[];
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

/** 《理论学习中心组学习资料》2024年第2次 */
export function releaseTitle(issue: Issue): string {
  return `《${issue.series.title}》${issue.meta.year}年${issueNumberText(issue.meta.number)}`;
}

/** 《理论学习中心组学习资料》2024年合订本 */
function annualReleaseTitle(series: Issue['series'], year: number): string {
  return `《${series.title}》${year}年合订本`;
}

/** An issue: its contents as printed (toc_title), numbered. */
export function issueReleaseText(issue: Issue): ReleaseText {
  return {
    title: releaseTitle(issue),
    byline: `${compiledBy(issue.series)} 编 · ${chineseDate(issue.meta.date)}`,
    contentsHeading: '本期目录',
    contents: articleList(issue),
  };
}

/**
 * A year's volume: each issue (in order) with its contents under it. `range`
 * names the issues it holds, as its cover does: 第1—12次.
 */
export function annualReleaseText(issues: readonly Issue[], year: number, range: string): ReleaseText {
  const { series } = issues[0]!;
  return {
    title: annualReleaseTitle(series, year),
    byline: `${compiledBy(series)} 编 · ${year}年${range}`,
    contentsHeading: '本册目录',
    contents: issues.flatMap((issue, i) => [...(i > 0 ? [''] : []), `### ${issue.meta.year}年${issueNumberText(issue.meta.number)}`, '', ...articleList(issue)]),
  };
}

export function releaseNotes(text: ReleaseText, files: ReleaseFileNames, checksums: FileChecksum[]): string {
  return [
    `# ${escapeMarkdown(text.title)}`,
    '',
    escapeMarkdown(text.byline),
    '',
    `## ${text.contentsHeading}`,
    '',
    ...text.contents,
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

function compiledBy(series: Issue['series']): string {
  return [series.publisher, series.editor].filter(Boolean).join(' ');
}

function articleList(issue: Issue): string[] {
  return issue.articles.map((a, i) => `${i + 1}. ${escapeMarkdown(a.meta.toc_title ?? a.meta.title)}`);
}

/**
 * Titles are plain text: what the import escapes (inline markup, an
 * entity's &), and besides what GitHub's Markdown reads — > | ~, an emoji
 * code (:smile:), and at the start a heading or list (1) 加强……) — are
 * escaped; others are left alone so the notes stay readable as plain text too.
 */
export function escapeMarkdown(text: string): string {
  const inline = escapeInline(text)
    .replace(/[>|~]/g, (c) => `\\${c}`)
    .replace(/:(?=[\w+-]+:)/g, '\\:');
  return escapeLineStart(inline).replace(/^[#+-]/, (c) => `\\${c}`);
}
