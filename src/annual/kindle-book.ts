// What the annual volume's Kindle editions must read back as: its own title,
// every article of every issue in order, and the issues as the top level of
// the contents (each with its articles under it).
import { bookStem } from '../book-files.js';
import { articleMarkers, framingText, type KindleBook } from '../kindle/expected.js';
import type { Issue } from '../issue/model.js';
import { issueNumberText } from '../render/chinese.js';
import { annualTitle } from './compose-annual.js';

export function annualKindleBook(issues: Issue[], year: number): KindleBook {
  const { series } = issues[0]!;
  return {
    baseName: bookStem(series.slug, String(year)),
    title: annualTitle(series, year),
    publisher: series.publisher,
    seriesTitle: series.title,
    position: `${year}年合订本`,
    articles: issues.flatMap(articleMarkers),
    topLevel: issues.map((issue) => `${issue.meta.year}年${issueNumberText(issue.meta.number)}`),
    framing: framingText(issues),
  };
}
