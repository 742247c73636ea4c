// Random issues for the fuzz campaign: front matter with its edge cases,
// Markdown with nesting, headings (empty ones too), links (good and bad),
// images of every kind (good, damaged, misnamed, unsafe), tables, code,
// escapes and entities, notes. Each block carries the text a reader must find in
// the book — built here from the same pieces as the Markdown, never read
// back from the renderer.
import fc from 'fast-check';
import { tinyPng } from '../../import/tiny-png.js';
import { gif, jpeg } from '../../helpers/images.js';

export interface GeneratedIssue {
  issueYaml: string;
  articles: { fileName: string; source: string; text: string }[];
  /** Image files of the issue folder. */
  files: Record<string, Buffer | string>;
}

interface Block {
  markdown: string;
  text: string;
  files?: Record<string, Buffer | string>;
  /** A paragraph with note marks `[^…]` side by side between `markdown` and `after`, each with its note; the article numbers them and puts the notes at its end. */
  note?: { after: { markdown: string; text: string }; notes: { markdown: string; text: string }[] };
}

/** The book's mark of the nth note (1-based), as Chinese books print it: ①…⑳, ㉑…㉟, ㊱…㊿. */
const circled = (n: number) => String.fromCodePoint(n <= 20 ? 0x2460 + n - 1 : n <= 35 ? 0x3251 + n - 21 : 0x32b1 + n - 36);

const cjk = fc.constantFrom(...'学习贯彻党的二十大精神推动高质量发展教育强国建设中国式现代化'.split(''));
const astral = fc.constantFrom('𠀀', '𠮷', '𡈽', '𪚥', '😀');
const punctuation = fc.constantFrom('，', '。', '、', '；', '：', '？', '！', '“', '”', '《', '》', '（', '）', '……', '——');
const xmlSpecial = fc.constantFrom('&', '<', '>', '"', "'", ' & ', 'a<b', 'x>y', '>>');
const latin = fc.constantFrom('GDP', 'IPv6', '5G', '2024', 'abc', 'C++');
/** Markdown that stands for another text: escapes and entities. */
const escaped = fc.constantFrom(
  { markdown: '\\*', text: '*' },
  { markdown: '\\[', text: '[' },
  { markdown: '\\\\', text: '\\' },
  { markdown: '\\_', text: '_' },
  { markdown: '&amp;', text: '&' },
  { markdown: '&#x4E2D;', text: '中' },
  { markdown: '&copy;', text: '©' },
  { markdown: '&lt;', text: '<' },
  { markdown: '&nbsp;', text: '\u00a0' },
  // markdown-it writes U+FFFD for a reference to NUL or to a surrogate.
  { markdown: '&#0;', text: '\ufffd' },
  { markdown: '&#xD800;', text: '\ufffd' },
  // Code and autolinks between words: two side by side would be other Markdown.
  { markdown: '学`代码<b>`学', text: '学代码<b>学' },
  { markdown: '学<https://www.gov.cn/>学', text: '学https://www.gov.cn/学' },
);
const plain = fc.oneof({ weight: 8, arbitrary: cjk }, { weight: 1, arbitrary: astral }, { weight: 2, arbitrary: punctuation }, { weight: 1, arbitrary: xmlSpecial }, { weight: 1, arbitrary: latin });
const piece = fc.oneof({ weight: 12, arbitrary: plain.map((t) => ({ markdown: t, text: t })) }, { weight: 1, arbitrary: escaped });
const join = (parts: { markdown: string; text: string }[]) => ({ markdown: parts.map((p) => p.markdown).join(''), text: parts.map((p) => p.text).join('') });

/** Text that starts and ends with a Chinese character, so it never starts or ends a Markdown construct. */
const phrase = fc.tuple(cjk, fc.array(piece, { minLength: 0, maxLength: 10 }), cjk).map(([a, middle, b]) => join([{ markdown: a, text: a }, ...middle, { markdown: b, text: b }]));

