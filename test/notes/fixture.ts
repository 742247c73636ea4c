// The notes test issue (test/notes/fixture-issues/2099-03: 12 notes, in a
// paragraph, a list, a table, two in one sentence, one giving the source of a
// quotation from the other article), and what its sources say, read from the
// files: the expected note texts are the sources' own, not the renderer's.
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, tempDir } from '../helpers/book.js';

export const NOTES_ISSUE = path.join(ROOT, 'test', 'notes', 'fixture-issues', '2099-03');
export const NOTES_ARTICLES = ['01-xuexi.md', '02-diaoyan.md'];

/** A temp copy of the issue with its series.yaml, to build or break. */
export async function notesIssueCopy(): Promise<string> {
  const root = await tempDir('qikan-notes-');
  await cp(path.dirname(NOTES_ISSUE), root, { recursive: true });
  return path.join(root, '2099-03');
}

/** The notes of an article as its source writes them: `[^label]: text`, one line each, in the file's order. */
export async function sourceNotes(fileName: string): Promise<{ label: string; text: string }[]> {
  const text = await readFile(path.join(NOTES_ISSUE, fileName), 'utf8');
  return [...text.matchAll(/^\[\^([^\]]+)\]: (.+)$/gm)].map((m) => ({ label: m[1]!, text: m[2]! }));
}
