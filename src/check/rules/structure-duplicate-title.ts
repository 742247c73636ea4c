// Input: two articles of one issue both titled 全国教育工作会议精神 (or with
// the same toc_title): the contents page would list two identical entries.
import type { CheckDoc, Field } from '../document.js';
import { issueRule, type IssueContext } from '../rule.js';

export const structureDuplicateTitle = issueRule('structure/duplicate-title', 'error', {
  description: 'Two articles of an issue with the same title or the same contents entry.',
  check({ articles, report }) {
    const seen = { title: new Map<string, CheckDoc>(), toc: new Map<string, CheckDoc>() };
    for (const doc of articles) {
      const title = doc.meta.title;
      if (!title) continue;
      const toc = doc.meta.toc_title ?? title;
      const sameTitle = seen.title.get(title);
      const sameToc = seen.toc.get(toc);
      if (sameTitle) at(report, doc, 'title', `title "${title}" is also the title of ${sameTitle.fileName} — give each article its own title`);
      else if (sameToc) {
        const field: Field = doc.meta.toc_title ? 'toc_title' : 'title';
        at(report, doc, field, `contents entry "${toc}" is also the entry of ${sameToc.fileName} — set a different toc_title`);
      }
      if (!sameTitle) seen.title.set(title, doc);
      if (!sameToc) seen.toc.set(toc, doc);
    }
  },
});

/** At the field's value in the front matter (or the front matter's first line when it cannot be located). */
function at(report: IssueContext['report'], doc: CheckDoc, field: Field, message: string): void {
  const offset = doc.fields[field];
  if (offset === undefined) report(doc, doc.lineStarts[1] ?? 0, doc.lineStarts[1] ?? 0, message);
  else report(doc, offset, offset + doc.meta[field]!.length, message);
}
