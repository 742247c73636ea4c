// Every rule, in the order they are listed in documentation: source hygiene,
// structure, Chinese text. To add a rule, add its module here.
import { COVER_SIZE_RULE } from '../cover-size.js';
import { IMAGE_FILE_RULES } from '../image-file-rules.js';
import type { Rule } from '../rule.js';
import { cjkDash } from './cjk-dash.js';
import { cjkDuplicatePunctuation } from './cjk-duplicate-punctuation.js';
import { cjkEllipsis } from './cjk-ellipsis.js';
import { cjkFullwidthAlnum } from './cjk-fullwidth-alnum.js';
import { cjkHalfwidthPunctuation } from './cjk-halfwidth-punctuation.js';
import { cjkLatinWord } from './cjk-latin-word.js';
import { cjkPageBreakSplit } from './cjk-page-break-split.js';
import { cjkSpaceAroundDigitLatin } from './cjk-space-around-digit-latin.js';
import { cjkStraySpace } from './cjk-stray-space.js';
import { cjkTocRemnant } from './cjk-toc-remnant.js';
import { cjkUnbalancedPair } from './cjk-unbalanced-pair.js';
import { sourceBom } from './source-bom.js';
import { sourceControlCharacter } from './source-control-character.js';
import { sourceCrlf } from './source-crlf.js';
import { sourceFullwidthIndent } from './source-fullwidth-indent.js';
import { sourceNotNfc } from './source-not-nfc.js';
import { sourceTab } from './source-tab.js';
import { sourceTrailingSpace } from './source-trailing-space.js';
import { sourceZeroWidth } from './source-zero-width.js';
import { structureBodyH1 } from './structure-body-h1.js';
import { structureDuplicateTitle } from './structure-duplicate-title.js';
import { structureEmptyArticle } from './structure-empty-article.js';
import { structureHeadingSkip } from './structure-heading-skip.js';
import { structureImageFormat } from './structure-image-format.js';
import { structureImageOutside } from './structure-image-outside.js';
import { structureLocalLink } from './structure-local-link.js';
import { structurePageOrder } from './structure-page-order.js';
import { structureRawHtml } from './structure-raw-html.js';
import { structureRemoteImage } from './structure-remote-image.js';

export const RULES: readonly Rule[] = [
  sourceBom,
  sourceCrlf,
  sourceControlCharacter,
  sourceZeroWidth,
  sourceNotNfc,
  sourceTab,
  sourceTrailingSpace,
  sourceFullwidthIndent,
  structureBodyH1,
  structureHeadingSkip,
  structureEmptyArticle,
  structureDuplicateTitle,
  structureRawHtml,
  structureRemoteImage,
  structureImageOutside,
  structureImageFormat,
  structureLocalLink,
  structurePageOrder,
  cjkPageBreakSplit,
  cjkStraySpace,
  cjkSpaceAroundDigitLatin,
  cjkLatinWord,
  cjkHalfwidthPunctuation,
  cjkUnbalancedPair,
  cjkEllipsis,
  cjkDash,
  cjkDuplicatePunctuation,
  cjkFullwidthAlnum,
  cjkTocRemnant,
];

/**
 * Reported by the check itself (a directive or ignore naming no rule), or
 * from the issue model or the files rather than a source text (the cover's
 * size, an image file that is missing or too large). The
 * loader's ids (schema/…, source/encoding) stop the check before any rule
 * runs, so ignoring them would mean nothing.
 */
export const OTHER_IDS: readonly string[] = ['check/unknown-rule', COVER_SIZE_RULE.id, ...IMAGE_FILE_RULES.map((rule) => rule.id)];

export const RULE_IDS: ReadonlySet<string> = new Set([...RULES.map((rule) => rule.id), ...OTHER_IDS]);