// Good addresses mostly; now and then one the check must refuse.
const href = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom('https://www.news.cn/a?b=1&c=2', 'mailto:office@example.cn', 'http://例子.中国/路径') },
  { weight: 1, arbitrary: fc.constantFrom('http://', 'https:', '<https://exa mple.com>', 'x:y', '02-a.md') },
);
const link = fc.tuple(phrase, href).map(([label, target]) => ({ markdown: `[${label.markdown}](${target})`, text: label.text }));

const SAFE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10"><title>图</title><rect width="10" height="10" fill="#a31a1e"/></svg>';
const IMAGES: [string, () => Buffer | string][] = [
  ['png', tinyPng],
  ['jpg', () => jpeg()],
  ['jpeg', () => jpeg({ progressive: true })],
  ['gif', () => gif(3, 2)],
  ['svg', () => SAFE_SVG],
  // Refused by the check, each for its reason.
  ['svg', () => '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
  ['jpg', () => jpeg().subarray(0, 140)],
  ['gif', () => jpeg()],
  ['png', () => 'not an image'],
];
const GOOD_IMAGES = 5;
const imageKind = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: GOOD_IMAGES - 1 }) }, { weight: 1, arbitrary: fc.integer({ min: GOOD_IMAGES, max: IMAGES.length - 1 }) });
const image = fc.tuple(imageKind, phrase).map(([kind, alt]): Block => {
  const [extension, make] = IMAGES[kind]!;
  // One name per kind: the same kind is the same bytes.
  const name = `img-${kind}.${extension}`;
  // The alt text is an attribute, not text of the page.
  return { markdown: `![${alt.markdown}](${name})`, text: '', files: { [name]: make() } };
});

/** A picture inside a line, or inside a link; a link with a title. */
const inlineFigure = fc.tuple(image, fc.constantFrom('plain', 'linked', 'titled')).map(([fig, kind]) => {
  if (kind === 'plain') return { markdown: `学${fig.markdown}学`, text: '学学', files: fig.files };
  if (kind === 'linked') return { markdown: `[${fig.markdown}](https://www.gov.cn/)`, text: '', files: fig.files };
  return { markdown: '[学习](https://www.gov.cn/ "《标题》&")', text: '学习', files: {} };
});
const inline = fc.oneof(
  { weight: 8, arbitrary: phrase },
  { weight: 1, arbitrary: link },
  { weight: 1, arbitrary: phrase.map((p) => ({ markdown: `**${p.markdown}**`, text: p.text })) },
  { weight: 1, arbitrary: inlineFigure },
);
// Parts joined by a word: `**甲****乙**` would be other Markdown.
const line = fc.array(inline, { minLength: 1, maxLength: 3 }).map((parts) => ({
  markdown: parts.map((p) => p.markdown).join('和'),
  text: parts.map((p) => p.text).join('和'),
  files: Object.assign({}, ...parts.map((p) => ('files' in p ? p.files : {}))) as Record<string, Buffer | string>,
}));

// A paragraph ends its sentence (one that does not is a page-break cut, which the check refuses).
const paragraph: fc.Arbitrary<Block> = fc.tuple(fc.array(line, { minLength: 1, maxLength: 3 }), fc.constantFrom('。', '！', '？', '。”', '……')).map(([lines, end]) => ({
  markdown: lines.map((l) => l.markdown).join('\n') + end,
  text: lines.map((l) => l.text).join('') + end,
  files: Object.assign({}, ...lines.map((l) => l.files)) as Record<string, Buffer | string>,
}));
const heading: fc.Arbitrary<Block> = fc.tuple(fc.integer({ min: 2, max: 4 }), fc.option(phrase, { freq: 40 })).map(([level, words]) => ({
  markdown: `${'#'.repeat(level)}${words ? ` ${words.markdown}` : ''}`,
  text: words?.text ?? '',
}));
const figure: fc.Arbitrary<Block> = image;
/**
 * A paragraph with notes: the marks inside a sentence — now and then two or
 * three side by side (甲乙[^1][^2]丙), which once reordered the text before
 * them — the notes (a phrase, now and then with a link or emphasis) after the article.
 */
