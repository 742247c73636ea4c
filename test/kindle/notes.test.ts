// Notes in the Kindle books: each note's text once, and in the AZW3 each note
// reached from its mark and linking back (what a Kindle shows as a pop-up).
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareIssueBook } from '../../src/build.js';
import { articleNotes, issueKindleBook, normaliseText, type KindleBook } from '../../src/kindle/expected.js';
import { writeBooks } from '../../src/kindle/kindle-books.js';
import { noteLinks } from '../../src/kindle/note-links.js';
import { readDocuments } from '../../src/kindle/read-back.js';
import { noteProblems } from '../../src/kindle/verify.js';
import type { Article } from '../../src/issue/model.js';
import { tempDir } from '../helpers/book.js';
import { toolAvailable } from '../helpers/tools.js';
import { NOTES_ARTICLES, NOTES_ISSUE, notesIssueCopy, sourceNotes } from '../notes/fixture.js';

// The shapes Calibre writes (read back from an AZW3 and a MOBI of the test issue).
const AZW3_TEXT = {
  href: 'text/part0001.html',
  html: '<p>谋事之基<a type="noteref" role="doc-noteref" id="noteref-1" href="part0001.html#note-1"><sup>①</sup></a>。</p>' +
    '<aside type="footnote" role="doc-footnote" id="note-1"><p><a role="doc-backlink" href="part0001.html#noteref-1">①</a>《求是》2023年第6期。</p></aside>',
};
const MOBI_TEXT = {
  href: 'index.html',
  html: '<p>谋事之基<sup><small id="filepos4386"><a href="#filepos5687">①</a></small></sup>。</p>' +
    '<p id="filepos5687"><a href="#filepos4386">① </a><span>《求是》2023年第6期。</span></p>',
};

describe('noteLinks: mark → note → mark', () => {
  it('finds a note whose back-link returns to its mark, in the AZW3 and (around the mark) in the MOBI', () => {
    expect(noteLinks([AZW3_TEXT])).toEqual([{ text: '①《求是》2023年第6期。' }]);
    expect(noteLinks([MOBI_TEXT])).toEqual([{ text: '① 《求是》2023年第6期。' }]);
  });

  it('follows links between documents', () => {
    const text = { href: 'text/a.html', html: '<p>正文<a id="r1" href="b.html#n1">①</a></p>' };
    const notes = { href: 'text/b.html', html: '<div id="n1"><a href="a.html#r1">①</a>注。</div>' };
    expect(noteLinks([text, notes])).toEqual([{ text: '①注。' }]);
  });

  it('does not count a note that does not lead back, or leads elsewhere', () => {
    expect(noteLinks([{ href: 'a.html', html: '<p>正文<a id="r1" href="#n1">①</a></p><div id="n1">注。</div>' }])).toEqual([]);
    expect(noteLinks([{ href: 'a.html', html: '<p id="p0">甲</p><p>正文<a id="r1" href="#n1">①</a></p><div id="n1"><a href="#p0">①</a>注。</div>' }])).toEqual([]);
  });
});

describe('noteProblems', () => {
  const article = { source: { display: '01-a.md' } } as Article;
  const book = { articles: [{ article, title: '', tocTitle: '', first: '', last: '', notes: ['《求是》2023年第6期。'], text: '谋事之基①。①《求是》2023年第6期。' }], framing: '' } as unknown as KindleBook;

  it('passes a note there once and linked both ways', () => {
    expect(noteProblems('谋事之基①。①《求是》2023年第6期。', noteLinks([AZW3_TEXT]), book, 'b.azw3')).toEqual([]);
  });

  it('reports a note missing, a note set twice, and a note a Kindle could not pop up', () => {
    expect(noteProblems('谋事之基①。', [], book, 'b.azw3')[0]!.message).toBe('note 1 “《求是》2023年第6期。” is missing from b.azw3');
    expect(noteProblems('《求是》2023年第6期。正文。《求是》2023年第6期。', undefined, book, 'b.mobi')[0]!.message).toBe(
      'note 1 “《求是》2023年第6期。” is in b.mobi 2 times, not 1 — a reader would meet it twice',
    );
    expect(noteProblems('①《求是》2023年第6期。', [], book, 'b.azw3')[0]!.message).toMatch(/is not linked from its mark and back in b\.azw3: a Kindle would not show it as a pop-up$/);
  });

  it('expects a note as often as the articles say its words: inside a longer note, or in the text (found by a review: 人民出版社2022年版。 inside another note failed the release)', () => {
    const two = {
      articles: [
        {
          article,
          title: '讲话',
          tocTitle: '讲话',
          first: '',
          last: '',
          notes: ['人民出版社2022年版。', '见《讲话》，人民出版社2022年版。'],
          text: '正文甲①乙②。①人民出版社2022年版。②见《讲话》，人民出版社2022年版。',
        },
      ],
      framing: '',
    } as unknown as KindleBook;
    expect(noteProblems('正文甲①乙②。①人民出版社2022年版。②见《讲话》，人民出版社2022年版。', undefined, two, 'b.mobi')).toEqual([]);
    // The shorter note lost: its words are there once, inside the longer note, not twice.
    expect(noteProblems('正文甲①乙②。②见《讲话》，人民出版社2022年版。', undefined, two, 'b.mobi').map((p) => p.message)).toEqual([
      'note 1 “人民出版社2022年版。” is in b.mobi 1 time, not 2 — a note was lost',
    ]);
  });

  it('counts the words of a note in another article too, one without notes', () => {
    const twoArticles = {
      articles: [
        { article, title: '甲', tocTitle: '甲', first: '', last: '', notes: [], text: '见人民出版社2022年版。' },
        { article, title: '乙', tocTitle: '乙', first: '', last: '', notes: ['人民出版社2022年版。'], text: '正文①。①人民出版社2022年版。' },
      ],
      framing: '',
    } as unknown as KindleBook;
    expect(noteProblems('见人民出版社2022年版。正文①。①人民出版社2022年版。', undefined, twoArticles, 'b.mobi')).toEqual([]);
  });

  it('has nothing to look for in a note of no words (a picture, or nothing)', () => {
    const empty = { articles: [{ article, title: '', tocTitle: '', first: '', last: '', notes: [''], text: '正文①。①' }], framing: '' } as unknown as KindleBook;
    expect(noteProblems('正文①。①', undefined, empty, 'b.mobi')).toEqual([]);
  });
});

