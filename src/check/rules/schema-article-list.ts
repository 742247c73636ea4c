// Input: issue.yaml listing 02-zhongyang.md twice, or 07-shi.md that is not
// in the folder, or a 07-extra.md in the folder that the list forgets. The list is the reading order: every article
// of the folder once, nothing else.
import { displayPath } from '../../files.js';
import { issueRule } from '../rule.js';

export const schemaDuplicateArticle = issueRule('schema/duplicate-article', 'error', {
  description: 'An article listed twice in issue.yaml.',
  check({ issue, reportAtKey }) {
    const first = new Map<string, number>();
    for (const [i, name] of issue.meta.articles.entries()) {
      const earlier = first.get(name);
      if (earlier === undefined) first.set(name, i);
      else reportAtKey(['articles', i], `articles[${i}]: ${name} is already listed as articles[${earlier}] — list each file once`);
    }
  },
});

export const schemaUnlistedArticle = issueRule('schema/unlisted-article', 'error', {
  description: 'A Markdown file in the issue folder that issue.yaml does not list.',
  check({ issue, reportAtKey }) {
    const listed = new Set(issue.meta.articles);
    for (const name of issue.folderEntries) {
      if (name.endsWith('.md') && !listed.has(name)) {
        reportAtKey([], `${name} is in the issue folder but not listed in articles — add it to the list or move it out of the folder`, 'articles');
      }
    }
  },
});

export const schemaMissingArticle = issueRule('schema/missing-article', 'error', {
  description: 'An article listed in issue.yaml that is not in the issue folder.',
  check({ issue, reportAtKey }) {
    const present = new Set(issue.folderEntries);
    for (const [i, name] of issue.meta.articles.entries()) {
      if (!present.has(name)) reportAtKey(['articles', i], `articles[${i}]: file ${name} not found in ${displayPath(issue.dir)}/ — check the name or add the file`);
    }
  },
});