const noted: fc.Arbitrary<Block> = fc.tuple(phrase, phrase, fc.array(line, { minLength: 1, maxLength: 3 })).map(([before, after, notes]) => ({
  markdown: before.markdown,
  text: before.text,
  note: { after: { markdown: `${after.markdown}。`, text: `${after.text}。` }, notes: notes.map((note) => ({ markdown: `${note.markdown}。`, text: `${note.text}。` })) },
  files: Object.assign({}, ...notes.map((note) => note.files ?? {})) as Record<string, Buffer | string>,
}));

/** A list nested `depth` levels (markdown-it gives up at 10). */
const depth = (deepest: number) => fc.oneof({ weight: 10, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 5, max: deepest }) });
const nestedList: fc.Arbitrary<Block> = fc.tuple(depth(12), phrase, fc.boolean()).map(([depth, words, ordered]) => ({
  markdown: Array.from({ length: depth }, (_, k) => `${' '.repeat(k * (ordered ? 3 : 2))}${ordered ? '1.' : '-'} ${words.markdown}${k}`).join('\n'),
  text: Array.from({ length: depth }, (_, k) => `${words.text}${k}`).join(''),
}));
/** A block quote nested `depth` levels (markdown-it gives up at 20). */
const nestedQuote: fc.Arbitrary<Block> = fc.tuple(depth(24), paragraph).map(([depth, inner]) => ({
  markdown: inner.markdown
    .split('\n')
    .map((l) => `${'> '.repeat(depth)}${l}`)
    .join('\n'),
  text: inner.text,
  ...(inner.files ? { files: inner.files } : {}),
}));
const table: fc.Arbitrary<Block> = fc.array(phrase, { minLength: 4, maxLength: 4 }).map(([a, b, c, d]) => ({
  markdown: `| ${a!.markdown} | ${b!.markdown} |\n| --- | --- |\n| ${c!.markdown} | ${d!.markdown} |`,
  text: [a, b, c, d].map((p) => p!.text).join(''),
}));
/** A setext heading, a thematic break, a reference link and its definition. */
const other: fc.Arbitrary<Block> = fc.tuple(phrase, fc.constantFrom('setext', 'rule', 'reference')).map(([p, kind]) => {
  if (kind === 'setext') return { markdown: `${p.markdown}\n---`, text: p.text };
  if (kind === 'rule') return { markdown: '***', text: '' };
  return { markdown: `见[${p.markdown}][甲]。\n\n[甲]: https://www.gov.cn/`, text: `见${p.text}。` };
});
/** A list item holding a quote, a table-less paragraph and a figure. */
const mixed: fc.Arbitrary<Block> = fc.tuple(phrase, phrase, image).map(([a, b, fig]) => ({
  markdown: `- ${a.markdown}。\n\n  > ${b.markdown}。\n\n  ${fig.markdown}`,
  text: `${a.text}。${b.text}。`,
  ...(fig.files ? { files: fig.files } : {}),
}));
const code: fc.Arbitrary<Block> = phrase.map((p) => ({ markdown: `\`\`\`\n${p.text}\n\`\`\``, text: p.text }));
const block = fc.oneof(
  { weight: 8, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 1, arbitrary: figure },
  { weight: 1, arbitrary: nestedList },
  { weight: 1, arbitrary: nestedQuote },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: code },
  { weight: 1, arbitrary: other },
  { weight: 1, arbitrary: mixed },
  { weight: 2, arbitrary: noted },
);

