// The printed pages before the 目录 and the lines after the last article.
// Cover:       中国共产党 / 运城开放大学总支委员会 / 理论学习中心组 学习资料汇编 /
//              人人皆学 处处能学 时时可学 / 二〇二四年 / 第2次 / 2024年2月
// Title page:  中共运城开放大学总支委员会 / 理论学习中心组学习资料 / (第2次) / 综合办 / 2024年2月
// Closing:     (学习资料电子版) / 敬学广惠 有教无类
// These are issue and series values, never article text.
import type { PrintedClosing, PrintedFrontMatter } from '../model.js';
import { matchKey } from './title-match.js';

const CHINESE_DIGITS = '〇一二三四五六七八九';
const YEAR_CHINESE = /^([〇零一二三四五六七八九]{4})年$/u;
const YEAR_DIGITS = /^(\d{4})年$/u;
const NUMBER = /^第(\d{1,2}|[一二三四五六七八九十]{1,3})[次期]$/u;
const NUMBER_IN_PARENS = /^[（(]第(\d{1,2}|[一二三四五六七八九十]{1,3})[次期][)）]$/u;
const DATE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/u;

const compact = (line: string): string => line.replace(/\s+/g, '');

/** 二〇二四 → 2024 (digit by digit, as years are printed). */
function chineseYearValue(text: string): number {
  return Number([...text].map((c) => (c === '零' ? 0 : CHINESE_DIGITS.indexOf(c))).join(''));
}

/** 2, 二, 十二 → 2, 2, 12. */
export function issueNumberValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const digit = (c: string | undefined): number => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
  const [a, b, c] = [...text];
  if (a === '十') return 10 + digit(b);
  if (b === '十') return digit(a) * 10 + digit(c);
  return digit(a);
}

function readNumber(line: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(compact(line));
  return match ? issueNumberValue(match[1]!) : undefined;
}

export function readDate(line: string): string | undefined {
  const match = DATE.exec(compact(line));
  if (!match) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const day = match[3] ? `-${match[3].padStart(2, '0')}` : '';
  return `${match[1]}-${String(month).padStart(2, '0')}${day}`;
}

function readYear(line: string): number | undefined {
  const text = compact(line);
  const chinese = YEAR_CHINESE.exec(text);
  if (chinese) return chineseYearValue(chinese[1]!);
  const digits = YEAR_DIGITS.exec(text);
  return digits ? Number(digits[1]) : undefined;
}

const isIssueLine = (line: string): boolean =>
  readYear(line) !== undefined || readDate(line) !== undefined || readNumber(line, NUMBER) !== undefined || readNumber(line, NUMBER_IN_PARENS) !== undefined;

/** Reads the cover and title page: the lines before the 目录. */
export function readFrontMatter(lines: readonly string[]): PrintedFrontMatter {
  const result: PrintedFrontMatter = { organisation: [], titleLines: [] };
  for (const line of lines) {
    result.year ??= readYear(line);
    result.date ??= readDate(line);
  }
  result.year ??= result.date ? Number(result.date.slice(0, 4)) : undefined;
  // The title page prints the number in brackets, (第2次); the cover without.
  const titleNumber = lines.findIndex((line) => readNumber(line, NUMBER_IN_PARENS) !== undefined);
  result.number = titleNumber >= 0 ? readNumber(lines[titleNumber]!, NUMBER_IN_PARENS) : firstDefined(lines.map((l) => readNumber(l, NUMBER)));
  if (titleNumber < 1) return dropUndefined(result);

  result.title = compact(lines[titleNumber - 1]!);
  const publisherLine = titleNumber >= 2 ? lines[titleNumber - 2]! : undefined;
  if (publisherLine !== undefined && !isIssueLine(publisherLine)) result.publisher = compact(publisherLine);
  const editorLine = lines[titleNumber + 1];
  if (editorLine !== undefined && !isIssueLine(editorLine)) result.editor = compact(editorLine);
  readCover(lines.slice(0, Math.max(0, titleNumber - 2)), result.title, result);
  return dropUndefined(result);
}

/** Organisation lines, then the series title as set on the cover, then the slogan. */
function readCover(lines: readonly string[], title: string, into: PrintedFrontMatter): void {
  const text = lines.filter((line) => !isIssueLine(line)).map((line) => line.replace(/\s+/g, ' ').trim());
  const head = matchKey(title).slice(0, 4);
  const titleAt = text.findIndex((line) => head.length > 0 && matchKey(line).startsWith(head));
  if (titleAt < 0) return;
  into.organisation = text.slice(0, titleAt);
  into.titleLines = text[titleAt]!.split(' ');
  const slogan = text.slice(titleAt + 1).join(' ');
  if (slogan) into.slogan = slogan;
}

function firstDefined<T>(values: readonly (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}

function dropUndefined(value: PrintedFrontMatter): PrintedFrontMatter {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as unknown as PrintedFrontMatter;
}

// At most this many closing lines; more would be article text.
const CLOSING_MAX_LINES = 3;
const MOTTO_SHAPE = /^\p{Script=Han}{2,8}(?: \p{Script=Han}{2,8})+$/u;

/**
 * How many of the last lines are the closing block, and what they say. A
 * closing line is the series' known motto or note; where the series knows
 * none, a line naming the 电子版 (the note) or a motto shaped line (groups of
 * Chinese characters, 敬学广惠 有教无类) — one of each at most: a second
 * such line is the article's (a signature, 运城开放大学 党总支), and the
 * block ends there. Lines taken by their shape alone are in `guessed`, for
 * the import's report: they leave the article's text.
 */
export function readClosing(lines: readonly string[], known: PrintedClosing = {}): { closing: PrintedClosing; count: number; guessed: string[] } {
  const closing: PrintedClosing = {};
  const guessed: string[] = [];
  let count = 0;
  for (let i = lines.length - 1; i >= 0 && count < CLOSING_MAX_LINES; i--) {
    const line = lines[i]!.replace(/\s+/g, ' ').trim();
    const bare = line.replace(/^[（(](.*)[)）]$/u, '$1');
    const key = matchKey(bare);
    const note = known.backNote ? key === matchKey(known.backNote) : /电子版/u.test(bare) && [...bare].length <= 20;
    const motto = known.motto ? key === matchKey(known.motto) : MOTTO_SHAPE.test(bare);
    if (note && closing.backNote === undefined) {
      closing.backNote = bare;
      if (!known.backNote) guessed.push(line);
    } else if (motto && closing.motto === undefined) {
      closing.motto = bare;
      if (!known.motto) guessed.push(line);
    } else break;
    count += 1;
  }
  return { closing, count, guessed: guessed.reverse() };
}
