// Input: "![图一<!-- page 2 -->说明](chart.png)" — a page marker inside a
// picture's description. The description is the picture's alt text, plain
// text in the book: the marker is dropped, and page 2 is missing from the
// book's page list and the web edition. Found by a hostile review.
import { fileRule } from '../rule.js';

export const structurePageInImage = fileRule('structure/page-in-image', 'error', {
  description: 'A page marker `<!-- page N -->` inside a picture’s description, where the book cannot keep it.',
  // The page would be lost from the book: no disable comment makes it right.
  unsilenceable: true,
  check({ doc, report }) {
    for (const marker of doc.pages) {
      if (marker.inImage) report(marker.start, marker.end, `page marker inside a picture’s description, which the book shows as plain text: page ${marker.page} would be lost — put the marker before or after the picture`);
    }
  },
});
