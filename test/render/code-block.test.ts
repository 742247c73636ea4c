// A code block — and a paragraph indented by four spaces, which Markdown takes
// for one (source/indented-prose warns of it) — wraps in the book: MuPDF set
// it on one line and cut it off at the page's edge, characters lost.
import { describe, expect, it } from 'vitest';
import { MUPDF_PAGE_WIDTH, mupdfLinesOfArticle } from '../helpers/mupdf.js';
import { toolAvailable } from '../helpers/tools.js';

const PROSE = '2月6日，全省学习贯彻习近平新时代中国特色社会主义思想主题教育总结会议在太原召开。省委书记唐登杰出席会议并讲话。';

describe.skipIf(!toolAvailable('mupdf'))('a code block in MuPDF', () => {
  it('wraps within the page, every character on it', async () => {
    const lines = await mupdfLinesOfArticle(`第一段。\n\n    ${PROSE}\n\n第三段。\n`);
    const text = lines.map((line) => line.text).join('');
    expect(text).toContain(PROSE);
    expect(lines.filter((line) => line.right > MUPDF_PAGE_WIDTH)).toEqual([]);
  }, 120_000);
});
