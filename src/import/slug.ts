// ASCII file names from Chinese titles: NN-<pinyin of the first characters>.md,
// e.g. 习近平：在二〇二四年… → 01-xi-jin-ping-zai.md. The README requires ASCII names.
import { pinyin } from 'pinyin-pro';

// A few syllables are enough to recognise an article in a file listing.
const SLUG_MAX_LENGTH = 30;
const SLUG_MAX_SYLLABLES = 4;

/** Pinyin syllables of the leading characters, [a-z0-9-] only; '' when nothing is left. */
export function titleSlug(title: string): string {
  const words = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((word) => word.toLowerCase().split(/[^a-z0-9]+/))
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words.slice(0, SLUG_MAX_SYLLABLES)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX_LENGTH) break;
    slug = next;
  }
  return slug;
}

/** 01-xi-jin-ping-zai.md, or 01.md when the title gives no ASCII letters. */
export function articleFileName(position: number, title: string): string {
  const number = String(position).padStart(2, '0');
  const slug = titleSlug(title);
  return slug ? `${number}-${slug}.md` : `${number}.md`;
}

/** The series slug: initials of the first four characters, 理论学习… → llxx. */
export function seriesSlug(title: string): string {
  const initials = pinyin(title, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return initials.slice(0, 4) || 'qikan';
}