describe('articleNotes: the note texts a Kindle book must have', () => {
  it('are the sources’ notes, in the order of their marks, without labels or marks', async () => {
    const source = await sourceNotes('01-xuexi.md');
    const body = await readFile(path.join(NOTES_ISSUE, '01-xuexi.md'), 'utf8');
    expect(articleNotes(body)).toEqual(source.map((note) => note.text));
  });
});

const ready = toolAvailable('calibre') && toolAvailable('epubcheck');

describe.skipIf(!ready)('the notes test issue as AZW3 and MOBI', () => {
  let books: { azw3: string; mobi: string };
  let expected: string[];
  beforeAll(async () => {
    const dir = await notesIssueCopy();
    const { issue, epubPath, epub } = await prepareIssueBook(dir, { outDir: await tempDir() });
    // writeBooks verifies both books (kindle/notes among the rest): a failure throws.
    books = await writeBooks(epubPath, epub, issueKindleBook(issue));
    expected = (await Promise.all(NOTES_ARTICLES.map(sourceNotes))).flat().map((note) => note.text);
  }, 240_000);

  it('has 12 notes in the sources', () => {
    expect(expected).toHaveLength(12);
  });

  it('the AZW3 has every note once, each opened from its mark and linking back to it', async () => {
    const documents = await readDocuments(books.azw3, await tempDir(), 'azw3');
    const text = normaliseText(documents.map((doc) => doc.html.replace(/<[^>]+>/g, '')).join(''));
    const linked = noteLinks(documents).map((link) => normaliseText(link.text));
    expect(linked).toHaveLength(12);
    for (const note of expected) {
      expect(text.split(normaliseText(note)).length - 1, note).toBe(1);
      expect(linked.filter((target) => target.includes(normaliseText(note))), note).toHaveLength(1);
    }
  }, 120_000);

  it('the MOBI has every note once', async () => {
    const documents = await readDocuments(books.mobi, await tempDir(), 'mobi');
    const text = normaliseText(documents.map((doc) => doc.html.replace(/<[^>]+>/g, '')).join(''));
    for (const note of expected) expect(text.split(normaliseText(note)).length - 1, note).toBe(1);
  }, 120_000);
});

// Found by a hostile review: a note that says what the book also shows around
// the text — the article's source line, the byline, the publisher on the title
// and back pages — failed the Kindle build as a note "a reader would meet twice".
describe.skipIf(!ready)('a note whose words the book also shows outside the text', () => {
  it('builds and verifies both Kindle books', async () => {
    const dir = await notesIssueCopy();
    const file = path.join(dir, '01-xuexi.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('byline: 注释测试编辑部\n', 'byline: 注释测试编辑部\nsource: 新华社\n'));
    await appendFile(file, '\n据报道[^xinhua]，会议召开；本刊编辑部[^editors]整理。\n\n[^xinhua]: 新华社\n\n[^editors]: 注释测试编辑部\n');
    const { issue, epubPath, epub } = await prepareIssueBook(dir, { outDir: await tempDir() });
    const book = issueKindleBook(issue);
    expect(book.articles[0]!.notes).toContain('新华社');
    expect(book.articles[0]!.notes).toContain('注释测试编辑部');
    // writeBooks verifies both books: a false "twice" throws.
    await expect(writeBooks(epubPath, epub, book)).resolves.toMatchObject({ azw3: expect.stringMatching(/\.azw3$/) });
  }, 240_000);
});
