// Input: issues/2024-03/issue.yaml saying `number: 2`, or `date: 2023-12` in
// a 2024 issue. The folder name, year, number and date must tell one story:
// the book's file name, title and shelf position all come from them.
import path from 'node:path';
import { issueId } from '../../issue/model.js';
import { issueRule } from '../rule.js';

export const schemaFolderName = issueRule('schema/folder-name', 'error', {
  description: 'An issue folder whose name is not the <year>-<number> that issue.yaml gives.',
  check({ issue, reportAtKey }) {
    const { year, number } = issue.meta;
    const id = issueId(year, number);
    const folder = path.basename(issue.dir);
    if (folder !== id) reportAtKey(['number'], `year ${year} and number ${number} make the issue id ${id}, but the folder is named ${folder} — rename the folder or fix year/number`);
  },
});

export const schemaDateYear = issueRule('schema/date-year', 'error', {
  description: 'An issue date that is not in the issue’s year.',
  check({ issue: { meta }, reportAtKey }) {
    if (!meta.date.startsWith(`${meta.year}-`)) reportAtKey(['date'], `date ${meta.date} is not in year ${meta.year} — fix date or year`);
  },
});
