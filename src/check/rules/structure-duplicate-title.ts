// Input: two articles of one issue both titled 全国教育工作会议精神 (or with
// the same toc_title): the contents page would list two identical entries.
import type { Diagnostic } from '../../diagnostic.js';
import type { CheckDoc, Field } from '../document.js';
import type { IssueRule } from '../rule.js';
import { report } from '../rule.js';

export const structureDuplicateTitle: IssueRule = {
  id: 'structure/duplicate-title',
  severity: 'error',
  description: 'Two articles of an issue with the same title or the same contents entry.',
  checkIssue(docs) {
    const out: Diagnostic[] = [];
    const seen = { title: new Map<string, CheckDoc>(), toc: new Map<string, CheckDoc>() };
    for (const doc of docs) {
      const title = doc.meta.title;
      if (!title) continue;
      const toc = doc.meta.toc_title ?? title;
      const sameTitle = seen.title.get(title);
      const sameToc = seen.toc.get(toc);
      if (sameTitle) out.push(at(doc, 'title', `title "${title}" is also the title of ${sameTitle.fileName} — give each article its own title`));
      else if (sameToc) {
        const field: Field = doc.meta.toc_title ? 'toc_title' : 'title';
        out.push(at(doc, field, `contents entry "${toc}" is also the entry of ${sameToc.fileName} — set a different toc_title`));
      }
      if (!sameTitle) seen.title.set(title, doc);
      if (!sameToc) seen.toc.set(toc, doc);
    }
    return out;
  },
};

function at(doc: CheckDoc, field: Field, message: string): Diagnostic {
  const offset = doc.fields[field] ?? doc.lineStarts[1] ?? 0;
  return report(doc, structureDuplicateTitle, offset, offset + (doc.fields[field] === undefined ? 0 : doc.meta[field]!.length), message);
}
