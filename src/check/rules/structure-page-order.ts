// Input: "<!-- page 6 -->" then "<!-- page 8 -->" (page 7 lost), an article
// with toc_page: 4 whose first page marker is "<!-- page 6 -->", or toc_page: 9
// after an article that already reached page 10. A member who looks up 第7页
// in the book's page list must land where the printed page 7 begins.
import type { CheckDoc } from '../document.js';
import { issueRule, type IssueContext } from '../rule.js';

interface Reached {
  page: number;
  fileName: string;
}

export const structurePageOrder = issueRule('structure/page-order', 'error', {
  description: 'Printed page numbers (`<!-- page N -->` markers, `toc_page`) that do not go up one by one through the issue.',
  check({ articles, report }) {
    // The highest page started so far in the issue.
    let reached: Reached | undefined;
    for (const doc of articles) {
      // The page the text is on where that is certain: the article's toc_page, then each marker.
      let current: { page: number; what: string } | undefined;
      const toc = doc.tocPage;
      if (toc) {
        if (reached && toc.page < reached.page) {
          atToc(report, doc, `toc_page ${toc.page} is before page ${reached.page}, where ${reached.fileName} already is — an article starts on the page the one before it ends on, or later; check the number`);
        }
        current = { page: toc.page, what: `toc_page ${toc.page}` };
        reached = { page: Math.max(toc.page, reached?.page ?? 0), fileName: doc.fileName };
      }
      for (const marker of doc.pages) {
        const at = (message: string) => report(doc, marker.start, marker.end, message);
        if (current && marker.page !== current.page + 1) {
          at(`page ${marker.page} follows ${current.what} — expected <!-- page ${current.page + 1} -->: printed pages go up one by one`);
        } else if (!current && reached && marker.page <= reached.page) {
          at(`page ${marker.page} comes after page ${reached.page} (${reached.fileName}) — printed pages go up one by one through the issue`);
        }
        current = { page: marker.page, what: `page ${marker.page}` };
        reached = { page: Math.max(marker.page, reached?.page ?? 0), fileName: doc.fileName };
      }
    }
  },
});

function atToc(report: IssueContext['report'], doc: CheckDoc, message: string): void {
  const offset = doc.tocPage?.offset ?? doc.lineStarts[1] ?? 0;
  report(doc, offset, offset + (doc.tocPage?.offset === undefined ? 0 : String(doc.tocPage.page).length), message);
}
