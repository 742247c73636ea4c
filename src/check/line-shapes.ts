// The shapes of the lines a compilation of speeches and documents is made
// of, besides running prose: section heads (一、总体要求 （一） 1. 第一章),
// lines of verse, contact lines (联系人：… 地址：…), and dates under a
// signature. None of them ends with a full stop, and a page-break check
// that took them for cut sentences would join them to the next paragraph.

/** 一、 （一） (一) 1. 1、 1． （1） ⑴ ① 第一章 第二节 第三条 第四部分 第五篇 — and nothing else on the line but words. */
const HEAD_NUMBER = /^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\d]+[）)]|\d{1,3}(?:[.．、]|\s)|[\u2474-\u2487\u2460-\u2473]|第[一二三四五六七八九十百零〇\d]+[章节条部分篇讲单元])\s*/;
/** Sentence punctuation inside a line: a head has none after its number. */
const SENTENCE_MARK = /[，。；！？：]/;
const CONTACT = /^(?:联系人|联系电话|联系方式|电话|手机|座机|地址|通讯地址|邮编|邮政编码|邮箱|电子邮箱|电子信箱|传真|网址|网站|微信|QQ)\s*[:：]/i;
const NUMERAL = '[\\d〇零一二三四五六七八九十]';
const DATE_LINE = new RegExp(`^(?:${NUMERAL}{4}年)?${NUMERAL}{1,2}月(?:${NUMERAL}{1,3}日)?$`);
/** A line of verse is short: a seven-character line is 8 with its mark; a line of modern verse a little longer. */
const VERSE_LENGTH = 12;

/** A numbered section head: its number, then words without sentence punctuation (a short title). */
export function isSectionHead(line: string): boolean {
  const number = HEAD_NUMBER.exec(line);
  if (!number) return false;
  const title = line.slice(number[0].length);
  return title.length > 0 && title.length <= 40 && !SENTENCE_MARK.test(title);
}

export function isContactLine(line: string): boolean {
  return CONTACT.test(line);
}

export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line.replace(/\s/g, ''));
}

/**
 * Two short lines in a row, the first ending with ， or ； (or nothing) and
 * holding no other mark, the second starting with a word: verse, not a cut
 * sentence (a cut leaves a first piece of a whole printed line, 30 characters).
 */
export function isVersePair(first: string, second: string): boolean {
  if (first.length > VERSE_LENGTH || second.length > VERSE_LENGTH) return false;
  const body = /[，；]$/.test(first) ? first.slice(0, -1) : first;
  return !/[，。；！？：、“”]/.test(body) && /^[\p{Script=Han}]/u.test(second);
}
