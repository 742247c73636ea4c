// Input: series.yaml `title:` of 5,000 characters (or 40) and no
// cover.title_lines: the generated cover fits the line to its width, and the
// title shrinks to a grey hairline without a word. Organisation lines too.
// And a character the cover's typeface (Noto Serif SC) lacks, such as 𠮷 in a
// title line: the cover would leave a blank where it stands.
import { organisationLineSize, titleLineSize } from '../../cover/layout.js';
import { CoverStyleSchema } from '../../issue/cover-style.js';
import { issueRule } from '../rule.js';

/** Below these sizes (px on the 1600 × 2560 cover) a line cannot be read on a shelf's thumbnail. */
const MIN_TITLE_PX = 64;
const MIN_ORGANISATION_PX = 40;

export const structureCoverText = issueRule('structure/cover-text', 'warning', {
  description: `A line of the generated cover (series title, organisation) so long that it would be set below ${MIN_TITLE_PX} px (title) or ${MIN_ORGANISATION_PX} px, or with a character the cover's typeface lacks.`,
  check({ issue, seriesYaml, report }) {
    if (issue.suppliedCover || !seriesYaml) return;
    const style = CoverStyleSchema.safeParse(issue.series.cover ?? {});
    if (!style.success) return;
    const { title_lines: titleLines, organisation } = style.data;
    const lines: CoverLine[] = [
      ...(titleLines.length > 0 ? titleLines.map((text, i) => titleLine(text, `cover.title_lines[${i}]`, ['cover', 'title_lines', i])) : [titleLine(issue.series.title, 'title', [], 'title')]),
      ...(organisation.length > 0
        ? organisation.map((text, i) => organisationLine(text, i, `cover.organisation[${i}]`, ['cover', 'organisation', i]))
        : [organisationLine(issue.series.publisher, 0, 'publisher', [], 'publisher')]),
    ];
    for (const line of lines) {
      const size = line.size;
      if (size >= line.least) continue;
      const at = seriesYaml.locate(line.path, line.key);
      report(seriesYaml, at, at, `${line.name} (${[...line.text].length} characters) would be set at ${size} px on the cover, too small to read — ${line.advice}`);
    }
    const missing = new Set(seriesYaml.coverMissing ?? []);
    // The slogan is set at one size whatever its length: only its characters are looked at.
    const slogan = issue.series.slogan ? [{ text: issue.series.slogan, name: 'slogan', path: [], key: 'slogan' }] : [];
    for (const line of [...lines, ...slogan]) {
      const lacking = [...new Set(line.text)].filter((char) => missing.has(char));
      if (lacking.length === 0) continue;
      const at = seriesYaml.locate(line.path, line.key);
      report(seriesYaml, at, at, `${line.name} has ${lacking.map((c) => `“${c}”`).join('')}, which the cover's typeface (Noto Serif SC) does not have: the cover would leave a blank there — write it another way, or supply a cover (cover: in issue.yaml)`);
    }
  },
});

interface CoverLine {
  text: string;
  /** How the message names it: title, cover.title_lines[0] … */
  name: string;
  path: (string | number)[];
  key?: string;
  /** As the cover sets it (cover/layout.ts). */
  size: number;
  least: number;
  advice: string;
}

const titleLine = (text: string, name: string, path: (string | number)[], key?: string): CoverLine => ({
  text, name, path, ...(key ? { key } : {}), size: titleLineSize(text), least: MIN_TITLE_PX,
  advice: 'set the cover’s lines with cover.title_lines (at most 3, each of up to 18 characters)',
});
const organisationLine = (text: string, index: number, name: string, path: (string | number)[], key?: string): CoverLine => ({
  text, name, path, ...(key ? { key } : {}), size: organisationLineSize(text, index), least: MIN_ORGANISATION_PX,
  advice: 'set the cover’s lines with cover.organisation (at most 3)',
});
