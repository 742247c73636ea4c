// Two issues of one year, from the real sources: a temp copy of issues/ with
// 2024-02 as it is and a 2024-03 made from it (number 3, date 2024-03), whose
// articles each end with a sentence of their own and whose first article has
// a `##` section — so a test can tell the issues apart in what it reads back.
import { appendFile, cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyIssues } from '../helpers/book.js';

export const REPOSITORY = 'yc-open-university/qikan';

/** The sentence appended to article `n` (1-based) of 2024-03. */
export function marchMarker(n: number): string {
  return `这是第3次第${n}篇文章的校验句。`;
}

export const MARCH_SECTION = '第三次测试小节';

/** Absolute path of a temp issues root holding series.yaml, 2024-02 and 2024-03. */
export async function twoIssues(): Promise<string> {
  const root = path.join(await copyIssues(), 'issues');
  const march = path.join(root, '2024-03');
  await cp(path.join(root, '2024-02'), march, { recursive: true });
  const issueYaml = path.join(march, 'issue.yaml');
  const yaml = await readFile(issueYaml, 'utf8');
  await writeFile(issueYaml, yaml.replace(/^number: 2$/m, 'number: 3').replace(/^date: 2024-02$/m, 'date: 2024-03'));
  const articles = [...yaml.matchAll(/^ {2}- (\S+\.md)$/gm)].map((m) => m[1]!);
  if (articles.length === 0 || !(await readFile(issueYaml, 'utf8')).includes('number: 3')) throw new Error('issues/2024-02/issue.yaml changed shape; update this fixture');
  for (const [i, name] of articles.entries()) {
    const section = i === 0 ? `\n## ${MARCH_SECTION}\n\n本节只为测试而设。\n` : '';
    await appendFile(path.join(march, name), `${section}\n${marchMarker(i + 1)}\n`);
  }
  return root;
}