/** A front-matter value as YAML writes it: plain when it can be, else a JSON (double-quoted) string. */
const yamlValue = (value: string) => (/^[\p{Script=Han}][^:#'"\\&<>\[\]{}|*!%@`,]*$/u.test(value) && !value.includes(' ') ? value : JSON.stringify(value));
const title = fc.oneof(
  { weight: 6, arbitrary: phrase.map((p) => p.text) },
  { weight: 1, arbitrary: fc.constantFrom('学习---心得', '学习：贯彻: 大会', '# 非标题', '“二十大”精神', '理论 & 实践 <一>', '𠮷野家的故事', '第一行\u2028第二行', '<!-- page 3 -->', '学习 ---', '**不是粗体**') },
);
const extra = fc.record({ toc_title: fc.option(phrase, { freq: 4 }), source: fc.option(phrase, { freq: 4 }), date: fc.option(fc.constantFrom('2024-02', '2024-02-29'), { freq: 4 }) });
const frontMatter = fc.tuple(title, fc.option(phrase, { freq: 3 }), extra, fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([t, byline, more, eol, bom]) => ({
  head:
    `${bom ? '\uFEFF' : ''}---${eol}title: ${yamlValue(t)}${eol}` +
    (byline ? `byline: ${yamlValue(byline.text)}${eol}` : '') +
    (more.toc_title ? `toc_title: ${yamlValue(more.toc_title.text)}${eol}` : '') +
    (more.source ? `source: ${yamlValue(more.source.text)}${eol}` : '') +
    (more.date ? `date: ${more.date}${eol}` : '') +
    `---${eol}${eol}`,
  eol,
  // The page shows the title, the byline and the source; toc_title is the contents' entry.
  text: t + (byline?.text ?? '') + (more.source?.text ?? ''),
}));

const article = fc.tuple(frontMatter, fc.array(block, { minLength: 1, maxLength: 8 })).map(([front, blocks]) => {
  // Notes are numbered in the order of their marks, and set after the text, each behind its mark.
  const notes = blocks.flatMap((b) => b.note?.notes ?? []);
  let n = 0;
  const body = blocks.map((b) => {
    if (!b.note) return b;
    const marks = b.note.notes.map(() => ++n);
    return { markdown: `${b.markdown}${marks.map((m) => `[^注${m}]`).join('')}${b.note.after.markdown}`, text: `${b.text}${marks.map(circled).join('')}${b.note.after.text}` };
  });
  const definitions = notes.map((note, i) => `[^注${i + 1}]: ${note.markdown}`);
  return {
    source: front.head + [...body.map((b) => b.markdown), ...definitions].map((m) => m.replaceAll('\n', front.eol)).join(front.eol + front.eol) + front.eol,
    text: front.text + body.map((b) => b.text).join('') + notes.map((note, i) => `${circled(i + 1)}${note.text}`).join(''),
    files: Object.assign({}, ...blocks.map((b) => b.files ?? {})) as Record<string, Buffer | string>,
  };
});

const modified = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(undefined, 'modified: 2024-03-01T08:00:00Z', 'modified: 2107-12-31T23:59:59Z') },
  { weight: 1, arbitrary: fc.constantFrom('modified: "2024-13-45T99:99:99Z"', 'modified: 1979-12-31T23:59:59Z') },
);

export const issueArb: fc.Arbitrary<GeneratedIssue> = fc.tuple(fc.array(article, { minLength: 1, maxLength: 3 }), modified).map(([articles, mod]) => {
  const names = articles.map((_, i) => `0${i + 1}-a.md`);
  return {
    issueYaml: `year: 2024\nnumber: 2\ndate: 2024-02\narticles:\n${names.map((n) => `  - ${n}\n`).join('')}${mod ? `${mod}\n` : ''}`,
    articles: articles.map((a, i) => ({ fileName: names[i]!, source: a.source, text: a.text })),
    files: Object.assign({}, ...articles.map((a) => a.files)) as Record<string, Buffer | string>,
  };
});
