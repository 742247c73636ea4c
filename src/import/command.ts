// `qikan import FILE [--id ID] [--into DIR] [--force]`: a .pdf, .txt or .docx
// compilation → <into>/<id>/issue.yaml + NN-<slug>.md (+ images/), and
// <into>/series.yaml when there is none. Everything is built in memory and
// checked first; the folder is written all at once or not at all.
import path from 'node:path';
import { UserError, type Diagnostic } from '../diagnostic.js';
import { buildIssue } from './build-issue.js';
import { issueFiles } from './issue-files.js';
import { readImportSource } from './read-input.js';
import { newSeriesText, readExistingSeries, seriesDisagreements } from './series.js';
import { writeIssue } from './write-issue.js';

export interface ImportOptions {
  /** The printed issue's .pdf, or its text as .txt or .docx. */
  input: string;
  /** The issues folder (holds series.yaml), e.g. ./issues */
  into: string;
  /** Overrides the id read from the text, e.g. 2024-02. */
  id?: string;
  /** Replace an existing issue folder. */
  force: boolean;
}

export interface ImportResult {
  /** Absolute path of the new issue folder. */
  issueDir: string;
  /** Absolute paths of every file written (series.yaml last, when it was created). */
  files: string[];
  /** The printed pages found and marked (see ImportedIssue.pages). */
  pages: { breaks: number; markers: number; tocPages: number; articles: number };
  /** Warnings about the input that did not stop the import (e.g. a 目录 page that disagrees with a folio). */
  notes: Diagnostic[];
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const into = path.resolve(options.into);
  const seriesFile = path.join(into, 'series.yaml');
  const source = await readImportSource(options.input);
  const series = await readExistingSeries(seriesFile);

  const issue = buildIssue(source.blocks, {
    display: source.display,
    ...(options.id !== undefined ? { id: options.id } : {}),
    ...(series ? { knownClosing: { ...(series.motto ? { motto: series.motto } : {}), ...(series.back_note ? { backNote: series.back_note } : {}) } } : {}),
  });
  if (series) {
    const problems = seriesDisagreements(series, issue, seriesFile, source.display);
    if (problems.length > 0) throw new UserError(problems);
  }
  const seriesText = series ? undefined : newSeriesText(issue, seriesFile, source.display);
  const files = issueFiles(issue, source.images, source.display);

  const issueDir = path.join(into, issue.id);
  await writeIssue({ issueDir, files, force: options.force, ...(seriesText !== undefined ? { series: { file: seriesFile, text: seriesText } } : {}) });
  return {
    issueDir,
    files: [...files.map((file) => path.join(issueDir, file.path)), ...(seriesText !== undefined ? [seriesFile] : [])],
    pages: { ...issue.pages, articles: issue.articles.length },
    notes: [...source.notes, ...issue.notes],
  };
}
