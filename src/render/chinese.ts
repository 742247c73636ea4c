// Chinese renderings of numbers and dates as printed on the compilation.

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 2024 → 二〇二四年 (years are read digit by digit, with 〇 for zero). */
export function chineseYear(year: number): string {
  return `${[...String(year)].map((d) => DIGITS[Number(d)]).join('')}年`;
}

/** '2024-02' → 2024年2月; '2024-02-08' → 2024年2月8日 */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${d ? `${Number(d)}日` : ''}`;
}

/** 2 → 第2次 (the compilation numbers its issues 第N次). */
export function issueNumberText(number: number): string {
  return `第${number}次`;
}
